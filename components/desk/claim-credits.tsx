import { formatDateTime } from "@/lib/calendar/format";
import type { ClaimCredits } from "@/lib/history/credits";

const when = (at: Date | null) => (at ? ` on ${formatDateTime(at)}` : "");

/** "Logged by Asha Verma on …; verdict by …; sent back by Ravi Kumar on …; published by …". */
export function ClaimCreditsLine({ credits }: { credits: ClaimCredits }) {
  const { logged, verdict, review, published } = credits;
  return (
    <ul className="flex flex-wrap gap-x-4 text-xs text-stone-600" data-testid="claim-credits">
      <li data-testid="credit-logged">
        Logged by <strong>{logged.name}</strong>
        {when(logged.at)}
      </li>
      {verdict && (
        <li data-testid="credit-verdict">
          Verdict by <strong>{verdict.name}</strong>
          {verdict.at ? ` (submitted${when(verdict.at)})` : " (draft)"}
        </li>
      )}
      {review && (
        <li data-testid="credit-review">
          {review.outcome === "sent back" ? "Sent back" : "Approved"} by{" "}
          <strong>{review.name}</strong>
          {when(review.at)}
        </li>
      )}
      {published && (
        <li data-testid="credit-published">
          Published by <strong>{published.name}</strong>
          {when(published.at)}
        </li>
      )}
    </ul>
  );
}
