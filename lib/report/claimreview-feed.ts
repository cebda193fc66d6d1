// The ClaimReview feed: every published verdict in a report as schema.org ClaimReview, in the shape of
// the feed Google publishes from its Fact Check Markup Tool (Data Commons): one JSON-LD document
//   {"@context":"https://schema.org","@type":"DataFeed", …, "dataFeedElement":[
//     {"@type":"DataFeedItem","dateCreated":…,"item":[ClaimReview]}, …]}
// Readers of that feed (Meedan's Check, research loaders) walk `dataFeedElement[].item[]` and expect
// `item` to be a list, so it is one even though each element carries one review. Each ClaimReview is
// built by the same function as the verdict page's markup (lib/claimreview/jsonld.ts), so a feed item
// and the page of the same claim carry the same fields and values.
import type { DataFeed, DataFeedItem } from "schema-dts";
import {
  appearanceSpeaker,
  type ClaimReviewInput,
  claimReview,
  jsonLdScript,
  publisher,
} from "../claimreview/jsonld";
import type { ReportClaim, ReportMeta } from "./model";
import type { WriterFactory } from "./writer";

type StreamingSerializer = {
  head(meta: ReportMeta): string;
  claims(batch: ReportClaim[], meta: ReportMeta): string;
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
  if (c.retractedAt || c.corrections.some((k) => k.kind === "RETRACTION")) return null;
  return {
    url: c.url,
    claimHi: c.textHi,
    publishedAt: c.publishedAt ?? v.publishedAt,
    modifiedAt: c.corrections.length ? v.publishedAt : undefined,
    rating: v.rating,
    summaryHi: v.summaryHi,
    rationale: v.rationale,
    originator: v.originator,
    appearances: c.appearances.map((a) => ({
      url: a.article.url,
      title: a.article.title,
      date: a.article.date,
      outlet: a.article.outlet,
      lang: a.article.lang,
      speaker: appearanceSpeaker(a.attribution),
    })),
  };
}

/** One feed element per publishable claim of a batch, drafts left out. */
function feedElements(batch: ReportClaim[], baseUrl: string): DataFeedItem[] {
  return batch.flatMap((c) => {
    const input = publishedReview(c);
    if (!input) return [];
    const review = claimReview(input, baseUrl);
    // dateCreated: when the review first went out (Google's feed: when the markup was made);
    // dateModified: when a published correction last changed it.
    return [
      {
        "@type": "DataFeedItem",
        dateCreated: review.datePublished as string | undefined,
        ...(review.dateModified ? { dateModified: review.dateModified as string } : {}),
        item: [review],
      },
    ];
  });
}

/**
 * The ClaimReview feed as a streaming serializer. `baseUrl` is the public site, named as the
 * reviews' author (the report model carries claim URLs, not the site's own). It remembers whether it
 * has written an element, so a comma goes between elements whichever batches turn out empty.
 */
export function claimReviewFeed(baseUrl: string): StreamingSerializer {
  let written = 0;
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
      // pasting it into a <script type="application/ld+json"> cannot close the element. The object's
      // closing brace is dropped so the element list can follow as the feed's last property.
      const open = jsonLdScript({ "@context": "https://schema.org", ...feed }).slice(0, -1);
      return `${open},"dataFeedElement":[`;
    },
    claims(batch) {
      return feedElements(batch, baseUrl)
        .map((e) => `${written++ === 0 ? "\n" : ",\n"}${jsonLdScript(e)}`)
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
  return {
    head: () => feed.head(meta),
    claims: (batch) => feed.claims(batch, meta),
    tail: () => feed.tail(meta),
  };
};
