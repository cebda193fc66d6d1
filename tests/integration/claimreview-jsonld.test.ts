// ClaimReview read back with a JSON-LD processor (jsonld.js), not with the code that wrote it: the
// public feed (GET /api/v1/reports?format=claimreview) and the <script type="application/ld+json">
// of every published verdict page, expanded against schema.org's own context (vendored:
// tests/fixtures/schemaorg-context.jsonld; nothing is fetched). Expansion turns every term into the
// IRI the context maps it to, so a field is checked as the machines that consume it see it.
//
// schema.org's context maps terms to http://schema.org/ (its "@vocab"), whatever the document's
// "@context" URL says (https://schema.org): the IRIs checked are http://schema.org/….
// Because of that "@vocab", a misspelt term does not vanish on expansion: it becomes an IRI schema.org
// does not define. So the "nothing lost" check is two-fold: as many properties after expansion as
// terms before (a value the processor drops, e.g. a null, shows here), and every property IRI one the
// context defines (a misspelling shows there).
import fs from "node:fs";
import jsonld from "jsonld";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import VerdictPage from "@/app/(public)/claims/[slug]/page";
import { GET as reportsGET } from "@/app/api/v1/reports/route";
import { listPublishedDossiers } from "@/lib/claim/dossier";
import { DEMO_SLUG, makeDemoAnonymous } from "../support/anonymous-demo";

type Json = Record<string, any>;
const S = "http://schema.org/";

const CONTEXT = JSON.parse(
  fs.readFileSync(new URL("../fixtures/schemaorg-context.jsonld", import.meta.url), "utf8"),
);
const SCHEMA_ORG = new Set([
  "https://schema.org",
  "https://schema.org/",
  "http://schema.org",
  "http://schema.org/",
  "https://schema.org/docs/jsonldcontext.jsonld",
]);
/** Serves schema.org's context from the fixture and refuses everything else: no network. */
const documentLoader = async (url: string) => {
  if (!SCHEMA_ORG.has(url)) throw new Error(`documentLoader: refused ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};
const expand = (doc: object) => jsonld.expand(doc as never, { documentLoader }) as Promise<Json[]>;

/** Property IRIs the context defines, each from its own term (not merely by "@vocab"). */
const DEFINED = new Set(
  Object.entries(CONTEXT["@context"] as Json)
    .filter(([, v]) => typeof v === "object" && typeof v["@id"] === "string")
    .map(([, v]) => (v["@id"] as string).replace(/^schema:/, S)),
);

/** Terms in compact JSON-LD: every key but keywords, at every depth (a "@graph"'s nodes too). */
function countTerms(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countTerms(x), 0);
  if (!v || typeof v !== "object") return 0;
  return Object.entries(v).reduce(
    (n, [k, x]) => n + (k === "@graph" ? countTerms(x) : k.startsWith("@") ? 0 : 1 + countTerms(x)),
    0,
  );
}
/** Property IRIs in expanded JSON-LD, at every depth. */
function properties(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) properties(x, out);
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      if (!k.startsWith("@")) out.push(k);
      properties(x, out);
    }
  return out;
}

/** Nodes of one type anywhere in an expanded document. */
function nodesOfType(v: unknown, type: string, out: Json[] = []): Json[] {
  if (Array.isArray(v)) for (const x of v) nodesOfType(x, type, out);
  else if (v && typeof v === "object") {
    const node = v as Json;
    if ((node["@type"] as string[] | undefined)?.includes(S + type)) out.push(node);
    for (const x of Object.values(node)) nodesOfType(x, type, out);
  }
  return out;
}
/** The values at a path of schema.org property names in an expanded node. */
function at(node: Json, path: string): Json[] {
  return path
    .split(".")
    .reduce<Json[]>(
      (nodes, p) => nodes.flatMap((n) => (n[S + p] as Json[] | undefined) ?? []),
      [node],
    );
}
const text = (node: Json, path: string) =>
  at(node, path).map((v) => (v["@value"] ?? v["@id"]) as string | number);

/** Google's required and recommended fields (lib/claimreview/validate.ts lists them) as IRIs. */
const GOOGLE_FIELDS = [
  "claimReviewed",
  "url",
  "datePublished",
  "author.name",
  "reviewRating.alternateName",
  "reviewRating.name",
  "itemReviewed.author.name",
  "itemReviewed.datePublished",
  "itemReviewed.appearance.url",
  "itemReviewed.firstAppearance.url",
];
const RATING_NUMBERS = ["ratingValue", "bestRating", "worstRating"];

/**
 * What a review lacks of GOOGLE_FIELDS. The claim's author is left out when `claimAuthor` is false:
 * a claim the article makes in its own voice, or whose appearances blame different people, has no
 * one author to name (lib/claimreview/jsonld.ts, reviewedClaimAuthor), and other test files publish
 * such. The claim's date is the earliest appearance's: when no appearance has a date (an article
 * logged with neither a publication nor an event date) there is none to give, and none is made up.
 * A published claim whose every appearance was retired in review (other test files do that) has no
 * appearance left to point to: `appeared` false leaves out what only an appearance can give.
 */
function missingExpanded(review: Json, claimAuthor = true, appeared = true): string[] {
  const dated = text(review, "itemReviewed.appearance.datePublished").length > 0;
  const fields = GOOGLE_FIELDS.filter(
    (f) =>
      (claimAuthor || !/\.author\./.test(f)) &&
      (dated || f !== "itemReviewed.datePublished") &&
      (appeared || !/appearance|Appearance/.test(f)),
  );
  const missing = fields.filter((f) => text(review, f).length === 0);
  const item = at(review, "itemReviewed")[0];
  if (!item?.["@type"]?.includes(`${S}Claim`)) missing.push("itemReviewed(Claim)");
  return missing;
}

/** The JSON-LD a verdict page embeds, taken from its rendered HTML. */
async function pageJsonLd(slug: string): Promise<Json | null> {
  const page = await VerdictPage({ params: Promise.resolve({ slug }) });
  const html = renderToStaticMarkup(createElement(() => page));
  const m = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  return m ? JSON.parse(m[1]) : null;
}

let restore: () => Promise<void>;
beforeAll(async () => {
  restore = await makeDemoAnonymous();
});
afterAll(() => restore());

describe("the ClaimReview feed, expanded by jsonld.js", () => {
  let feed: Json;
  let expanded: Json[];
  beforeAll(async () => {
    const res = await reportsGET(
      new Request("http://localhost/api/v1/reports?format=claimreview", {
        headers: { "x-pramaan-client-ip": "10.9.0.1" },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    feed = JSON.parse(await res.text());
    expanded = await expand(feed);
  });

  it("is a DataFeed whose dataFeedElement items hold the ClaimReviews", () => {
    const [dataFeed] = nodesOfType(expanded, "DataFeed");
    expect(dataFeed).toBeTruthy();
    const elements = at(dataFeed, "dataFeedElement");
    expect(elements.length).toBeGreaterThan(0);
    for (const e of elements) {
      expect(e["@type"]).toEqual([`${S}DataFeedItem`]);
      expect(text(e, "dateCreated")).toHaveLength(1);
      expect(at(e, "item").map((i) => i["@type"])).toEqual([[`${S}ClaimReview`]]);
    }
  });

  it("every review has Google's required and recommended fields as schema.org IRIs", async () => {
    const reviews = nodesOfType(expanded, "ClaimReview");
    expect(reviews.length).toBeGreaterThan(0);
    const appeared = new Map(
      (await listPublishedDossiers()).map((d) => [d.slug, d.mentions.length > 0]),
    );
    for (const r of reviews) {
      const url = String(text(r, "url")[0]);
      const slug = url.slice(url.lastIndexOf("/") + 1);
      expect(missingExpanded(r, false, appeared.get(slug) ?? true), url).toEqual([]);
      const rating = at(r, "reviewRating")[0];
      // A rating on the scale carries its numbers; one off it ("अप्रमाणित") carries none.
      const numbers = RATING_NUMBERS.filter((k) => text(rating, k).length > 0);
      expect([0, 3]).toContain(numbers.length);
    }
  });

  it("the claim from an anonymous official names the official's organisation as its author", () => {
    const demo = nodesOfType(expanded, "ClaimReview").find((r) =>
      String(text(r, "url")[0]).endsWith(`/claims/${DEMO_SLUG}`),
    );
    if (!demo) throw new Error("the demo claim is not in the feed");
    expect(missingExpanded(demo)).toEqual([]);
    const author = at(demo, "itemReviewed.author")[0];
    expect(author["@type"]).toEqual([`${S}Organization`]);
    expect(text(author, "name")).toEqual(["रूसी विदेश मंत्रालय"]);
    expect(text(author, "description")).toEqual(["एक अधिकारी"]);
    expect(text(demo, "reviewBody")[0]).toMatch(/FAO/);
    expect(text(at(demo, "reviewRating")[0], "ratingValue")).toEqual([2]);
  });

  it("loses no term on expansion, and every term is one schema.org defines", () => {
    const props = properties(expanded);
    expect(props.length).toBe(countTerms(feed));
    expect(props.filter((p) => !DEFINED.has(p))).toEqual([]);
  });

  it("the checks catch a misspelt term and a dropped value (they are not vacuous)", async () => {
    const spoilt = structuredClone(feed);
    const review = spoilt.dataFeedElement[0].item[0];
    review.claimReviewd = review.claimReviewed; // misspelt: expands under @vocab to an unknown IRI
    delete review.claimReviewed;
    review.itemReviewed.author = null; // a null is dropped by expansion
    const out = await expand(spoilt);
    expect(properties(out).filter((p) => !DEFINED.has(p))).toEqual([`${S}claimReviewd`]);
    expect(properties(out).length).toBeLessThan(countTerms(spoilt));
    expect(missingExpanded(nodesOfType(out, "ClaimReview")[0])).toEqual(
      expect.arrayContaining(["claimReviewed", "itemReviewed.author.name"]),
    );
  });
});

describe("every published verdict page's ClaimReview, expanded by jsonld.js", () => {
  it("has Google's fields, loses no term, and names the anonymous official's organisation", async () => {
    const dossiers = await listPublishedDossiers();
    expect(dossiers.length).toBeGreaterThan(0);
    let checked = 0;
    for (const d of dossiers) {
      const ld = await pageJsonLd(d.slug);
      // A retracted fact check's page stops emitting the markup.
      if (d.retractedAt) {
        expect(ld, d.slug).toBeNull();
        continue;
      }
      if (!ld) throw new Error(`no ClaimReview on /claims/${d.slug}`);
      const expanded = await expand(ld);
      const [review] = nodesOfType(expanded, "ClaimReview");
      expect(missingExpanded(review, d.slug === DEMO_SLUG, d.mentions.length > 0), d.slug).toEqual(
        [],
      );
      expect(properties(expanded).length, d.slug).toBe(countTerms(ld));
      expect(
        properties(expanded).filter((p) => !DEFINED.has(p)),
        d.slug,
      ).toEqual([]);
      if (d.slug === DEMO_SLUG)
        expect(text(at(review, "itemReviewed.author")[0], "name")).toEqual(["रूसी विदेश मंत्रालय"]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
