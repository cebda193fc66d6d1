// schema.org ClaimReview for a published verdict, as Google's fact-check markup expects it:
// claimReviewed, reviewRating (with alternateName), url, author, datePublished, and itemReviewed
// as a Claim with who made it and where it appeared. One builder (`claimReview`) over a small
// neutral input, so the verdict page (from a dossier) and the report feed (from the report model,
// lib/report/claimreview-feed.ts) cannot drift apart field by field.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import type { ClaimDossier } from "../claim/dossier";
import { isoDay } from "../format";

const PUBLISHER = { name: "Pramaan", alternateName: "प्रमाण" };

type DateLike = Date | string | null | undefined;
// Calendar days in UTC, as the page has always written them. Both callers pass instants (a Date,
// or the report's "…+05:30" strings), so the same verdict gets the same day on the page and in the feed.
const isoDate = (d: DateLike) => isoDay(d) ?? undefined;

type Party = {
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  /** The registry's id: two appearances name the same speaker when their ids agree. */
  id?: string;
  /** The entity's own site or reference page: schema.org sameAs. */
  url?: string | null;
};

/** What a ClaimReview says, independent of where it was loaded from. */
export type ClaimReviewInput = {
  /** The public verdict page. */
  url: string;
  claimHi: string;
  /** First published with the claim: a correction does not move it. */
  publishedAt: DateLike;
  /** When a published correction or clarification last changed the review. */
  modifiedAt?: DateLike;
  rating: {
    labelHi: string;
    labelEn: string;
    value: number | null;
    best: number | null;
    worst: number | null;
  };
  summaryHi: string;
  /** Who the evidence shows the claim really came from (the verdict's verified originator). */
  originator?: Party | null;
  /** Where the claim appeared, in the dossier's order. */
  appearances: {
    url: string;
    title: string;
    date: DateLike;
    outlet: Party | null;
    lang: string;
    speaker: Party | null;
  }[];
};

/** Pramaan as the author of its reviews (and the publisher of the report feed). */
export function publisher(baseUrl: string): Organization {
  return {
    "@type": "Organization",
    name: PUBLISHER.name,
    alternateName: PUBLISHER.alternateName,
    url: baseUrl,
  };
}

function party(e: Party | null): Person | Organization | undefined {
  if (!e) return undefined;
  const name = e.nameHi ?? e.nameEn ?? undefined;
  const alternateName = e.nameHi && e.nameEn ? e.nameEn : undefined;
  const sameAs = e.url ? { sameAs: e.url } : {};
  return e.kind === "PERSON"
    ? { "@type": "Person", name, alternateName, ...sameAs }
    : { "@type": "Organization", name, alternateName, ...sameAs };
}

const partyKey = (p: Party) => p.id ?? `${p.kind}|${p.nameHi ?? ""}|${p.nameEn ?? ""}`;

/**
 * Who made the reviewed claim: the verified originator when the verdict records one; else the
 * speaker when every appearance that names a speaker names the same one; else nobody. Naming the
 * first appearance's speaker would credit a claim to whoever one article happened to blame.
 */
export function reviewedClaimAuthor(
  originator: Party | null | undefined,
  speakers: (Party | null)[],
): Party | null {
  if (originator) return originator;
  const named = speakers.filter((p): p is Party => !!p);
  const first = named[0];
  if (!first) return null;
  return named.every((p) => partyKey(p) === partyKey(first)) ? first : null;
}

/** A ClaimReview without "@context": the page wraps it in one, the feed puts it in a graph. */
export function claimReview(c: ClaimReviewInput, baseUrl: string): ClaimReview {
  const appearances: CreativeWork[] = c.appearances.map((a) => ({
    "@type": "CreativeWork",
    url: a.url,
    headline: a.title,
    datePublished: isoDate(a.date),
    publisher: party(a.outlet),
    inLanguage: a.lang,
  }));
  const author = reviewedClaimAuthor(
    c.originator,
    c.appearances.map((a) => a.speaker),
  );
  const firstSeen = c.appearances
    .map((a) => a.date)
    .filter((x): x is Date | string => !!x)
    .sort((a, b) => +new Date(a) - +new Date(b))[0];
  const r = c.rating;
  return {
    "@type": "ClaimReview",
    url: c.url,
    claimReviewed: c.claimHi,
    datePublished: isoDate(c.publishedAt),
    ...(c.modifiedAt ? { dateModified: isoDate(c.modifiedAt) } : {}),
    inLanguage: "hi",
    author: publisher(baseUrl),
    reviewRating: {
      "@type": "Rating",
      alternateName: r.labelHi,
      name: r.labelEn,
      ...(r.value !== null && r.best !== null && r.worst !== null
        ? { ratingValue: r.value, bestRating: r.best, worstRating: r.worst }
        : {}),
      ratingExplanation: c.summaryHi,
    },
    itemReviewed: {
      "@type": "Claim",
      author: party(author),
      datePublished: isoDate(firstSeen),
      appearance: appearances,
      firstAppearance: appearances[0],
    },
  };
}

export function claimReviewJsonLd(d: ClaimDossier, baseUrl: string): WithContext<ClaimReview> {
  const v = d.verdict;
  if (v?.status !== "PUBLISHED") throw new Error("ClaimReview is only made for published verdicts");
  const input: ClaimReviewInput = {
    url: `${baseUrl}/claims/${d.slug}`,
    claimHi: d.textHi,
    publishedAt: d.publishedAt ?? v.publishedAt,
    modifiedAt: d.corrections.some((c) => c.publishedAt && c.kind !== "RETRACTION")
      ? v.publishedAt
      : undefined,
    rating: v.rating,
    summaryHi: v.summaryHi,
    originator: v.originator,
    appearances: d.mentions.map((m) => ({
      url: m.article.url ?? `${baseUrl}/articles/${m.article.id}`,
      title: m.article.title,
      date: m.article.publishedAt ?? m.article.eventDate,
      outlet: m.article.outlet,
      lang: m.article.lang,
      speaker: m.chain.find((c) => c.role === "SPEAKER")?.entity ?? null,
    })),
  };
  return { "@context": "https://schema.org", ...claimReview(input, baseUrl) };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text cannot close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
