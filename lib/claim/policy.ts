// Who may change a claim's content. Claims are locked while a verdict is in review (the reviewer
// approves what they read) and once published (changes then are corrections, a separate flow).
import type { SessionUser } from "../user/session-user";

/**
 * Claims still being worked on: new (OPEN), or sent back by a reviewer (SENT_BACK). Both take
 * edits, new appearances, sources and a verdict submission; only the badge and the desk differ.
 */
export const WORKING_STATUSES = ["OPEN", "SENT_BACK"] as const;
export const isBeingWorkedOn = (status: string): boolean =>
  (WORKING_STATUSES as readonly string[]).includes(status);

// A withdrawn (or merged) claim is frozen too: restore it first, so nothing changes on a claim
// nobody sees in the lists.
export function canEditClaimContent(
  user: SessionUser | null,
  claim: { status: string; withdrawnAt?: Date | null },
): boolean {
  return !!user && isBeingWorkedOn(claim.status) && !claim.withdrawnAt;
}
