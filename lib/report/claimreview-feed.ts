// The ClaimReview feed: every published verdict in a report as schema.org ClaimReview, one JSON-LD
// document `{"@context":"https://schema.org","@graph":[DataFeed, ClaimReview, …]}`. Each item is
// built by the same function as the verdict page's markup (lib/claimreview/jsonld.ts), so a feed item
// and the page of the same claim carry the same fields and values.
//
// Why a @graph led by a DataFeed node rather than a DataFeed with `dataFeedElement: [...]` (the shape of
// Google's Data Commons feed): the serializer streams batch by batch and keeps no state between calls,
// and the first batch may hold nothing publishable. With a node that is always written first, every
// ClaimReview is written as ",{…}" and the document is valid JSON whichever batches are empty.
import type { ClaimReview, DataFeed } from "schema-dts";
import { type ClaimReviewInput, claimReview, jsonLdScript, publisher } from "../claimreview/jsonld";
import type { ReportClaim, ReportMeta } from "./model";
import type { WriterFactory } from "./writer";

type StreamingSerializer = {
  head(meta: ReportMeta): string;
  claims(batch: ReportClaim[], meta: ReportMeta, first: boolean): string;
  tail(meta: ReportMeta): string;
};

// A ClaimReview tells readers and platforms what a newsroom has concluded, so drafts never go in
// the feed, even when the report was built with drafts for the desk: only a published claim whose
// verdict is published. (A published claim whose verdict is being revised is left out too: the
// report carries only the newest verdict, and that one is a draft.)
function publishedReview(c: ReportClaim): ClaimReviewInput | null {
  const v = c.verdict;
  if (c.isDraft || c.status !== "PUBLISHED" || !c.url || v?.status !== "PUBLISHED") return null;
  // A retracted fact-check is no longer a review anyone should rely on: the page stops emitting it too.
  if (c.corrections.some((k) => k.kind === "RETRACTION")) return null;
  return {
    url: c.url,
    claimHi: c.textHi,
    publishedAt: c.publishedAt ?? v.publishedAt,
    modifiedAt: c.corrections.length ? v.publishedAt : undefined,
    rating: v.rating,
    summaryHi: v.summaryHi,
    originator: v.originator,
    appearances: c.appearances.map((a) => ({
      url: a.article.url,
      title: a.article.title,
      date: a.article.date,
      outlet: a.article.outlet,
      lang: a.article.lang,
      speaker: a.attribution.find((x) => x.role === "SPEAKER")?.entity ?? null,
    })),
  };
}

/** The feed's ClaimReviews for a batch of report claims, drafts left out. */
function feedClaimReviews(batch: ReportClaim[], baseUrl: string): ClaimReview[] {
  return batch.flatMap((c) => {
    const input = publishedReview(c);
    return input ? [claimReview(input, baseUrl)] : [];
  });
}

/**
 * The ClaimReview feed as a streaming serializer. `baseUrl` is the public site, named as the
 * reviews' author (the report model carries claim URLs, not the site's own).
 */
export function claimReviewFeed(baseUrl: string): StreamingSerializer {
  return {
    head(meta) {
      const feed: DataFeed = {
        "@type": "DataFeed",
        name: `Pramaan ClaimReview feed: ${meta.scope.title}`,
        dateModified: meta.generatedAt,
        inLanguage: "hi",
        publisher: publisher(baseUrl),
      };
      // jsonLdScript's escaping: the feed is JSON, not HTML, but `<` and U+2028/9 are escaped so that
      // pasting it into a <script type="application/ld+json"> cannot close the element.
      return `{"@context":"https://schema.org","@graph":[${jsonLdScript(feed)}`;
    },
    claims(batch) {
      return feedClaimReviews(batch, baseUrl)
        .map((cr) => `,\n${jsonLdScript(cr)}`)
        .join("");
    },
    tail() {
      return "\n]}\n";
    },
  };
}

/** The feed as one of the report formats: its reviews name the report's own site as their author. */
export const claimReviewWriter: WriterFactory = (meta) => {
  const feed = claimReviewFeed(meta.site);
  let first = true;
  return {
    head: () => feed.head(meta),
    claims: (batch) => {
      const out = feed.claims(batch, meta, first);
      first = false;
      return out;
    },
    tail: () => feed.tail(meta),
  };
};
