// Who may change a claim's content. Claims are locked while a verdict is in review (the reviewer
// approves what they read) and once published (changes then are corrections, a separate flow).
import type { SessionUser } from "../session";

export function canEditClaimContent(user: SessionUser | null, claim: { status: string }): boolean {
  return !!user && claim.status === "OPEN";
}
