// Shapes of review-thread input, shared by the form (client) and the action (server). No Prisma here.
import { z } from "zod";
import { recordId } from "../ids";
import { multiLine, optionalOneLine } from "../text/clean";

/** A comment is running text: line breaks kept, control and broken characters refused, bounded. */
const reviewCommentBody = multiLine(4000).pipe(z.string().min(2, "Write a comment"));

export const addReviewCommentSchema = z.object({
  claimId: recordId,
  body: reviewCommentBody,
});

/** Approving or rejecting a reviewed change (lib/review/change-request-mutations.ts). */
export const decideChangeSchema = z.object({
  requestId: recordId,
  reason: optionalOneLine(300),
});
export type DecideChangeData = z.output<typeof decideChangeSchema>;
