import type { ClaimDossier } from "@/lib/claim/dossier";
import { formatDateTime, joinNames, STATUS_LABELS } from "@/lib/format";
import type { RatingChoice } from "@/lib/rating/data";
import type { SessionUser } from "@/lib/session";
import { canEditVerdict, canReviewVerdict } from "@/lib/verdict/policy";
import { RatingBadge } from "../rating-badge";
import { ReviewPanel } from "./review-panel";
import { VerdictForm } from "./verdict-form";

/** What the verdict section shows depends on where the verdict is in its workflow and who is looking. */
export function VerdictPanel({
  claim,
  user,
  ratings,
}: {
  claim: ClaimDossier;
  user: SessionUser;
  ratings: RatingChoice[];
}) {
  const v = claim.verdict;
  const policyView = v && {
    status: v.status,
    authorId: v.author.id,
    contributorIds: v.authors.map((a) => a.id),
  };
  if (!v || !policyView)
    return claim.status === "OPEN" ? (
      <VerdictForm claimId={claim.id} ratings={ratings} draft={null} />
    ) : null;
  if (v.status === "PUBLISHED") return <VerdictSummary verdict={v} />;
  if (v.status === "DRAFT") {
    if (canEditVerdict(user, policyView)) {
      return (
        <VerdictForm claimId={claim.id} ratings={ratings} draft={{ ...v, ratingId: v.rating.id }} />
      );
    }
    return (
      <div className="space-y-2">
        <p className="text-sm text-stone-600">{v.author.name} is drafting this verdict.</p>
        <VerdictSummary verdict={v} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <VerdictSummary verdict={v} />
      {canReviewVerdict(user, policyView) ? (
        <ReviewPanel verdictId={v.id} version={v.version} />
      ) : (
        <p className="rounded bg-stone-100 p-3 text-sm" data-testid="awaiting-review">
          Waiting for another editor to review. You wrote or edited it, so you cannot approve it.
        </p>
      )}
    </div>
  );
}

function VerdictSummary({ verdict: v }: { verdict: NonNullable<ClaimDossier["verdict"]> }) {
  return (
    <div
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="verdict-summary"
    >
      <div className="flex items-center gap-3">
        <RatingBadge rating={v.rating} />
        <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold">
          {STATUS_LABELS[v.status].en}
        </span>
      </div>
      <p lang="hi" className="text-lg">
        {v.summaryHi}
      </p>
      <p lang="hi" className="whitespace-pre-line text-stone-700">
        {v.rationale}
      </p>
      <p className="text-xs text-stone-500">
        by {joinNames(v.authors)}
        {v.submittedAt && ` · submitted ${formatDateTime(v.submittedAt)}`}
        {v.reviewer && ` · reviewed by ${v.reviewer.name}`}
        {v.publishedAt && ` · published ${formatDateTime(v.publishedAt)}`}
      </p>
    </div>
  );
}
