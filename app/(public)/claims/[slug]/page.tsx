import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimAppearances } from "@/components/claim-appearances";
import { CorrectionsSection, RetractedBanner } from "@/components/corrections-log";
import { RatingBadge } from "@/components/rating-badge";
import { SourceList } from "@/components/source-list";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/claimreview/jsonld";
import { publicBaseUrl } from "@/lib/env";
import { formatDate, joinNames } from "@/lib/format";
import { getPublishedClaim } from "@/lib/public/data";
import { claimSlugSchema, parseParam } from "@/lib/public/params";

// Rendered per request: the production server's front cache keeps the pages of published claims
// (and only those: an unknown slug costs a render, never a cache entry on disk).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function claimFor({ params }: Props) {
  const slug = parseParam(claimSlugSchema, (await params).slug);
  return slug === null ? null : getPublishedClaim(slug);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const claim = await claimFor(props);
  return claim?.verdict ? { title: claim.textHi, description: claim.verdict.summaryHi } : {};
}

export default async function VerdictPage(props: Props) {
  const claim = await claimFor(props);
  // drafts, claims in review and malformed slugs do not exist for readers
  if (!claim?.verdict) notFound();
  const v = claim.verdict;
  const retraction = claim.retractedAt
    ? claim.corrections.find((c) => c.kind === "RETRACTION")
    : undefined;
  return (
    <article className="space-y-8">
      {/* A retracted fact check no longer stands behind its rating, so it stops telling search
          engines it does: no ClaimReview markup; the page itself stays, with the note. */}
      {!claim.retractedAt && (
        <script
          type="application/ld+json"
          // JSON, not markup: jsonLdScript escapes "<" so no text can close the element.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: see above
          dangerouslySetInnerHTML={{
            __html: jsonLdScript(claimReviewJsonLd(claim, publicBaseUrl())),
          }}
        />
      )}
      {claim.retractedAt && <RetractedBanner at={claim.retractedAt} note={retraction} />}
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
          articleHref={(m) => `/articles/${m.article.id}#m-${m.id}`}
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
