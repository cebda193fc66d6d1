import { z } from "zod";
import { refuseUnpicked, unpickedName } from "../entity/unpicked";
import { recordId } from "../ids";
import { cursorParams, lenient } from "../paging";
import { multiLine, oneLine, optionalMultiLine, optionalOneLine } from "../text/clean";

const ONE_LINE = "Keep the summary to one line (280 characters)";

/** Who the claim really came from: optional, and then the evidence that shows it is required. */
const originatorFields = {
  originatorId: lenient(recordId),
  // A name typed into the originator picker and not picked: refused at originatorId (unpicked.ts).
  originatorTyped: unpickedName,
  originatorEvidenceId: lenient(recordId),
  originatorNote: optionalOneLine(280),
  // Appearances whose chain names someone else ("this article attributes it wrongly").
  misattributedMentionIds: z.array(recordId).max(100).default([]),
};

type OriginatorInput = {
  originatorId?: string;
  originatorTyped?: string;
  originatorEvidenceId?: string;
  originatorNote?: string;
  misattributedMentionIds: string[];
};

/** The rules between the originator fields; that the ids belong to the claim is checked on saving. */
export function checkOriginator(v: OriginatorInput, ctx: z.RefinementCtx) {
  const issue = (path: keyof OriginatorInput, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  refuseUnpicked(ctx, v.originatorId, v.originatorTyped, ["originatorId"]);
  if (v.originatorId && !v.originatorEvidenceId)
    issue("originatorEvidenceId", "Choose the source that shows where it really came from");
  if (!v.originatorId) {
    if (v.originatorEvidenceId)
      issue("originatorId", "Say who it really came from, or clear the source");
    if (v.originatorNote) issue("originatorId", "Say who it really came from, or clear the note");
    if (v.misattributedMentionIds.length)
      issue(
        "misattributedMentionIds",
        "An appearance can be marked as misattributed only once you say who it really came from",
      );
  }
}

export const verdictFields = z.object({
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
  ...originatorFields,
});

export const saveVerdictSchema = verdictFields.superRefine(checkOriginator);
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

/**
 * Hand a draft to another editor (or, toUserId being oneself, take a stale one over). `version` is
 * the one the editor saw, so a save the author made meanwhile is never handed over unseen.
 */
export const handOverSchema = verdictTransitionSchema.extend({
  toUserId: z.string().min(1, "Choose the editor to hand the draft to").pipe(recordId),
});
export type HandOverData = z.infer<typeof handOverSchema>;

/** The stale drafts list: oldest first, keyset pages. */
export const staleDraftsQuery = z.object({ ...cursorParams });
export type StaleDraftsQuery = z.infer<typeof staleDraftsQuery>;

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
