// Shapes of entity input, shared by the registry's forms (client) and its actions (server). No Prisma.
import { z } from "zod";
import { recordId } from "../ids";
import { cursorParams, lenient } from "../paging";
import { nameText, oneLine, optionalOneLine } from "../text/clean";
import { ENTITY_KINDS } from "./kinds";
import { refuseUnpicked, unpickedName } from "./unpicked";

const optionalName = nameText(2, 120)
  .optional()
  .or(z.literal("").transform(() => undefined));

/** A web address people can follow: http(s) only (no javascript: links on public pages). */
const optionalUrl = optionalOneLine(500).refine(
  (u) => !u || /^https?:\/\/[^\s/]+\.[^\s]+$/iu.test(u),
  "A web address starting with http:// or https://",
);

/** Other spellings, one per item; blank ones dropped, each a name. */
const aliasList = z
  .array(z.string())
  .max(30, "At most 30 other spellings")
  .transform((list) => list.map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(nameText(1, 120)));

const entityFields = z.object({
  kind: z.enum(ENTITY_KINDS),
  nameHi: optionalName,
  nameEn: optionalName,
  aliases: aliasList.default([]),
  description: optionalOneLine(300),
  url: optionalUrl,
  affiliationId: recordId.optional().or(z.literal("").transform(() => undefined)),
  // An organisation typed into the affiliation picker and not picked: refused (unpicked.ts).
  affiliationTyped: unpickedName,
});

const needsAName = <T extends { nameHi?: string; nameEn?: string }>(e: T) =>
  !!e.nameHi || !!e.nameEn;
const NAME_MESSAGE = { message: "Give a Hindi or an English name", path: ["nameHi"] };
const affiliationPicked = (
  v: { affiliationId?: string; affiliationTyped?: string },
  ctx: z.RefinementCtx,
) => refuseUnpicked(ctx, v.affiliationId, v.affiliationTyped, ["affiliationId"]);

export const createEntitySchema = entityFields
  .extend({
    // Set when the editor saw the registry's look-alikes and said this is someone else: then the
    // description must tell the two apart (two people can share one romanised spelling).
    notADuplicateOf: z.array(recordId).max(20).optional(),
  })
  .refine(needsAName, NAME_MESSAGE)
  .superRefine(affiliationPicked);
export type CreateEntityData = z.output<typeof createEntitySchema>;

export const updateEntitySchema = entityFields
  .extend({
    entityId: recordId,
    version: z.number().int().min(1),
    // As on create: a name new to this entity that another already has needs the editor to say
    // "someone else" and a description that tells them apart.
    notADuplicateOf: z.array(recordId).max(20).optional(),
  })
  .refine(needsAName, NAME_MESSAGE)
  .superRefine(affiliationPicked);
export type UpdateEntityData = z.output<typeof updateEntitySchema>;

/** The picker's question: a few letters of any name, optionally only some kinds. */
export const findEntitiesSchema = z.object({
  q: oneLine(120),
  kinds: z.array(z.enum(ENTITY_KINDS)).max(ENTITY_KINDS.length).optional(),
});

/** The registry list: search words, a kind, pages. */
export const entityListQuery = z.object({
  q: lenient(oneLine(120).pipe(z.string().min(1))),
  kind: lenient(z.enum(ENTITY_KINDS)),
  ...cursorParams,
});
export type EntityListQuery = z.infer<typeof entityListQuery>;

/**
 * Two entities made one: the loser's appearances, outlets, members and names move to the survivor.
 * Both versions are the ones the editor compared; the reason is kept in the history.
 */
export const mergeEntitySchema = z.object({
  loserId: recordId,
  loserVersion: z.number().int().min(1),
  survivorId: recordId,
  survivorVersion: z.number().int().min(1),
  reason: oneLine(500).pipe(
    z.string().min(10, "Say why these are the same (at least 10 characters)"),
  ),
  // Needed when the two share only a romanised name: two different people can share one.
  confirmSameIdentity: z.boolean().optional(),
});
export type MergeEntityData = z.output<typeof mergeEntitySchema>;

/** The merge page: words to find the other entity, and the one picked. */
export const entityMergeQuery = z.object({
  q: lenient(oneLine(120).pipe(z.string().min(1))),
  with: lenient(recordId),
});
