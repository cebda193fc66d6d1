// Issue 17 item 6 on real Postgres: a published claim whose words sit between two "Advertisement"
// lines (seed 001), and one right after a "ये भी पढ़ें" teaser box, logged and published through the
// two-person rule; the reader's verdict page (the route's own component, rendered) and its dossier
// show the words around each quote with no page furniture in them.
import crypto from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import VerdictPage from "@/app/(public)/claims/[slug]/page";
import { backfillFurniture } from "@/lib/article/furniture-backfill";
import { contentHashOf } from "@/lib/article/revision-mutations";
import { getPublishedDossier } from "@/lib/claim/dossier";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { addEvidence } from "@/lib/source/mutations";
import { addEvidenceSchema } from "@/lib/source/schema";
import { detectFurniture } from "@/lib/text/furniture";
import type { SessionUser } from "@/lib/user/session-user";
import { publishVerdict, saveVerdictDraft, submitVerdictForReview } from "@/lib/verdict/mutations";
import { saveVerdictSchema } from "@/lib/verdict/schema";
import { makeUser } from "../support/fixtures";

const FURNITURE_WORDS = /Advertisement|विज्ञापन|ये भी पढ़ें|मणिपुर|हिंसक घटनाएं|Featured Video/u;
const tag = () => crypto.randomBytes(4).toString("hex");
let author: SessionUser;
let reviewer: SessionUser;

/** A copy of seed 001 (its words logged by nobody else), `insert` placed before `at`. */
async function copyOf001(insert = "", at = "") {
  const seed = await db().article.findUniqueOrThrow({ where: { id: "art_001" } });
  const cut = at ? seed.body.indexOf(at) : 0;
  const body = seed.body.slice(0, cut) + insert + seed.body.slice(cut);
  return db().article.create({
    data: {
      title: `फर्नीचर संदर्भ ${tag()}`,
      body,
      contentHash: contentHashOf(`${body}${tag()}`),
      outletId: seed.outletId,
      publishedAt: seed.publishedAt,
    },
  });
}

async function publishedClaim(articleId: string, quote: string) {
  const body = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).body;
  const start = body.indexOf(quote);
  const { claimId } = await logClaim(
    author,
    logClaimSchema.parse({
      articleId,
      start,
      end: start + quote.length,
      textHi: quote,
      textEn: `context test ${tag()}`,
      speaker: { type: "article" },
      relays: [],
    }),
  );
  await addEvidence(
    author,
    addEvidenceSchema.parse({
      claimId,
      url: `https://example.org/context/${tag()}`,
      title: "What the record shows",
      stance: "CONTEXT",
    }),
  );
  const { verdictId, version } = await saveVerdictDraft(
    author,
    saveVerdictSchema.parse({
      claimId,
      ratingId: "rating_mostly_true",
      summaryHi: "परीक्षण के लिए लिखा गया सार।",
      rationale: "यह परीक्षण के लिए लिखा गया तर्क है, जो उद्धरण के आसपास के शब्दों की जांच करता है।",
    }),
  );
  await submitVerdictForReview(author, verdictId, version);
  return (await publishVerdict(reviewer, verdictId, version + 1)).slug;
}

/** The quote blocks of the reader's verdict page, as the route renders them. */
async function quotesOnPage(slug: string): Promise<string[]> {
  const page = await VerdictPage({ params: Promise.resolve({ slug }) });
  const html = renderToStaticMarkup(createElement("div", null, page));
  return [...html.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) =>
    m[1].replace(/<[^>]+>/g, ""),
  );
}

describe("quote context on the public verdict page", () => {
  beforeAll(async () => {
    author = await makeUser();
    reviewer = await makeUser();
  });

  it("a quote between two Advertisement lines: the words around it are the article's", async () => {
    const article = await copyOf001();
    const slug = await publishedClaim(article.id, "आखिरी बार दोनों नेताओं की 4 साल पहले");
    const d = await getPublishedDossier(slug);
    const m = d?.mentions[0];
    expect(m?.prefix).toContain("Advertisement"); // stored raw, as anchoring needs it
    expect(`${m?.context.before}|${m?.context.after}`).not.toMatch(FURNITURE_WORDS);
    expect(m?.context.before).toContain("होस्ट कर रहे हैं.");
    const [quote] = await quotesOnPage(slug);
    expect(quote).toContain("आखिरी बार दोनों नेताओं");
    expect(quote).not.toMatch(FURNITURE_WORDS);
    expect(quote).toContain("होस्ट कर रहे हैं.");
  });

  it("the seed's published claim (000, just above its comment box): no Leave A Reply", async () => {
    const d = await getPublishedDossier("russia-2017-grain-world-record-demo");
    expect(d?.mentions[0]?.suffix).toContain("Leave A Reply"); // the stored raw suffix
    const [quote] = await quotesOnPage("russia-2017-grain-world-record-demo");
    expect(quote).not.toMatch(/Leave A Reply|Your email/u);
  });

  it("a quote right after a teaser box: none of the box's headlines beside it", async () => {
    const box = "ये भी पढ़ें:\nमणिपुर: अब तक नहीं थमी हिंसक घटनाएं\n\n";
    const article = await copyOf001(box, "आखिरी बार दोनों");
    const slug = await publishedClaim(article.id, "आखिरी बार दोनों नेताओं की 4 साल पहले");
    const [quote] = await quotesOnPage(slug);
    expect(quote).toContain("आखिरी बार दोनों नेताओं");
    expect(quote).not.toMatch(FURNITURE_WORDS);
  });
});

describe("teaser boxes for articles stored before they were detected", () => {
  const box = "ये भी पढ़ें:\nमणिपुर: अब तक नहीं थमी हिंसक घटनाएं\nG20 समिट के बाद कई समझौते\n\n";
  const backfill = () => backfillFurniture((sql, params) => db().$queryRawUnsafe(sql, ...params));

  it("the start-up step adds the box where the old detector stored the heading alone", async () => {
    const a = await copyOf001(box, "आखिरी बार दोनों");
    const detected = detectFurniture(a.body);
    const full = detected.find((r) => r.kind === "also-read");
    if (!full) throw new Error("no box detected");
    // As stored before: the heading line only.
    const old = detected.map((r) => (r === full ? { ...r, end: r.start + "ये भी पढ़ें:".length } : r));
    const edited = await copyOf001(box, "आखिरी बार दोनों");
    await db().article.updateMany({
      where: { id: { in: [a.id, edited.id] } },
      data: { furniture: old.map((r) => ({ ...r })) },
    });
    // An editor un-marked something on the second: its furniture is theirs, left alone.
    await db().auditEvent.create({
      data: { action: "article.furniture.unmark", entityType: "Article", entityId: edited.id },
    });
    await backfill();
    const [after, untouched] = await Promise.all(
      [a.id, edited.id].map((id) => db().article.findUniqueOrThrow({ where: { id } })),
    );
    expect(after.furniture).toEqual(detected);
    expect(untouched.furniture).toEqual(old);
    // Run again (every start): nothing changes.
    await backfill();
    expect((await db().article.findUniqueOrThrow({ where: { id: a.id } })).furniture).toEqual(
      detected,
    );
  });
});
