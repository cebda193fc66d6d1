// The holes an outside review found in the editorial workflow, each tried again here through the real
// server actions on the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logClaimAction } from "@/lib/claim/actions";
import { getPublishedDossier } from "@/lib/claim/dossier";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { englishOf } from "@/lib/error-words";
import { addEvidenceAction } from "@/lib/source/actions";
import type { LibraryConflict } from "@/lib/source/schema";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import {
  articleText,
  auditFor,
  makeClaim,
  makeUser,
  realQuote,
  scratchArticle,
  setSessionLookup,
  signIn,
} from "../support/fixtures";

const VERDICT = {
  ratingId: "rating_half_true",
  summaryHi: "यह दावा आंशिक रूप से सही है, संदर्भ अधूरा है।",
  rationale: "परीक्षण के लिए लिखा गया तर्क: स्रोत दावे के एक हिस्से की पुष्टि करते हैं, दूसरे की नहीं।",
};

async function claimWithSource(author: SessionUser, sentence: number, seedId = "art_000") {
  // A copy of the seed article: other test files log the same sentences of the seed itself.
  const articleId = await scratchArticle(seedId);
  const { claimId } = await makeClaim(author, await realQuote(articleId, sentence), articleId);
  signIn(author);
  const ev = await addEvidenceAction({
    claimId,
    url: `https://example.org/src/${claimId}`,
    title: "A source",
    stance: "CONTEXT",
  });
  expect(ev.ok).toBe(true);
  return claimId;
}

async function draft(author: SessionUser, claimId: string) {
  signIn(author);
  const r = await saveVerdictDraftAction({ claimId, ...VERDICT });
  if (!r.ok) throw new Error(r.message);
  return r.data;
}

afterAll(() => signIn(null));

describe("the two-person rule counts everyone who wrote the verdict", () => {
  it("an admin who edited an editor's draft cannot publish it; the page names both writers", async () => {
    const [editor, admin, other] = await Promise.all([makeUser(), makeUser("ADMIN"), makeUser()]);
    const claimId = await claimWithSource(editor, 5);
    let { verdictId, version } = await draft(editor, claimId);

    signIn(admin);
    const edited = await saveVerdictDraftAction({
      claimId,
      verdictId,
      version,
      ...VERDICT,
      summaryHi: "एडमिन ने यह सार दोबारा लिखा है, अब यह भ्रामक है।",
    });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    version = edited.data.version;

    // The admin cannot send it for review alone either: only someone who wrote it can, and then…
    signIn(editor);
    expect(await submitVerdictAction({ verdictId, version })).toMatchObject({ ok: true });
    version += 1;
    // …the admin, a writer now, may not approve it.
    signIn(admin);
    expect(await publishVerdictAction({ verdictId, version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await sendVerdictBackAction({ verdictId, version, comment: "मैं ही इसे वापस भेजूं?" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });

    signIn(other);
    expect(await publishVerdictAction({ verdictId, version })).toMatchObject({ ok: true });
    const slug = (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).slug;
    const page = await getPublishedDossier(slug);
    expect(page?.verdict?.authors.map((a) => a.id)).toEqual([editor.id, admin.id]);
    expect(page?.verdict?.reviewer?.id).toBe(other.id);
  });
});

describe("what readers see does not change without review", () => {
  it("a new appearance cannot be added to a claim in review", async () => {
    const author = await makeUser();
    const claimId = await claimWithSource(author, 7, "art_002");
    const { verdictId, version } = await draft(author, claimId);
    expect(await submitVerdictAction({ verdictId, version })).toMatchObject({ ok: true });

    const body = await articleText("art_001");
    const quote = body.slice(200, 260);
    signIn(await makeUser());
    const r = await logClaimAction({
      articleId: "art_001",
      start: 200,
      end: 200 + quote.length,
      existingClaimId: claimId,
      speaker: { type: "article" },
      relays: [],
    });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().mention.count({ where: { claimId } })).toBe(1);
  });
});

describe("one unpublished verdict per claim", () => {
  it("20 concurrent first drafts make exactly one verdict; the others are told so", async () => {
    const author = await makeUser();
    const claimId = await claimWithSource(author, 9);
    signIn(author);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => saveVerdictDraftAction({ claimId, ...VERDICT })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().verdict.count({ where: { claimId } })).toBe(1);
  });

  it("the database itself refuses a second unpublished verdict", async () => {
    const author = await makeUser();
    const claimId = await claimWithSource(author, 11);
    await draft(author, claimId);
    await expect(
      db().verdict.create({ data: { claimId, authorId: author.id, ...VERDICT } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("a leftover draft on a published claim cannot be submitted, so the published check stays online", async () => {
    const [author, reviewer] = await Promise.all([makeUser(), makeUser()]);
    const claimId = await claimWithSource(author, 13);
    const { verdictId, version } = await draft(author, claimId);
    await submitVerdictAction({ verdictId, version });
    signIn(reviewer);
    expect(await publishVerdictAction({ verdictId, version: version + 1 })).toMatchObject({
      ok: true,
    });
    // A draft that slipped in beside the published verdict (as concurrent saves once made them):
    const leftover = await db().verdict.create({
      data: {
        claimId,
        authorId: author.id,
        ...VERDICT,
        contributors: { create: { userId: author.id } },
      },
    });

    signIn(author);
    expect(await submitVerdictAction({ verdictId: leftover.id, version: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(
      "PUBLISHED",
    );
  });

  it("send-back refuses when the claim is not in review", async () => {
    const [author, reviewer] = await Promise.all([makeUser(), makeUser()]);
    const claimId = await claimWithSource(author, 15);
    const { verdictId, version } = await draft(author, claimId);
    await db().verdict.update({ where: { id: verdictId }, data: { status: "IN_REVIEW" } }); // claim left OPEN
    signIn(reviewer);
    expect(
      await sendVerdictBackAction({ verdictId, version, comment: "यह समीक्षा में ही नहीं है" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("shared source records", () => {
  const url = "https://example.org/kcna/shoigu-visit";
  let first: SessionUser;
  let second: SessionUser;
  let claimA: string;
  let claimB: string;

  beforeAll(async () => {
    [first, second] = await Promise.all([makeUser(), makeUser()]);
    ({ claimId: claimA } = await makeClaim(first, await realQuote("art_003", 2), "art_003"));
    ({ claimId: claimB } = await makeClaim(second, await realQuote("art_003", 4), "art_003"));
    signIn(first);
    expect(
      await addEvidenceAction({
        claimId: claimA,
        url,
        title: "KCNA: Shoigu visit",
        publisher: "KCNA",
        stance: "SUPPORTS",
      }),
    ).toMatchObject({ ok: true });
  });

  it("a second editor's different title and archive link are not dropped: it is a conflict showing the library's record", async () => {
    signIn(second);
    const input = {
      claimId: claimB,
      url,
      title: "Shoigu arrives in Pyongyang",
      archiveUrl: "https://archive.example/kcna-shoigu",
      stance: "CONTEXT" as const,
    };
    const r = await addEvidenceAction(input);
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    if (r.ok) return;
    const details = r.details as LibraryConflict;
    expect(details.source).toMatchObject({
      title: "KCNA: Shoigu visit",
      publisher: "KCNA",
      archiveUrl: null,
    });
    expect(details.differences.sort()).toEqual(["archiveUrl", "title"]);
    expect(await db().evidence.count({ where: { claimId: claimB } })).toBe(0);

    // Choosing the library's record keeps what the editor typed in the audit event.
    const kept = await addEvidenceAction({ ...input, libraryChoice: "library" });
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    const [event] = await auditFor("Evidence", kept.data.evidenceId);
    expect(event.after).toMatchObject({
      declinedCitation: {
        title: "Shoigu arrives in Pyongyang",
        archiveUrl: "https://archive.example/kcna-shoigu",
      },
    });
    expect((await db().source.findUniqueOrThrow({ where: { id: kept.data.sourceId } })).title).toBe(
      "KCNA: Shoigu visit",
    );
  });

  it("correcting the library's record is an audited edit naming who changed what; a stale one is a conflict", async () => {
    signIn(second);
    const source = await db().source.findFirstOrThrow({ where: { url } });
    const input = {
      claimId: claimB,
      url,
      title: "KCNA: Shoigu visit",
      archiveUrl: "https://archive.example/kcna-shoigu",
      stance: "CONTEXT" as const,
    };
    const stale = await addEvidenceAction({
      ...input,
      libraryChoice: "update",
      sourceVersion: source.version + 5,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const r = await addEvidenceAction({
      ...input,
      libraryChoice: "update",
      sourceVersion: source.version,
    });
    expect(r.ok).toBe(true);
    const events = await auditFor("Source", source.id);
    const update = events.find((e) => e.action === "source.update")!;
    expect(update.actorId).toBe(second.id);
    expect(update.before).toMatchObject({ archiveUrl: null });
    expect(update.after).toMatchObject({
      archiveUrl: "https://archive.example/kcna-shoigu",
      title: "KCNA: Shoigu visit",
    });
  });

  it("a record cited by a published or in-review fact check cannot be changed this way", async () => {
    const source = await db().source.findFirstOrThrow({ where: { url } });
    await db().claim.update({ where: { id: claimA }, data: { status: "IN_REVIEW" } });
    const { claimId: claimC } = await makeClaim(second, await realQuote("art_003", 6), "art_003");
    signIn(second);
    const r = await addEvidenceAction({
      claimId: claimC,
      url,
      title: "Something else entirely",
      stance: "CONTEXT",
      libraryChoice: "update",
      sourceVersion: source.version,
    });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe(
      "KCNA: Shoigu visit",
    );
  });
});

describe("a database that does not answer", () => {
  const deadDb = createPrismaClient(
    "postgresql://postgres:wrong@127.0.0.1:9/postgres?connect_timeout=2",
  );
  const holder = globalThis as unknown as { prisma?: typeof deadDb };

  it("during the session lookup: the action returns UNAVAILABLE with a message, it does not throw", async () => {
    setSessionLookup(async () =>
      deadDb.user.findUnique({
        where: { id: "x" },
        select: { id: true, email: true, name: true, role: true },
      }),
    );
    const r = await saveVerdictDraftAction({ claimId: "whatever", ...VERDICT });
    expect(r).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    if (!r.ok) expect(r.message).toMatch(/Nothing was saved/);
    setSessionLookup(undefined);
  });

  it("during the write: the same", async () => {
    const author = await makeUser();
    signIn(author);
    const live = holder.prisma;
    holder.prisma = deadDb;
    try {
      const r = await saveVerdictDraftAction({ claimId: "claim_demo_grain", ...VERDICT });
      expect(r).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    } finally {
      holder.prisma = live;
    }
  });
});

describe("bad input is a form error, never a 500 or a silent fix", () => {
  let editor: SessionUser;
  // This file's copy of art_000: the same offsets, words nobody else logs.
  let articleId: string;
  beforeAll(async () => {
    editor = await makeUser();
    articleId = await scratchArticle();
  });
  const base = (start: number, end: number) => ({
    articleId,
    start,
    end,
    textHi: "एक जांचने योग्य दावा यहां लिखा है",
    speaker: { type: "article" as const },
    relays: [],
  });

  it("reversed and out-of-range offsets are refused", async () => {
    signIn(editor);
    const length = (await articleText("art_000")).length;
    expect(await logClaimAction(base(500, 400))).toMatchObject({ ok: false, code: "INVALID" });
    expect(await logClaimAction(base(length - 10, length + 50))).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await logClaimAction(base(-5, 10))).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("lone surrogates and NUL bytes are refused with a field error", async () => {
    signIn(editor);
    const at = (await articleText("art_000")).indexOf("बख्तरबंद");
    const lone = await logClaimAction({ ...base(at, at + 8), textHi: "दावा \uD800 टूटा हुआ अक्षर" });
    expect(lone).toMatchObject({ ok: false, code: "INVALID" });
    if (!lone.ok)
      expect(lone.fieldErrors?.textHi?.map((r) => englishOf(r)).join()).toMatch(/broken character/);
    const nul = await logClaimAction({ ...base(at, at + 8), textEn: "nul \u0000 byte" });
    expect(nul).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("an anonymous source's descriptor loses bidi overrides and zero-width characters, and must have letters", async () => {
    signIn(editor);
    const body = await articleText("art_000");
    const quote = "यह जगह रूस और नॉर्थ कोरिया सीमा से करीब 127 मील दूर है";
    const at = body.indexOf(quote);
    const blank = await logClaimAction({
      ...base(at, at + quote.length),
      speaker: { type: "anonymous", anonymousAs: "\u200B\u202E\u200D  " },
    });
    expect(blank).toMatchObject({ ok: false, code: "INVALID" });
    const r = await logClaimAction({
      ...base(at, at + quote.length),
      speaker: {
        type: "anonymous",
        anonymousAs: "\u202Eअज्ञात\u200B अधिकारी\u2066",
        cue: "के\u200B मुताबिक",
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const link = await db().attributionLink.findFirstOrThrow({
      where: { mentionId: r.data.mentionId },
    });
    expect(link.anonymousAs).toBe("अज्ञात अधिकारी");
    expect(link.cue).toBe("के मुताबिक");
  });
});
