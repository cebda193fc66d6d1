// The two-person rule: a verdict is written by one editor and published by another.
import type { SessionUser } from "../session";

interface VerdictLike {
  status: string;
  authorId: string;
}

export function canEditVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "DRAFT" && (v.authorId === user.id || user.role === "ADMIN");
}

export const canSubmitVerdict = canEditVerdict;

/** Nobody reviews their own verdict, admins included. */
export function canReviewVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "IN_REVIEW" && v.authorId !== user.id;
}
