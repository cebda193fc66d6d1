import type { ClaimDossier } from "@/lib/claim/dossier";
import { PublicVerdict } from "../verdict-page";

/**
 * The public verdict page as it will read once this verdict is published, built from the draft on
 * the desk (never served to readers): the reviewer as its reviewer, today as its date, and only the
 * corrections readers would see.
 */
export function PublishPreview({
  claim,
  reviewer,
}: {
  claim: ClaimDossier;
  reviewer: { id: string; name: string };
}) {
  const v = claim.verdict;
  if (!v) return null;
  const now = new Date();
  const corrections = claim.corrections.flatMap((c) =>
    c.publishedAt
      ? [c]
      : c.to?.id === v.id
        ? [{ ...c, publishedAt: now, approvedBy: reviewer }]
        : [],
  );
  return (
    <PublicVerdict
      claim={{ ...claim, corrections }}
      verdict={{ ...v, status: "PUBLISHED", reviewer, publishedAt: now, updatedAt: now }}
    />
  );
}
