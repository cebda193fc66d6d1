// Field errors as forms show them: parsed with the messages map (lib/messages.ts) so no zod default
// reaches an editor, and keyed by dotted paths ("relays.0.entityId") that forms look up under a prefix.
import type { z } from "zod";
import type { FieldErrors } from "./errors";
import { bilingual, formIssueMessage } from "./messages";

/** `schema.safeParse` with the form wording: every message names the field, Hindi first. */
export function parseForForm<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(input, { error: formIssueMessage });
}

/** The issues of a failed parse, grouped by field path ("_form" for the whole form). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= [];
    out[key].push(bilingual(issue.message));
  }
  return out;
}

export function errorsUnder(
  errors: FieldErrors | undefined,
  prefix: string,
): Record<string, string[] | undefined> {
  const out: Record<string, string[] | undefined> = {};
  for (const [k, v] of Object.entries(errors ?? {}))
    if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}
