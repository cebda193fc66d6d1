// Who takes part in a claim's review thread: the verdict's writers and its reviewers. Anyone else
// reads it on the desk but does not speak in it, so the thread stays a conversation between the
// two sides of the two-person rule.
import type { SessionUser } from "../user/session-user";

export interface ThreadLike {
  /** The unpublished verdict the thread is about. */
  verdictStatus: string;
  authorId: string;
  contributorIds: string[];
  /** Editors who sent this verdict back before. */
  reviewerIds: string[];
}

export function canCommentOnReview(user: SessionUser | null, t: ThreadLike | null): boolean {
  if (!user || !t || t.verdictStatus === "PUBLISHED") return false;
  const wrote = t.authorId === user.id || t.contributorIds.includes(user.id);
  // While it awaits review, any editor who may review it (one who did not write it) may ask.
  const mayReview = t.verdictStatus === "IN_REVIEW" && !wrote;
  return wrote || mayReview || t.reviewerIds.includes(user.id);
}
