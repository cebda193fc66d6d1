// Shapes of the corrections an editor makes to one appearance of a claim. No Prisma here.
import { z } from "zod";
import { offset, partySchema, speakerSchema } from "../claim/schema";
import { recordId } from "../ids";
import { optionalOneLine } from "../text/clean";

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
  relays: z.array(partySchema).max(6, "At most 6 relays"),
});
export type EditAttributionData = z.output<typeof editAttributionSchema>;
