// A name typed into a registry picker and not picked (components/desk/entity-picker.tsx). Forms send
// it next to the id field it did not fill, and every schema with a picked id refuses it there: a save
// that silently turned "दैनिक भास्कर" into "outlet not recorded" lost what the editor typed. The server
// refuses rather than trusting the client to, so any caller of the actions gets the same answer.
import type { z } from "zod";
import { recordId } from "../ids";
import { token } from "../messages";
import { optionalOneLine } from "../text/clean";

/** The typed, unpicked name as a form sends it (blank is "nothing typed"). */
export const unpickedName = optionalOneLine(200);

/** The reason at the picker's field (errors.form.notInRegistry): names what was typed and what to do. */
const notInRegistry = (typed: string) => token({ key: "form.notInRegistry", values: { typed } });

/** Refuses `typed` at `path` when no id was picked for it. */
export function refuseUnpicked(
  ctx: z.RefinementCtx,
  id: string | undefined,
  typed: string | undefined,
  path: PropertyKey[],
) {
  if (!id && typed) ctx.addIssue({ code: "custom", path, message: notInRegistry(typed) });
}

/**
 * For a required picked id (an object's `entityId`, checked here rather than by `recordId` on the
 * field): "" with a typed name is refused with the name, otherwise the id is checked as any record
 * id, so the field gets one message, not "not in the registry" and an id error together.
 */
export function checkRequiredPick(v: { entityId: string; typed?: string }, ctx: z.RefinementCtx) {
  if (!v.entityId && v.typed) return refuseUnpicked(ctx, undefined, v.typed, ["entityId"]);
  for (const issue of recordId.safeParse(v.entityId).error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: ["entityId"], message: issue.message });
}
