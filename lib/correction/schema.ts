import { z } from "zod";
import { recordId } from "../ids";
import { multiLine, optionalMultiLine } from "../text/clean";
import { checkOriginator, verdictFields } from "../verdict/schema";

/** The public note: readers see it in the corrections log, so Hindi is required. */
const noteHi = multiLine(2000).pipe(
  z
    .string()
    .min(10, "Write the public note in Hindi: what changed and why (at least 10 characters)"),
);

/** A correction or clarification is a new verdict version plus its public note. */
export const saveCorrectionSchema = verdictFields
  .extend({
    kind: z.enum(["CORRECTION", "CLARIFICATION"], {
      message: "Choose correction or clarification",
    }),
    noteHi,
    noteEn: optionalMultiLine(2000),
  })
  // Under the same rules as a first verdict's who-it-really-came-from.
  .superRefine(checkOriginator);
export type SaveCorrectionData = z.output<typeof saveCorrectionSchema>;

export const requestRetractionSchema = z.object({
  claimId: recordId,
  noteHi,
  noteEn: optionalMultiLine(2000),
});
export type RequestRetractionData = z.output<typeof requestRetractionSchema>;

export const pendingCorrectionSchema = z.object({
  correctionId: recordId,
  version: z.number().int().min(1),
});
