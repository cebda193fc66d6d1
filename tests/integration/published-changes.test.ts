// Issue 16 item 2: nothing readers see of a published fact check changes without a second editor.
// Each route below is taken by an editor who never touched the claim; readers' data (the public
// dossier, its ClaimReview JSON-LD, the public article) must stay as published until another
// editor approves the held change in the review queue. Drafts' entities and articles are still
// edited directly, and a re-anchor never rewrites a published quote.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { reviseArticleAction, updateArticleAction } from "@/lib/article/actions";
import { getPublicArticle } from "@/lib/article/data";
import { contentHashOf } from "@/lib/article/revision-mutations";
import { getPublishedDossier } from "@/lib/claim/dossier";
import { reattachMentionAction, retireMentionAction } from "@/lib/claim/mention-actions";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { claimReviewJsonLd } from "@/lib/claimreview/jsonld";
import { db } from "@/lib/db";
import { mergeEntityAction, updateEntityAction } from "@/lib/entity/actions";
import { searchFields } from "@/lib/entity/create-mutations";
import { approveChangeAction, rejectChangeAction } from "@/lib/review/actions";
import { listPendingChanges } from "@/lib/review/data";
import { addEvidence } from "@/lib/source/mutations";
import { addEvidenceSchema } from "@/lib/source/schema";
import type { SessionUser } from "@/lib/user/session-user";
import { publishVerdict, saveVerdictDraft, submitVerdictForReview } from "@/lib/verdict/mutations";
import { saveVerdictSchema } from "@/lib/verdict/schema";
import { makeUser, signIn } from "../support/fixtures";

const BASE = "https://pramaan.example";
let author: SessionUser;
let reviewer: SessionUser;
// Two editors who never touched the claims: one proposes, the other approves.
let proposer: SessionUser;
let approver: SessionUser;

const tag = () => crypto.randomBytes(4).toString("hex");

async function makeEntity(kind: "PERSON" | "OUTLET", nameEn: string, nameHi: string) {
  const names = { nameEn, nameHi, aliases: [] };
  return db().entity.create({
    data: { kind, slug: `e-${tag()}`, ...names, ...searchFields(names) },
  });
}

/** An article of our own: its words are logged by nobody else. */
async function makeArticle(sentences: string[], outletId: string) {
  const body = `${sentences.join("। ")}।\n${tag()}`;
  return db().article.create({
    data: {
      title: `प्रकाशित परिवर्तन ${tag()}`,
      body,
      contentHash: contentHashOf(body),
      outletId,
      url: `https://news.example/${tag()}`,
      publishedAt: new Date("2023-09-13T00:00:00Z"),
    },
  });
}

/** Logs `quote` of the article (speaker: the entity) and publishes it through the two-person rule. */
async function publishedClaim(articleId: string, quote: string, speakerId: string | null) {
  const body = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).body;
  const start = body.indexOf(quote);
  const { claimId, mentionId } = await logClaim(
    author,
    logClaimSchema.parse({
      articleId,
      start,
      end: start + quote.length,
      textHi: quote,
      textEn: `published change test ${tag()}`,
      speaker: speakerId ? { type: "entity", party: { entityId: speakerId } } : { type: "article" },
      relays: [],
      confirmCrossing: true,
    }),
  );
  await addEvidence(
    author,
    addEvidenceSchema.parse({
      claimId,
      url: `https://example.org/published-changes/${tag()}`,
      title: "What the record shows",
      stance: "CONTRADICTS",
    }),
  );
  const rating = await db().rating.findFirstOrThrow({ select: { id: true } });
  const { verdictId, version } = await saveVerdictDraft(
    author,
    saveVerdictSchema.parse({
      claimId,
      ratingId: rating.id,
      summaryHi: "परीक्षण के लिए लिखा गया सार।",
      rationale: "यह परीक्षण के लिए लिखा गया तर्क है, जो प्रकाशित बदलावों की जांच करता है।",
    }),
  );
  await submitVerdictForReview(author, verdictId, version);
  const { slug } = await publishVerdict(reviewer, verdictId, version + 1);
  return { claimId, mentionId, slug };
}

/** Everything readers get of the claim: the public dossier, its JSON-LD, its article's public page. */
async function readersSee(slug: string, articleId: string) {
  const dossier = await getPublishedDossier(slug);
  if (!dossier) throw new Error("not public");
  return {
    jsonLd: claimReviewJsonLd(dossier, BASE),
    quotes: dossier.mentions.map((m) => m.exact),
    chain: dossier.mentions.map((m) => m.chain.map((c) => c.entity?.nameEn ?? null)),
    article: await getPublicArticle(articleId),
  };
}

function held<T>(r: { ok: true; data: T } | { ok: false; message: string }): string {
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  const data = r.data as { review?: { requestId: string; published: number } };
  expect(data.review?.published).toBeGreaterThan(0);
  return data.review?.requestId ?? "";
}

/** The proposer cannot approve their own change; another editor can, once. */
async function approveAsSecondEditor(requestId: string) {
  signIn(proposer);
  const own = await approveChangeAction({ requestId });
  expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });
  signIn(approver);
  const r = await approveChangeAction({ requestId });
  expect(r).toMatchObject({ ok: true });
  const again = await approveChangeAction({ requestId });
  expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  signIn(proposer);
}

beforeAll(async () => {
  [author, reviewer, proposer, approver] = await Promise.all([
    makeUser(),
    makeUser(),
    makeUser(),
    makeUser(),
  ]);
});

describe("a published fact check changes only through review (issue 16 item 2)", () => {
  it("(a) renaming the speaker's registry entry waits for a second editor", async () => {
    const t = tag();
    const speaker = await makeEntity("PERSON", `Speaker ${t}`, `वक्ता ${t}`);
    const outlet = await makeEntity("OUTLET", `Outlet ${t}`, `अख़बार ${t}`);
    const article = await makeArticle(
      [`मंत्री ने कहा कि देश में ${t} गेहूं का रिकॉर्ड उत्पादन हुआ`, "दूसरी पंक्ति यहां है"],
      outlet.id,
    );
    const { slug } = await publishedClaim(
      article.id,
      `मंत्री ने कहा कि देश में ${t} गेहूं का रिकॉर्ड उत्पादन हुआ`,
      speaker.id,
    );
    const before = await readersSee(slug, article.id);
    expect(JSON.stringify(before.jsonLd)).toContain(`Speaker ${t}`);

    signIn(proposer);
    const r = await updateEntityAction({
      entityId: speaker.id,
      version: speaker.version,
      kind: "PERSON",
      nameHi: `वक्ता ${t}`,
      nameEn: `Someone Else ${t}`,
      aliases: [],
    });
    const requestId = held(r);
    // The review queue lists it with who proposed it and what it changes.
    const queued = (await listPendingChanges()).find((c) => c.id === requestId);
    expect(queued).toMatchObject({
      kind: "ENTITY_UPDATE",
      published: 1,
      proposedBy: { id: proposer.id },
    });
    expect(queued?.proposed).toContainEqual(["English name", `Someone Else ${t}`]);
    expect(await readersSee(slug, article.id)).toEqual(before);
    expect((await db().entity.findUniqueOrThrow({ where: { id: speaker.id } })).nameEn).toBe(
      `Speaker ${t}`,
    );

    await approveAsSecondEditor(requestId);
    const after = await readersSee(slug, article.id);
    expect(JSON.stringify(after.jsonLd)).toContain(`Someone Else ${t}`);
    expect(JSON.stringify(after.jsonLd)).not.toContain(`Speaker ${t}`);
    const approval = await db().auditEvent.findFirstOrThrow({
      where: { entityId: requestId, action: "change.approve" },
    });
    expect(approval.actorId).toBe(approver.id);
    expect(approval.after).toMatchObject({ proposedById: proposer.id, approvedById: approver.id });
  });

  it("(b) merging the speaker into another entry waits for a second editor", async () => {
    const t = tag();
    const speaker = await makeEntity("PERSON", `Merged Speaker ${t}`, `विलय ${t}`);
    const other = await makeEntity("PERSON", `Other Person ${t}`, `विलय ${t}`);
    const outlet = await makeEntity("OUTLET", `Outlet ${t}`, `अख़बार ${t}`);
    const quote = `प्रवक्ता ने बताया कि ${t} सड़कें पिछले साल बनीं`;
    const article = await makeArticle([quote, "एक और पंक्ति"], outlet.id);
    const { slug } = await publishedClaim(article.id, quote, speaker.id);
    const before = await readersSee(slug, article.id);

    signIn(proposer);
    const r = await mergeEntityAction({
      loserId: speaker.id,
      loserVersion: speaker.version,
      survivorId: other.id,
      survivorVersion: other.version,
      reason: "The same person entered twice",
    });
    const requestId = held(r);
    expect(await readersSee(slug, article.id)).toEqual(before);
    expect(
      (await db().entity.findUniqueOrThrow({ where: { id: speaker.id } })).mergedIntoId,
    ).toBeNull();
    // The queue names both sides as a reviewer knows them, not by their ids.
    const queued = (await listPendingChanges()).find((c) => c.id === requestId);
    expect(queued?.proposed).toEqual(
      expect.arrayContaining([
        ["merged away", `विलय ${t}`],
        ["stays", `विलय ${t}`],
      ]),
    );
    expect(JSON.stringify(queued?.proposed)).not.toContain(speaker.id);

    await approveAsSecondEditor(requestId);
    const after = await readersSee(slug, article.id);
    expect(after.chain).toEqual([[`Other Person ${t}`]]);
    expect(JSON.stringify(after.jsonLd)).toContain(`Other Person ${t}`);
  });

  it("(c) editing the article's details waits for a second editor", async () => {
    const t = tag();
    const outlet = await makeEntity("OUTLET", `Outlet ${t}`, `अख़बार ${t}`);
    const quote = `रिपोर्ट के अनुसार ${t} स्कूल बंद कर दिए गए`;
    const article = await makeArticle([quote, "अंतिम पंक्ति"], outlet.id);
    const { slug } = await publishedClaim(article.id, quote, null);
    const before = await readersSee(slug, article.id);

    signIn(proposer);
    const r = await updateArticleAction({
      articleId: article.id,
      version: article.version,
      title: `बदला हुआ शीर्षक ${t}`,
      url: `https://elsewhere.example/${t}`,
      outletId: outlet.id,
      publishedAt: "2023-09-13",
      lang: "hi",
    });
    const requestId = held(r);
    expect(await readersSee(slug, article.id)).toEqual(before);

    // A rejected change is never applied; the proposer proposes again and another editor approves.
    signIn(approver);
    expect(await rejectChangeAction({ requestId })).toMatchObject({ ok: true });
    expect(await approveChangeAction({ requestId })).toMatchObject({ ok: false });
    expect(await readersSee(slug, article.id)).toEqual(before);

    signIn(proposer);
    const again = held(
      await updateArticleAction({
        articleId: article.id,
        version: article.version,
        title: `बदला हुआ शीर्षक ${t}`,
        url: `https://elsewhere.example/${t}`,
        outletId: outlet.id,
        publishedAt: "2023-09-13",
        lang: "hi",
      }),
    );
    await approveAsSecondEditor(again);
    const after = await readersSee(slug, article.id);
    expect(JSON.stringify(after.jsonLd)).toContain(`बदला हुआ शीर्षक ${t}`);
    expect(JSON.stringify(after.jsonLd)).toContain(`https://elsewhere.example/${t}`);
    expect(after.article?.title).toBe(`बदला हुआ शीर्षक ${t}`);
  });

  it("(d) re-attaching an orphaned published appearance to injected words waits for a second editor", async () => {
    const t = tag();
    const outlet = await makeEntity("OUTLET", `Outlet ${t}`, `अख़बार ${t}`);
    const quote = `अधिकारी ने कहा कि ${t} पुल समय पर बनेगा`;
    const article = await makeArticle([quote, "यह दूसरी पंक्ति है"], outlet.id);
    const { slug, mentionId } = await publishedClaim(article.id, quote, null);

    // A new version of the article drops the quote and carries a sentence the claim never said.
    const injected = `अधिकारी ने कहा कि ${t} पुल कभी नहीं बनेगा`;
    signIn(proposer);
    const revised = await reviseArticleAction({
      articleId: article.id,
      revision: 1,
      body: `${injected}। यह दूसरी पंक्ति है।\n${tag()}`,
    });
    expect(revised).toMatchObject({ ok: true, data: { status: "revised", orphaned: 1 } });
    const before = await readersSee(slug, article.id);
    expect(before.quotes).toEqual([quote]);

    const body = (await db().article.findUniqueOrThrow({ where: { id: article.id } })).body;
    const start = body.indexOf(injected);
    const r = await reattachMentionAction({
      mentionId,
      revision: 2,
      start,
      end: start + injected.length,
    });
    const requestId = held(r);
    expect(await readersSee(slug, article.id)).toEqual(before);
    expect(
      (await db().mention.findUniqueOrThrow({ where: { id: mentionId } })).orphanedAt,
    ).not.toBeNull();

    await approveAsSecondEditor(requestId);
    const after = await readersSee(slug, article.id);
    expect(after.quotes).toEqual([injected]);
  });

  it("(e) a new version that changes one character of a published quote orphans it, never rewrites it", async () => {
    const t = tag();
    const outlet = await makeEntity("OUTLET", `Outlet ${t}`, `अख़बार ${t}`);
    const quote = `सरकार ने कहा कि वर्ष 2017 में ${t} अनाज का रिकॉर्ड उत्पादन हुआ`;
    const draftQuote = `विपक्ष ने कहा कि वर्ष 2017 में ${t} बेरोज़गारी सबसे ज़्यादा थी`;
    const article = await makeArticle([quote, draftQuote, "अंतिम पंक्ति"], outlet.id);
    const { slug, mentionId } = await publishedClaim(article.id, quote, null);
    // An unpublished claim on the same text: light fuzzy edits still move it.
    const draftBody = (await db().article.findUniqueOrThrow({ where: { id: article.id } })).body;
    const dStart = draftBody.indexOf(draftQuote);
    const draft = await logClaim(
      author,
      logClaimSchema.parse({
        articleId: article.id,
        start: dStart,
        end: dStart + draftQuote.length,
        textHi: draftQuote,
        speaker: { type: "article" },
        relays: [],
        confirmCrossing: true,
      }),
    );
    const before = await readersSee(slug, article.id);

    signIn(proposer);
    const revised = await reviseArticleAction({
      articleId: article.id,
      revision: 1,
      body: draftBody.replaceAll("2017", "2019"),
    });
    expect(revised).toMatchObject({ ok: true, data: { status: "revised" } });
    const published = await db().mention.findUniqueOrThrow({ where: { id: mentionId } });
    expect(published.exact).toBe(quote);
    expect(published.orphanedAt).not.toBeNull();
    expect(published.orphanReason).toMatch(/published/);
    const after = await readersSee(slug, article.id);
    expect(after.quotes).toEqual([quote]);
    expect(after.jsonLd).toEqual(before.jsonLd);

    const moved = await db().mention.findUniqueOrThrow({ where: { id: draft.mentionId } });
    expect(moved.orphanedAt).toBeNull();
    expect(moved.exact).toBe(draftQuote.replace("2017", "2019"));

    // Retiring the published orphan would take the appearance off the page: reviewed too.
    const retire = await retireMentionAction({ mentionId, revision: 2 });
    const requestId = held(retire);
    expect(await readersSee(slug, article.id)).toEqual(after);
    await approveAsSecondEditor(requestId);
    expect((await readersSee(slug, article.id)).quotes).toEqual([]);
  });

  it("a draft's entity and article are still edited directly", async () => {
    const t = tag();
    const speaker = await makeEntity("PERSON", `Draft Speaker ${t}`, `मसौदा ${t}`);
    const outlet = await makeEntity("OUTLET", `Outlet ${t}`, `अख़बार ${t}`);
    const quote = `नेता ने दावा किया कि ${t} गांवों में बिजली पहुंची`;
    const article = await makeArticle([quote, "और कुछ"], outlet.id);
    const body = article.body;
    const start = body.indexOf(quote);
    await logClaim(
      author,
      logClaimSchema.parse({
        articleId: article.id,
        start,
        end: start + quote.length,
        textHi: quote,
        speaker: { type: "entity", party: { entityId: speaker.id } },
        relays: [],
        confirmCrossing: true,
      }),
    );
    signIn(proposer);
    const renamed = await updateEntityAction({
      entityId: speaker.id,
      version: speaker.version,
      kind: "PERSON",
      nameHi: `मसौदा ${t}`,
      nameEn: `Renamed Draft Speaker ${t}`,
      aliases: [],
    });
    expect(renamed).toMatchObject({ ok: true, data: { saved: true } });
    const edited = await updateArticleAction({
      articleId: article.id,
      version: article.version,
      title: `नया शीर्षक ${t}`,
      outletId: outlet.id,
      lang: "hi",
    });
    expect(edited).toMatchObject({ ok: true, data: { version: article.version + 1 } });
    expect(
      await db().changeRequest.count({ where: { targetId: { in: [speaker.id, article.id] } } }),
    ).toBe(0);
  });
});
