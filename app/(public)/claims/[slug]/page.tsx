import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { PublicVerdict } from "@/components/verdict-page";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/claimreview/jsonld";
import { publicBaseUrl } from "@/lib/env";
import { langOf } from "@/lib/i18n/locale";
import { readerAlternates } from "@/lib/public/alternates";
import { getPublishedClaim, listPublicArticleChanges } from "@/lib/public/data";
import { inLang } from "@/lib/public/in-lang";
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
  if (!claim?.verdict) return {};
  const lang = langOf(await getLocale());
  return {
    title: inLang(lang, claim.textHi, claim.textEn).text,
    description: inLang(lang, claim.verdict.summaryHi, claim.verdict.summaryEn).text,
    alternates: readerAlternates(`/claims/${claim.slug}`, lang),
  };
}

export default async function VerdictPage(props: Props) {
  const claim = await claimFor(props);
  // drafts, claims in review and malformed slugs do not exist for readers
  if (!claim?.verdict) notFound();
  const changes = await listPublicArticleChanges(claim.mentions.map((m) => m.article.id));
  return (
    <PublicVerdict claim={claim} verdict={claim.verdict} changes={changes}>
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
    </PublicVerdict>
  );
}
