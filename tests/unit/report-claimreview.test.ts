import { describe, expect, it } from "vitest";
import { claimReviewJsonLd } from "@/lib/claimreview/jsonld";
import { missingClaimReviewFields, missingRecommendedFields } from "@/lib/claimreview/validate";
import { buildReport } from "@/lib/report/build";
import { claimReviewFeed } from "@/lib/report/claimreview-feed";
import realReviews from "../fixtures/claimreviews-real.json";
import { publishedDossier } from "./dossier-fixture";

type Json = Record<string, any>;
const BASE = "https://pramaan.example";
const INDIAN = /aajtak|afp_fact_check_hindi|afp_india|boom|india_today|news_checker|quint|vishvas/;

function dossier(id: string, textHi: string) {
  const d = publishedDossier();
  d.id = id;
  d.slug = `${id}-slug`;
  d.textHi = textHi;
  return d;
}

// Two published claims, a claim still open (its verdict row says PUBLISHED, the claim does not) and a
// published claim whose verdict is being revised: the report includes drafts, the feed must not.
const published = dossier("c_pub", "किम जोंग उन की ट्रेन 59 किलोमीटर प्रति घंटा से तेज नहीं चलती");
const tricky = dossier("c_tricky", 'दावा </script><script>alert("x")</script> और\u2028आगे');
tricky.mentions[0].article.publishedAt = new Date("2023-09-11T20:00:00Z"); // 12 Sept in Delhi
tricky.verdict!.publishedAt = new Date("2023-09-20T20:00:00Z");
// A recorded misattribution: the feed names the verified originator, as the page does.
tricky.verdict!.originator = {
  id: "ent_kcna",
  slug: "kcna",
  kind: "NEWS_AGENCY",
  nameHi: "केसीएनए",
  nameEn: "KCNA",
  url: "https://kcnawatch.org",
  affiliationId: null,
};
const open = dossier("c_open", "अभी जांच जारी है: खुला दावा");
open.status = "OPEN";
const revising = dossier("c_revising", "संशोधन में: मसौदा फैसला");
revising.verdict!.status = "DRAFT";

const report = buildReport(
  { title: "किम जोंग ट्रेन से रूस पहुंचे", filters: { article: "art_002", on: undefined } },
  [open, revising, published, tricky],
  { baseUrl: BASE, includeDrafts: true, generatedAt: new Date("2024-01-01T00:00:00Z") },
);

/** Streamed as the report route does: head, the claims in batches, tail. */
function stream(batches: (typeof report.claims)[]): string {
  const feed = claimReviewFeed(BASE);
  const { claims: _, ...meta } = report;
  return feed.head(meta) + batches.map((b) => feed.claims(b, meta)).join("") + feed.tail(meta);
}

// The first batch holds only drafts, so nothing of it reaches the feed: the JSON must still be valid.
const text = stream([report.claims.slice(0, 2), report.claims.slice(2, 3), report.claims.slice(3)]);
const doc = JSON.parse(text) as Json;
const elements = doc.dataFeedElement as Json[];
const reviews = elements.flatMap((e) => e.item as Json[]);

describe("ClaimReview feed", () => {
  it("is a DataFeed as Google's feed is: dataFeedElement items, each a list of one ClaimReview", () => {
    expect(report.claims).toHaveLength(4);
    expect(doc).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dateModified: "2024-01-01T05:30:00+05:30",
      name: "Pramaan ClaimReview feed: किम जोंग ट्रेन से रूस पहुंचे",
      publisher: { "@type": "Organization", name: "Pramaan", alternateName: "प्रमाण", url: BASE },
    });
    expect(elements).toHaveLength(2);
    for (const e of elements) {
      expect(e["@type"]).toBe("DataFeedItem");
      expect(Array.isArray(e.item)).toBe(true);
      expect(e.item).toHaveLength(1);
      expect(e.dateCreated).toBe((e.item as Json[])[0].datePublished);
    }
    expect(reviews.map((r) => r["@type"])).toEqual(["ClaimReview", "ClaimReview"]);
    expect(reviews.map((r) => r.url)).toEqual([
      `${BASE}/claims/c_pub-slug`,
      `${BASE}/claims/c_tricky-slug`,
    ]);
  });

  it("never carries drafts, even from a report built with drafts", () => {
    expect(text).not.toContain("c_open");
    expect(text).not.toContain("c_revising");
    expect(text).not.toContain(open.textHi);
    expect(text).not.toContain(revising.textHi);
    // Only drafts in the whole report: still a valid, empty feed.
    const feed = claimReviewFeed(BASE);
    const { claims, ...meta } = report;
    const empty = feed.head(meta) + feed.claims(claims.slice(0, 2), meta) + feed.tail(meta);
    expect(JSON.parse(empty).dataFeedElement).toEqual([]);
  });

  it("every item has Google's required and recommended fields", () => {
    expect(reviews).toHaveLength(2);
    for (const r of reviews) {
      expect(missingClaimReviewFields(r)).toEqual([]);
      expect(missingRecommendedFields(r)).toEqual([]);
      expect(r.reviewRating).toMatchObject({ ratingValue: 4, bestRating: 5, worstRating: 1 });
    }
  });

  it("carries the editors' rationale as the review's body", () => {
    expect(reviews[0].reviewBody).toBe(published.verdict?.rationale);
  });

  it("leaves out a retracted fact check", () => {
    const retracted = dossier("c_retracted", "वापस लिया गया दावा");
    retracted.retractedAt = new Date("2023-10-01T00:00:00Z");
    const r = buildReport({ title: "t", filters: { on: undefined } }, [retracted, published], {
      baseUrl: BASE,
    });
    const out = JSON.parse(stream([r.claims])) as Json;
    expect((out.dataFeedElement as Json[]).map((e) => (e.item as Json[])[0].url)).toEqual([
      `${BASE}/claims/c_pub-slug`,
    ]);
  });

  it("each item is exactly what the claim's verdict page emits", () => {
    for (const [d, r] of [
      [published, reviews[0]],
      [tricky, reviews[1]],
    ] as const) {
      const { "@context": _, ...page } = claimReviewJsonLd(d, BASE) as Json;
      expect(r).toEqual(JSON.parse(JSON.stringify(page)));
    }
    expect(reviews[1].itemReviewed.author).toMatchObject({
      name: "केसीएनए",
      sameAs: "https://kcnawatch.org",
    });
    expect(reviews[0]).toMatchObject({
      inLanguage: "hi",
      datePublished: "2023-09-20",
      author: { "@type": "Organization", name: "Pramaan", url: BASE },
      reviewRating: {
        alternateName: "अधिकांशतः सत्य",
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "बीबीसी", alternateName: "BBC" },
        datePublished: "2023-09-12",
      },
    });
    expect(reviews[0].itemReviewed.firstAppearance).toEqual(reviews[0].itemReviewed.appearance[0]);
  });

  it("keeps Devanagari as it is, and no text can close a <script> it is pasted into", () => {
    expect(text).toContain(published.textHi); // literal UTF-8, not \u escapes
    expect(reviews[1].claimReviewed).toBe(tricky.textHi);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain("\u2028");
  });

  it("has every field that all the Indian fact-checkers' real ClaimReviews have", () => {
    const indian = realReviews
      .filter((r) => INDIAN.test(r.fixture_file))
      .map((r) => r.claimreview as Json);
    expect(indian.length).toBeGreaterThanOrEqual(10);
    const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) as Json;
    const common = (pick: (cr: Json) => Json) =>
      Object.keys(pick(indian[0])).filter((k) => indian.every((cr) => k in pick(cr)));
    const parts: [string, (cr: Json) => Json][] = [
      ["ClaimReview", (cr) => cr],
      ["reviewRating", (cr) => one(cr.reviewRating)],
      ["itemReviewed", (cr) => one(cr.itemReviewed)],
      ["author", (cr) => one(cr.author)],
    ];
    for (const [part, pick] of parts) {
      const fields = common(pick).filter((k) => k !== "@context");
      expect(fields.length, part).toBeGreaterThan(1);
      for (const r of reviews)
        expect(Object.keys(pick(r)), part).toEqual(expect.arrayContaining(fields));
    }
  });
});
