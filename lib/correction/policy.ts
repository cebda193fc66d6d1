// Who may change a published fact check. The two-person rule holds here too: a correction's new
// verdict is reviewed under lib/verdict/policy.ts; a retraction is approved by someone other than the
// editor who asked for it.
import type { SessionUser } from "../user/session-user";

/** Only a published, unretracted claim can be corrected or retracted. */
export function canChangePublished(claim: { status: string; retractedAt: Date | string | null }) {
  return claim.status === "PUBLISHED" && !claim.retractedAt;
}

export function canApproveRetraction(
  user: SessionUser | null,
  r: { kind: string; publishedAt: Date | string | null; requestedById: string },
): boolean {
  return !!user && r.kind === "RETRACTION" && !r.publishedAt && r.requestedById !== user.id;
}
