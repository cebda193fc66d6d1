import { z } from "zod";
import { recordId } from "../ids";
import { cursorParams, lenient } from "../paging";
import { multiLine, oneLine, optionalMultiLine, optionalOneLine } from "../text/clean";

const ONE_LINE = "Keep the summary to one line (280 characters)";

export const saveVerdictSchema = z.object({
  claimId: recordId,
  // Absent for the first draft; with it, `version` must be the one the editor loaded.
  verdictId: recordId.optional(),
  version: z.number().int().min(1).optional(),
  ratingId: z.string().min(1, "Choose a rating").pipe(recordId),
  summaryHi: oneLine(280).pipe(
    z
      .string()
      .min(10, "Write a one-line summary in Hindi (at least 10 characters)")
      .max(280, ONE_LINE),
  ),
  summaryEn: optionalOneLine(280),
  rationale: multiLine(20000).pipe(
    z.string().min(40, "Explain the rating: what the sources show (at least 40 characters)"),
  ),
});
export type SaveVerdictData = z.output<typeof saveVerdictSchema>;

export const verdictTransitionSchema = z.object({
  verdictId: recordId,
  version: z.number().int().min(1),
});

export const submitVerdictSchema = verdictTransitionSchema.extend({
  note: optionalMultiLine(4000),
});

export const sendBackSchema = verdictTransitionSchema.extend({
  comment: multiLine(4000).pipe(z.string().min(5, "Tell the author what to change")),
});

/** The review queue: who it is for and which end first. */
export const reviewQueueQuery = z.object({
  /** Search words in the claim: the queue narrowed to what the search box would find. */
  q: lenient(oneLine(200).pipe(z.string().min(1))),
  // "1": only verdicts the signed-in editor may review (not one they wrote or edited).
  forMe: lenient(z.literal("1")),
  sort: z.enum(["oldest", "newest"]).catch("oldest"),
  ...cursorParams,
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;
