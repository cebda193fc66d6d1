// schema.org ClaimReview for a published verdict, as Google's fact-check markup expects it:
// claimReviewed, reviewRating (with alternateName), url, author, datePublished, and itemReviewed
// as a Claim with who made it and where it appeared.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import type { ClaimDossier } from "../claim/dossier";
import { isoDay } from "../format";

const PUBLISHER = { name: "Pramaan", alternateName: "प्रमाण" };

const isoDate = (d: Date | string | null | undefined) => isoDay(d) ?? undefined;

function party(
  e: { kind: string; nameHi: string | null; nameEn: string | null } | null,
): Person | Organization | undefined {
  if (!e) return undefined;
  const name = e.nameHi ?? e.nameEn ?? undefined;
  const alternateName = e.nameHi && e.nameEn ? e.nameEn : undefined;
  return e.kind === "PERSON"
    ? { "@type": "Person", name, alternateName }
    : { "@type": "Organization", name, alternateName };
}

export function claimReviewJsonLd(d: ClaimDossier, baseUrl: string): WithContext<ClaimReview> {
  const v = d.verdict;
  if (v?.status !== "PUBLISHED") throw new Error("ClaimReview is only made for published verdicts");
  const appearances: CreativeWork[] = d.mentions.map((m) => ({
    "@type": "CreativeWork",
    url: m.article.url ?? `${baseUrl}/articles/${m.article.id}`,
    headline: m.article.title,
    datePublished: isoDate(m.article.publishedAt ?? m.article.eventDate),
    publisher: party(m.article.outlet),
    inLanguage: m.article.lang,
  }));
  const speaker =
    d.mentions.map((m) => m.chain.find((c) => c.role === "SPEAKER")?.entity).find(Boolean) ?? null;
  const firstSeen = d.mentions
    .map((m) => m.article.publishedAt ?? m.article.eventDate)
    .filter((x): x is Date => !!x)
    .sort((a, b) => +new Date(a) - +new Date(b))[0];

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${baseUrl}/claims/${d.slug}`,
    claimReviewed: d.textHi,
    // First published with the claim; a published correction is the review's modification date.
    datePublished: isoDate(d.publishedAt ?? v.publishedAt),
    ...(d.corrections.some((c) => c.publishedAt && c.kind !== "RETRACTION")
      ? { dateModified: isoDate(v.publishedAt) }
      : {}),
    inLanguage: "hi",
    author: {
      "@type": "Organization",
      name: PUBLISHER.name,
      alternateName: PUBLISHER.alternateName,
      url: baseUrl,
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: v.rating.labelHi,
      name: v.rating.labelEn,
      ...(v.rating.value !== null && v.rating.best !== null && v.rating.worst !== null
        ? { ratingValue: v.rating.value, bestRating: v.rating.best, worstRating: v.rating.worst }
        : {}),
      ratingExplanation: v.summaryHi,
    },
    itemReviewed: {
      "@type": "Claim",
      author: party(speaker),
      datePublished: isoDate(firstSeen),
      appearance: appearances,
      firstAppearance: appearances[0],
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text cannot close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
