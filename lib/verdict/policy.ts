// The two-person rule: a verdict is written by one or more editors and published by another.
import type { SessionUser } from "../user/session-user";

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

/**
 * A draft nobody has touched since the newsroom day began (`dayBegan`: lib/verdict/stale.ts): the
 * shift that wrote it has ended, so the desk lists it and any editor may take it over.
 */
export function isStaleDraft(v: { status: string; updatedAt: Date }, dayBegan: Date): boolean {
  return v.status === "DRAFT" && v.updatedAt < dayBegan;
}

/**
 * Who may hand a draft to another editor: its author (the shift-end hand-over) and an admin, and,
 * once the draft is stale, any editor. Before that a colleague asks: taking a draft its author is
 * still writing would strand their unsaved text, which is what the hand-over exists to prevent.
 */
export function canHandOverVerdict(
  user: SessionUser | null,
  v: VerdictLike & { updatedAt: Date },
  dayBegan: Date,
): boolean {
  if (!user || v.status !== "DRAFT") return false;
  return v.authorId === user.id || user.role === "ADMIN" || isStaleDraft(v, dayBegan);
}

/** Only someone who wrote the draft sends it to review. */
export function canSubmitVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "DRAFT" && wroteVerdict(user, v);
}

/** Nobody reviews a verdict they wrote or edited, admins included. */
export function canReviewVerdict(user: SessionUser | null, v: VerdictLike): boolean {
  return !!user && v.status === "IN_REVIEW" && !wroteVerdict(user, v);
}
