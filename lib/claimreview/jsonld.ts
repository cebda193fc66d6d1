// schema.org ClaimReview for a published verdict, as Google's fact-check markup expects it:
// claimReviewed, reviewRating (with alternateName), url, author, datePublished, and itemReviewed
// as a Claim with who made it and where it appeared. One builder (`claimReview`) over a small
// neutral input, so the verdict page (from a dossier) and the report feed (from the report model,
// lib/report/claimreview-feed.ts) cannot drift apart field by field.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import { articleDay } from "../calendar/days";
import { isoDay } from "../calendar/format";
import type { ClaimDossier } from "../claim/dossier";

const PUBLISHER = { name: "Pramaan", alternateName: "प्रमाण" };

type DateLike = Date | string | null | undefined;
// Newsroom days (lib/calendar): an instant (a Date, or the report's "…+05:30" strings) is the day it
// fell on in the newsroom's zone, so the same verdict gets the same day on the page and in the feed;
// a bare day (an article known only by its event date) is already one and is kept as it is.
const isoDate = (d: DateLike) =>
  (typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : isoDay(d)) ?? undefined;

type Party = {
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  /** The registry's id: two appearances name the same speaker when their ids agree. */
  id?: string;
  /** The entity's own site or reference page: schema.org sameAs. */
  url?: string | null;
  /** How the text names an unnamed source of this organisation ("एक अधिकारी"). */
  anonymousAs?: string | null;
};

/** One link of an appearance's attribution chain, as the dossier and the report model both carry it. */
type ChainLink = {
  role: "SPEAKER" | "RELAY";
  entity: Party | null;
  anonymousAs?: string | null;
  affiliation?: Party | null;
};

/**
 * Who made the claim in one appearance: the named speaker; for an unnamed source of an organisation
 * ("रूसी विदेश मंत्रालय के एक अधिकारी"), that organisation, remembering how the text named the source;
 * else nobody (the article's own assertion, or a source of no named organisation).
 */
export function appearanceSpeaker(chain: ChainLink[]): Party | null {
  const s = chain.find((l) => l.role === "SPEAKER");
  if (!s) return null;
  if (s.entity) return s.entity;
  if (s.affiliation) return { ...s.affiliation, anonymousAs: s.anonymousAs?.trim() || null };
  return null;
}

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
  /** The editors' reasoning as the verdict page shows it: the review's body. */
  rationale?: string | null;
  /** Who the evidence shows the claim really came from (the verdict's verified originator). */
  originator?: Party | null;
  /** Where the claim appeared, in the dossier's order. */
  appearances: {
    url: string;
    title: string;
    date: DateLike;
    outlet: Party | null;
    lang: string;
    /** appearanceSpeaker() of the appearance's chain. */
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
  // An unnamed official speaks for their organisation: Google shows the Claim author's name, and
  // "एक अधिकारी" alone names nobody, so the organisation is the author and the text's words its
  // description (Google's docs allow Person or Organization; a Person without a name is not shown).
  const description = e.anonymousAs ? { description: e.anonymousAs } : {};
  return e.kind === "PERSON" && !e.anonymousAs
    ? { "@type": "Person", name, alternateName, ...sameAs }
    : { "@type": "Organization", name, alternateName, ...description, ...sameAs };
}

// An organisation and an unnamed official of it are one voice (the official speaks for it), so the
// key is the entity's alone.
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
  if (!named.every((p) => partyKey(p) === partyKey(first))) return null;
  // The text's words for the source describe the author only when every appearance uses them.
  return named.every((p) => p.anonymousAs === first.anonymousAs)
    ? first
    : { ...first, anonymousAs: null };
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
  // The earliest dated appearance is where the claim was first seen, and its date the Claim's;
  // undated ones count after every dated one, in the dossier's order.
  const seen = (d: DateLike) => (d ? +new Date(d) : Number.POSITIVE_INFINITY);
  const first = c.appearances.reduce<number>(
    (best, a, i) => (seen(a.date) < seen(c.appearances[best]?.date) ? i : best),
    0,
  );
  const firstSeen = c.appearances[first]?.date;
  const r = c.rating;
  const rationale = c.rationale?.trim();
  return {
    "@type": "ClaimReview",
    url: c.url,
    claimReviewed: c.claimHi,
    datePublished: isoDate(c.publishedAt),
    ...(c.modifiedAt ? { dateModified: isoDate(c.modifiedAt) } : {}),
    inLanguage: "hi",
    author: publisher(baseUrl),
    // The editors' reasoning is what a Review's body is; the summary stays the rating's explanation.
    ...(rationale ? { reviewBody: rationale } : {}),
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
      firstAppearance: appearances[first],
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
    rationale: v.rationale,
    originator: v.originator,
    appearances: d.mentions.map((m) => ({
      url: m.article.url ?? `${baseUrl}/articles/${m.article.id}`,
      title: m.article.title,
      date: articleDay(m.article),
      outlet: m.article.outlet,
      lang: m.article.lang,
      speaker: appearanceSpeaker(m.chain),
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
