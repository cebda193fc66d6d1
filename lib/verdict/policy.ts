// The two-person rule: a verdict is written by one or more editors and published by another.
import type { SessionUser } from "../session";

export interface VerdictLike {
  status: string;
  authorId: string;
  /** Everyone who wrote or edited any version of the verdict (the author included). */
  contributorIds: string[];
}

/** True if this user wrote or edited any version of the verdict. */
function wroteVerdict(user: SessionUser, v: VerdictLike): boolean {
  return v.authorId === user.id || v.contributorIds.includes(user.id);
}

/** A draft is edited by its author; an admin may step in, and then counts as one of its writers. */
export function canEditVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "DRAFT" && (v.authorId === user.id || user.role === "ADMIN");
}

/** Only someone who wrote the draft sends it to review. */
export function canSubmitVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "DRAFT" && wroteVerdict(user, v);
}

/** Nobody reviews a verdict they wrote or edited, admins included. */
export function canReviewVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "IN_REVIEW" && !wroteVerdict(user, v);
}
