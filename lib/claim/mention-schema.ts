// Shapes of the corrections an editor makes to one appearance of a claim. No Prisma here.
import { z } from "zod";
import { recordId } from "../ids";
import { cursorParams } from "../paging";
import { optionalOneLine } from "../text/clean";
import { offset, relayList, speakerSchema } from "./schema";

/** Every change names the appearance and the claim version the editor read (the claim's lock). */
const target = { mentionId: recordId, version: z.number().int().min(1) };

export const removeMentionSchema = z.object({
  ...target,
  reason: optionalOneLine(300),
});
export type RemoveMentionData = z.output<typeof removeMentionSchema>;

export const reselectMentionSchema = z
  .object({ ...target, start: offset, end: offset, confirmCrossing: z.boolean().optional() })
  .refine((c) => c.end > c.start, { message: "Select the new words again", path: ["quote"] });
export type ReselectMentionData = z.output<typeof reselectMentionSchema>;

export const editAttributionSchema = z.object({
  ...target,
  speaker: speakerSchema,
  relays: relayList,
});
export type EditAttributionData = z.output<typeof editAttributionSchema>;

/**
 * The orphan queue's actions name the article revision the editor read: a newer version of the
 * text moves the offsets under them (the lock), and a mention already re-attached or retired by
 * someone else is no longer an orphan (the check-and-set).
 */
const orphan = { mentionId: recordId, revision: z.number().int().min(1) };

export const reattachMentionSchema = z
  .object({ ...orphan, start: offset, end: offset, confirmCrossing: z.boolean().optional() })
  .refine((c) => c.end > c.start, { message: "Select the words again", path: ["quote"] });
export type ReattachMentionData = z.output<typeof reattachMentionSchema>;

export const retireMentionSchema = z.object({ ...orphan, reason: optionalOneLine(300) });
export type RetireMentionData = z.output<typeof retireMentionSchema>;

/** The orphan queue's query string: pages only (newest orphans first). */
export const orphanListQuery = z.object({ ...cursorParams });
export type OrphanListQuery = z.infer<typeof orphanListQuery>;
