// Who may change a claim's content. Claims are locked while a verdict is in review (the reviewer
// approves what they read) and once published (changes then are corrections, a separate flow).
import type { SessionUser } from "../session";

// A withdrawn (or merged) claim is frozen too: restore it first, so nothing changes on a claim
// nobody sees in the lists.
export function canEditClaimContent(
  user: SessionUser | null,
  claim: { status: string; withdrawnAt?: Date | null },
): boolean {
  return !!user && claim.status === "OPEN" && !claim.withdrawnAt;
}
