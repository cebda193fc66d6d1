import Link from "next/link";
import { formatDate } from "@/lib/calendar/format";
import type { ClaimDossier } from "@/lib/claim/dossier";
import { RatingBadge } from "./rating-badge";

export function VerdictCard({ claim }: { claim: ClaimDossier }) {
  const v = claim.verdict;
  if (!v) return null; // only published claims, which always have a verdict, reach this card
  return (
    <article
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      data-testid="verdict-card"
    >
      <div className="flex items-center justify-between gap-3">
        {claim.retractedAt ? (
          <span className="text-sm font-semibold text-red-800" data-testid="card-retracted">
            <span lang="hi">वापस लिया गया</span> · Retracted
          </span>
        ) : (
          <RatingBadge rating={v.rating} size="sm" />
        )}
        <time className="text-sm text-stone-500">{formatDate(v.publishedAt)}</time>
      </div>
      <h2 lang="hi" className="mt-3 text-xl font-semibold">
        <Link href={`/claims/${claim.slug}`} className="hover:underline">
          {claim.textHi}
        </Link>
      </h2>
      <p lang="hi" className="mt-2 text-stone-700">
        {v.summaryHi}
      </p>
    </article>
  );
}
