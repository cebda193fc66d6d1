// Shapes of evidence corrections, shared by the desk's edit/remove forms and their actions. No Prisma.
import { z } from "zod";
import { authorsInput } from "../author/schema";
import { isCalendarDay } from "../calendar/stored-day";
import { recordId } from "../ids";
import { oneLine, optionalMultiLine, optionalOneLine } from "../text/clean";

const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;

// The claim's version the editor read: every change to a claim's evidence bumps it, so two editors
// correcting the same claim's sources cannot overwrite each other unseen.
const claimVersion = z.number().int().min(1);

const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine(
    (v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDay(v)),
    "Use a date like 2023-09-13",
  )
  .transform((v) => v || null);

const optionalHttpUrl = z
  .union([
    z.literal(""),
    oneLine(2000).pipe(
      z
        .string()
        .url("The archive link must be a full https:// address")
        .refine((u) => /^https?:\/\//i.test(u), "Only http(s) links"),
    ),
  ])
  .optional()
  .transform((v) => v || null);

/**
 * A correction of the cited source's library record, made through the library's own rule (shared
 * record: version-checked, audited, refused while a claim in review or published cites it).
 */
const citationSchema = z.object({
  sourceVersion: z.number().int().min(1),
  title: oneLine(300).pipe(z.string().min(2, "Give the source's title")),
  publisher: optionalOneLine(200).transform((v) => v ?? null),
  // The whole list as the editor left it: the form starts from the library's list, so an empty one
  // means the authors were removed.
  authors: authorsInput,
  publishedAt: optionalDay,
  archiveUrl: optionalHttpUrl,
  lang: optionalOneLine(10).transform((v) => v ?? null),
});

export const editEvidenceSchema = z.object({
  evidenceId: recordId,
  claimVersion,
  stance: z.enum(STANCES, { message: "Say what this source shows about the claim" }),
  quote: optionalMultiLine(2000),
  note: optionalMultiLine(2000),
  citation: citationSchema.optional(),
});
export type EditEvidenceData = z.output<typeof editEvidenceSchema>;

export const deleteEvidenceSchema = z.object({ evidenceId: recordId, claimVersion });
export type DeleteEvidenceData = z.output<typeof deleteEvidenceSchema>;
