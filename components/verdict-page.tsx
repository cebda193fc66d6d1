import { ClaimAppearances } from "@/components/claim-appearances";
import { CorrectionsSection } from "@/components/corrections-log";
import { MisattributionNote, OriginatorLine } from "@/components/misattribution-note";
import { RatingBadge } from "@/components/rating-badge";
import { SourceList } from "@/components/source-list";
import { VerdictNotice } from "@/components/verdict-notice";
import { formatDate, joinNames } from "@/lib/calendar/format";
import type { ClaimDossier } from "@/lib/claim/dossier";

/**
 * The public verdict page's content. The reader's page renders it for a published claim; the desk's
 * publish preview renders it from the draft, so the reviewer confirms exactly what readers will get.
 * The ClaimReview markup is the caller's (the preview must not carry any).
 */
export function PublicVerdict({
  claim,
  verdict: v,
  children,
  changes,
}: {
  claim: ClaimDossier;
  verdict: NonNullable<ClaimDossier["verdict"]>;
  /** Rendered first inside the article: the public page's JSON-LD script. */
  children?: React.ReactNode;
  /** Articles the claim appears in whose text changed: said beside each appearance. */
  changes?: { id: string; revision: number; revisedAt: Date | null }[];
}) {
  return (
    <article className="space-y-8">
      {children}
      <VerdictNotice retractedAt={claim.retractedAt} corrections={claim.corrections} />
      <header className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          <span lang="hi">दावा</span> · Claim
        </p>
        <h1 lang="hi" className="text-3xl font-bold leading-snug" data-testid="claim-text">
          {claim.textHi}
        </h1>
        {claim.textEn && <p className="text-lg text-stone-600">{claim.textEn}</p>}
        {claim.retractedAt ? (
          <p className="flex items-center gap-3">
            <span className="line-through opacity-60">
              <RatingBadge rating={v.rating} size="lg" />
            </span>
            <span className="font-semibold text-red-800" data-testid="rating-withdrawn">
              <span lang="hi">रेटिंग वापस ली गई</span> · rating withdrawn
            </span>
          </p>
        ) : (
          <RatingBadge rating={v.rating} size="lg" />
        )}
        <p lang="hi" className="text-xl" data-testid="verdict-summary">
          {v.summaryHi}
        </p>
        {v.summaryEn && <p className="text-stone-600">{v.summaryEn}</p>}
        <OriginatorLine verdict={v} evidence={claim.evidence} />
      </header>

      <section>
        <h2 className="mb-3 text-xl font-semibold">
          <span lang="hi">हमारी पड़ताल</span> · Why this rating
        </h2>
        <div
          lang="hi"
          className="whitespace-pre-line rounded-lg bg-white p-5 text-lg"
          data-testid="rationale"
        >
          {v.rationale}
        </div>
      </section>

      <section>
        <h2 className="mb-3 text-xl font-semibold">
          <span lang="hi">किसने कहा, कहां छपा</span> · Who said it and where it appeared
        </h2>
        <ClaimAppearances
          mentions={claim.mentions}
          articleHref={(m) =>
            // An orphaned appearance has no highlight in the current text to jump to. `?m=` sends
            // the reader on to the part of a long article that holds the words.
            m.orphanedFromRevision === null
              ? `/articles/${m.article.id}?m=${m.id}#m-${m.id}`
              : `/articles/${m.article.id}`
          }
          changes={changes}
          notes={(m) => <MisattributionNote mention={m} verdict={v} evidence={claim.evidence} />}
        />
      </section>

      <section>
        <h2 className="mb-3 text-xl font-semibold">
          <span lang="hi">स्रोत</span> · Sources
        </h2>
        <SourceList evidence={claim.evidence} />
      </section>

      <CorrectionsSection corrections={claim.corrections} />

      <footer
        className="rounded-lg bg-stone-100 p-4 text-sm text-stone-700"
        data-testid="review-credits"
      >
        Written by <strong>{joinNames(v.authors)}</strong> · reviewed by{" "}
        <strong>{v.reviewer?.name ?? "—"}</strong> · published {formatDate(v.publishedAt)}
        {v.updatedAt && v.publishedAt && +new Date(v.updatedAt) - +new Date(v.publishedAt) > 60_000
          ? ` · updated ${formatDate(v.updatedAt)}`
          : ""}
      </footer>
    </article>
  );
}
