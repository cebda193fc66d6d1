// The verdict workflow through the real server actions and the real database: policies, audit
// events in the same transaction, and conflicts between two editors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logClaimAction, updateClaimAction } from "@/lib/claim/actions";
import { db } from "@/lib/db";
import { addEvidenceAction, removeEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import {
  auditFor,
  cacheCalls,
  makeClaim,
  makeUser,
  scratchArticle,
  signIn,
} from "../support/fixtures";

const QUOTE = "इस ट्रेन को 1949 में किम के दादा किम इल संग को स्टालिन ने गिफ्ट किया था";
const VERDICT = {
  ratingId: "rating_true",
  summaryHi: "ट्रेन की परंपरा किम इल संग के समय से चली आ रही है।",
  rationale: "इतिहासकारों के अनुसार सोवियत संघ ने किम इल संग को बख्तरबंद डिब्बे दिए थे; यह परीक्षण का पाठ है।",
};

let author: SessionUser;
let reviewer: SessionUser;
let admin: SessionUser;
let claimId: string;

beforeAll(async () => {
  [author, reviewer, admin] = await Promise.all([makeUser(), makeUser(), makeUser("ADMIN")]);
  ({ claimId } = await makeClaim(author, QUOTE));
});
afterAll(() => signIn(null));

describe("the gate in front of every action", () => {
  it("refuses a caller with no session before looking at the input", async () => {
    signIn(null);
    const r = await saveVerdictDraftAction({ claimId, ...VERDICT });
    expect(r).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db().verdict.count({ where: { claimId } })).toBe(0);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    signIn(author);
    const before = await db().auditEvent.count();
    const r = await logClaimAction({
      articleId: "art_000",
      start: 10,
      end: 20,
      textHi: "छोटा",
      speaker: { type: "entity", party: { entityId: "" } },
      relays: [{ entityId: "" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("INVALID");
    expect(Object.keys(r.fieldErrors!)).toEqual(
      expect.arrayContaining(["textHi", "speaker.party.entityId", "relays.0.entityId"]),
    );
    expect(await db().auditEvent.count()).toBe(before);
  });
});

describe("draft → review → publish", () => {
  let verdictId: string;
  let version: number;

  it("a draft cannot go to review without a source", async () => {
    signIn(author);
    const saved = await saveVerdictDraftAction({ claimId, ...VERDICT });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    ({ verdictId, version } = saved.data);
    const r = await submitVerdictAction({ verdictId, version });
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
    expect((await db().verdict.findUniqueOrThrow({ where: { id: verdictId } })).status).toBe(
      "DRAFT",
    );
  });

  it("records who added and removed each source", async () => {
    signIn(author);
    const first = await addEvidenceAction({
      claimId,
      url: "https://example.org/archive/stalin-train",
      title: "Stalin's gift",
      stance: "SUPPORTS",
    });
    const second = await addEvidenceAction({
      claimId,
      url: "https://example.org/other",
      title: "Unrelated page",
      stance: "CONTEXT",
    });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(await removeEvidenceAction({ evidenceId: second.data.evidenceId })).toMatchObject({
      ok: true,
    });
    const events = await auditFor("Evidence", second.data.evidenceId);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["evidence.create", author.id],
      ["evidence.delete", author.id],
    ]);
    expect(events[1].before).toMatchObject({ stance: "CONTEXT", claimId });
  });

  it("a stale save is a conflict, not an overwrite", async () => {
    signIn(author);
    const fresh = await saveVerdictDraftAction({
      claimId,
      verdictId,
      version,
      ...VERDICT,
      summaryHi: "पहला संपादन: ट्रेन स्टालिन का उपहार थी।",
    });
    expect(fresh.ok).toBe(true);
    const stale = await saveVerdictDraftAction({
      claimId,
      verdictId,
      version,
      ...VERDICT,
      summaryHi: "पुराने संस्करण पर आधारित संपादन।",
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const v = await db().verdict.findUniqueOrThrow({ where: { id: verdictId } });
    expect(v.summaryHi).toBe("पहला संपादन: ट्रेन स्टालिन का उपहार थी।");
    version = v.version;
  });

  it("another editor cannot edit someone's draft", async () => {
    signIn(reviewer);
    const r = await saveVerdictDraftAction({ claimId, verdictId, version, ...VERDICT });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("the author submits; the author cannot approve, not even as an admin", async () => {
    signIn(author);
    expect(await submitVerdictAction({ verdictId, version })).toMatchObject({ ok: true });
    version += 1;
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(
      "IN_REVIEW",
    );

    expect(await publishVerdictAction({ verdictId, version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await db().user.update({ where: { id: author.id }, data: { role: "ADMIN" } });
    signIn({ ...author, role: "ADMIN" });
    expect(await publishVerdictAction({ verdictId, version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await db().verdict.findUniqueOrThrow({ where: { id: verdictId } })).status).toBe(
      "IN_REVIEW",
    );
  });

  it("the claim's wording is locked while in review", async () => {
    signIn(reviewer);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const r = await updateClaimAction({
      claimId,
      version: claim.version,
      textHi: "समीक्षा के दौरान बदला गया दावा",
    });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a reviewer sends it back with a comment; the author resubmits; another editor publishes", async () => {
    signIn(reviewer);
    expect(
      await sendVerdictBackAction({ verdictId, version, comment: "स्रोत और जोड़ें" }),
    ).toMatchObject({ ok: true });
    version += 1;
    const back = await db().verdict.findUniqueOrThrow({ where: { id: verdictId } });
    expect([back.status, back.reviewComment]).toEqual(["DRAFT", "स्रोत और जोड़ें"]);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(
      "SENT_BACK",
    );

    signIn(author);
    expect(await submitVerdictAction({ verdictId, version })).toMatchObject({ ok: true });
    version += 1;

    cacheCalls().length = 0;
    signIn(admin);
    const published = await publishVerdictAction({ verdictId, version });
    expect(published.ok).toBe(true);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe("PUBLISHED");
    expect(claim.publishedAt).not.toBeNull();
    const v = await db().verdict.findUniqueOrThrow({ where: { id: verdictId } });
    expect([v.status, v.reviewerId]).toEqual(["PUBLISHED", admin.id]);
    // the public pages that show this claim are expired
    expect(cacheCalls()).toEqual(
      expect.arrayContaining([
        "tag:published",
        "path:/",
        `path:/claims/${claim.slug}`,
        "path:/articles/art_000",
      ]),
    );
  });

  it("wrote one audit event per step, each naming who did it", async () => {
    const events = await auditFor("Verdict", verdictId);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["verdict.create", author.id],
      ["verdict.update", author.id],
      ["verdict.submit", author.id],
      ["verdict.send-back", reviewer.id],
      ["verdict.submit", author.id],
      ["verdict.publish", admin.id],
    ]);
    const publish = events.at(-1)!;
    expect(publish.before).toMatchObject({ status: "IN_REVIEW" });
    expect(publish.after).toMatchObject({ status: "PUBLISHED", reviewerId: admin.id });
    const claimEvents = await auditFor("Claim", claimId);
    expect(claimEvents.map((e) => e.action)).toEqual(["claim.create", "claim.publish"]);
  });
});

describe("logging claims", () => {
  it("refuses another appearance of a published claim: readers would see a new speaker without review", async () => {
    signIn(reviewer);
    const quote = "उनकी विशेष ट्रेन मंगलवार को रूस (Russia) पहुंच गई";
    const body = (await db().article.findUniqueOrThrow({ where: { id: "art_002" } })).body;
    const start = body.indexOf(quote);
    cacheCalls().length = 0;
    const mentionsBefore = await db().mention.count({ where: { claimId } });
    const r = await logClaimAction({
      articleId: "art_002",
      start,
      end: start + quote.length,
      existingClaimId: claimId,
      speaker: { type: "anonymous", anonymousAs: "एक नया वक्ता" },
      relays: [],
    });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().mention.count({ where: { claimId } })).toBe(mentionsBefore);
    // nothing of the refused write is left behind: not even the source it named
    expect(await db().attributionLink.count({ where: { anonymousAs: "एक नया वक्ता" } })).toBe(0);
    expect(cacheCalls()).toEqual([]);
  });

  it("refuses a chain link typed as a name: names join the registry through its duplicate check", async () => {
    signIn(author);
    const quote = "नॉर्थ कोरिया के पास लाखों की संख्या में आर्टिलेरी शेल और रॉकेट हैं";
    // A copy of art_000: other test files log this sentence of the seed itself.
    const articleId = await scratchArticle();
    const body = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).body;
    const start = body.indexOf(quote);
    const entities = await db().entity.count();
    const chainOf = (party: Record<string, string>) => ({
      articleId,
      start,
      end: start + quote.length,
      textHi: quote,
      speaker: { type: "entity" as const, party: party as { entityId: string } },
      relays: [],
    });
    // The old form's "new name" shape: no entity id, so refused, and nothing is created.
    const typed = await logClaimAction(
      chainOf({ newEntityName: "दक्षिण कोरियाई खुफिया एजेंसी", newEntityKind: "GOVERNMENT" }),
    );
    expect(typed).toMatchObject({ ok: false, code: "INVALID" });
    if (typed.ok) return;
    expect(Object.keys(typed.fieldErrors ?? {})).toContain("speaker.party.entityId");
    // An id that is not in the registry is refused too.
    const unknown = await logClaimAction(chainOf({ entityId: "ent_nobody_at_all" }));
    expect(unknown.ok).toBe(false);
    expect(await db().entity.count()).toBe(entities);
  });

  it("anchors the stored quote to the snapped selection, so the mention re-finds its text", async () => {
    signIn(author);
    const quote = "यह जगह रूस और नॉर्थ कोरिया सीमा से करीब 127 मील दूर है";
    const body = (await db().article.findUniqueOrThrow({ where: { id: "art_000" } })).body;
    const start = body.indexOf(quote);
    // a sloppy selection: a leading space and the closing danda
    const r = await logClaimAction({
      articleId: "art_000",
      start: start - 1,
      end: start + quote.length + 1,
      textHi: quote,
      speaker: { type: "article" },
      relays: [],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = await db().mention.findUniqueOrThrow({ where: { id: r.data.mentionId } });
    expect([m.start, m.end, m.exact]).toEqual([start, start + quote.length, quote]);
    expect(body.slice(m.start - m.prefix.length, m.start)).toBe(m.prefix);
  });
});
