// Handing a verdict draft to another editor (issue 17 item 3), through the real server actions and
// the real database: who may hand over and when, that the receiver edits and the giver no longer
// does, that both stay writers for the two-person rule, the audit sentence and the inbox notice,
// a save racing the hand-over, and the desk's list of drafts stranded since the newsroom day began.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayStart, newsroomDay } from "@/lib/calendar/days";
import { getClaimDossier } from "@/lib/claim/dossier";
import { db } from "@/lib/db";
import { describeHistory, listClaimHistory } from "@/lib/history/data";
import { encodeCursor } from "@/lib/paging";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  handOverVerdictAction,
  publishVerdictAction,
  saveVerdictDraftAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { listStaleDrafts } from "@/lib/verdict/data";
import { staleDraftsQuery } from "@/lib/verdict/schema";
import { makeClaim, makeUser, realQuote, scratchArticle, signIn } from "../support/fixtures";

const VERDICT = {
  ratingId: "rating_true",
  summaryHi: "हस्तांतरण परीक्षण का सारांश, जो पर्याप्त लंबा है।",
  rationale: "हस्तांतरण परीक्षण का तर्क: यह पाठ केवल परीक्षण के लिए लिखा गया है और पर्याप्त लंबा है।",
};
const DAY = 86_400_000;

let a: SessionUser;
let b: SessionUser;
let c: SessionUser;
let admin: SessionUser;
let article: string;

// Seed sentence n (mod 52) of art_000, logged in this file's scratch copy. The numbers used below pick
// sentences 20–26: a claim on the Peskov sentences (9–12) would match the spotter's suggestion that
// tests/integration/spot-suggestions.test.ts dismisses, and take it off art_000's open list.
async function draftBy(author: SessionUser, n: number) {
  const { claimId } = await makeClaim(author, await realQuote("art_000", n), article);
  signIn(author);
  const ev = await addEvidenceAction({
    claimId,
    url: `https://example.org/hand-over/${n}`,
    title: "A hand-over source",
    stance: "SUPPORTS",
  });
  expect(ev.ok).toBe(true);
  const saved = await saveVerdictDraftAction({ claimId, ...VERDICT });
  if (!saved.ok) throw new Error(saved.message);
  return { claimId, ...saved.data };
}

const touchedAt = (verdictId: string, at: Date) =>
  db().$executeRaw`UPDATE "Verdict" SET "updatedAt" = ${at} WHERE "id" = ${verdictId}`;
const noticesFor = (userId: string, claimId: string) =>
  db().notification.findMany({
    where: { userId, claimId },
    select: { kind: true, actorId: true },
  });
const historyOf = async (claimId: string) => {
  const claim = await getClaimDossier(claimId);
  if (!claim) throw new Error("claim missing");
  return (await describeHistory(await listClaimHistory(claim))).map((e) => e.sentence);
};

beforeAll(async () => {
  [a, b, c, admin] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser("ADMIN")]);
  article = await scratchArticle();
});
afterAll(() => signIn(null));

describe("handing a draft over", () => {
  it("the receiver edits and submits; giver and receiver both cannot review; a third editor can", async () => {
    const { claimId, verdictId, version } = await draftBy(a, 72);
    signIn(a);
    const handed = await handOverVerdictAction({ verdictId, version, toUserId: b.id });
    expect(handed).toEqual({ ok: true, data: { version: version + 1 } });

    // The giver's next save (a second tab, or typed before the hand-over) is refused, naming who
    // holds the draft now; nothing of the receiver's draft is overwritten.
    const late = await saveVerdictDraftAction({
      claimId,
      verdictId,
      version: version + 1,
      ...VERDICT,
      summaryHi: "देने वाले का बाद में लिखा गया सारांश, जो सहेजा नहीं जाना चाहिए।",
    });
    expect(late).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!late.ok && late.message).toContain(b.name);

    signIn(b);
    const edited = await saveVerdictDraftAction({
      claimId,
      verdictId,
      version: version + 1,
      ...VERDICT,
      summaryHi: "पाने वाले संपादक का सुधारा हुआ सारांश, जो पर्याप्त लंबा है।",
    });
    expect(edited).toMatchObject({ ok: true, data: { version: version + 2 } });
    expect(await submitVerdictAction({ verdictId, version: version + 2 })).toMatchObject({
      ok: true,
    });

    // Both wrote it: neither may review it, an admin giver included (the rule is about people).
    for (const who of [a, b]) {
      signIn(who);
      expect(await publishVerdictAction({ verdictId, version: version + 3 })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    const writers = await db().verdictContributor.findMany({
      where: { verdictId },
      select: { userId: true },
    });
    expect(writers.map((w) => w.userId).sort()).toEqual([a.id, b.id].sort());
    signIn(c);
    expect(await publishVerdictAction({ verdictId, version: version + 3 })).toMatchObject({
      ok: true,
    });

    // Audited, and read back as the claim page's history says it.
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityType: "Verdict", entityId: verdictId, action: "verdict.hand-over" },
    });
    expect(audit).toMatchObject({
      actorId: a.id,
      before: { authorId: a.id },
      after: { authorId: b.id },
    });
    signIn(c);
    expect(await historyOf(claimId)).toContain(`${a.name} handed the draft to ${b.name}`);
    // The receiver is told, by the giver; the giver is not told of their own act.
    expect(await noticesFor(b.id, claimId)).toContainEqual({ kind: "HANDED_OVER", actorId: a.id });
    expect((await noticesFor(a.id, claimId)).map((n) => n.kind)).not.toContain("HANDED_OVER");
  });

  it("a hand-over at an old version is refused when the author saved meanwhile", async () => {
    const { claimId, verdictId, version } = await draftBy(a, 73);
    signIn(a);
    const typed = "लेखक ने हस्तांतरण से ठीक पहले यह सारांश सहेजा, जो बचा रहना चाहिए।";
    const saved = await saveVerdictDraftAction({
      claimId,
      verdictId,
      version,
      ...VERDICT,
      summaryHi: typed,
    });
    expect(saved.ok).toBe(true);
    // The hand-over was opened before that save: it names the version it saw.
    const handed = await handOverVerdictAction({ verdictId, version, toUserId: b.id });
    expect(handed).toMatchObject({ ok: false, code: "CONFLICT" });
    const row = await db().verdict.findUniqueOrThrow({ where: { id: verdictId } });
    expect(row).toMatchObject({ authorId: a.id, summaryHi: typed, version: version + 1 });
  });

  it("before a newsroom day has passed only the author or an admin hands over; then anyone may take it", async () => {
    const { claimId, verdictId, version } = await draftBy(a, 74);
    signIn(c);
    expect(await handOverVerdictAction({ verdictId, version, toUserId: c.id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    // Nobody holds a draft they were not given: a disabled editor is not offered one.
    const gone = await makeUser();
    await db().user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    signIn(a);
    const toGone = await handOverVerdictAction({ verdictId, version, toUserId: gone.id });
    expect(toGone).toMatchObject({ ok: false, code: "INVALID" });
    expect(!toGone.ok && toGone.fieldErrors?.toUserId?.length).toBeTruthy();

    await touchedAt(verdictId, new Date(Date.now() - 2 * DAY));
    signIn(c);
    const taken = await handOverVerdictAction({ verdictId, version, toUserId: c.id });
    expect(taken).toMatchObject({ ok: true });
    expect(await historyOf(claimId)).toContain(`${c.name} took over the draft from ${a.name}`);
    // Taking it oneself tells nobody in the inbox of it as a hand-over to them.
    expect(await noticesFor(c.id, claimId)).toEqual([]);

    // An admin steps in on a fresh draft.
    signIn(admin);
    expect(
      await handOverVerdictAction({ verdictId, version: version + 1, toUserId: b.id }),
    ).toMatchObject({ ok: true });
  });
});

describe("stale drafts on the desk", () => {
  it("lists drafts untouched since the newsroom day began, oldest first, with keyset pages", async () => {
    const now = new Date();
    const today = dayStart(newsroomDay(now) as string);
    const older = await draftBy(a, 76);
    const old = await draftBy(b, 77);
    const fresh = await draftBy(a, 78);
    await touchedAt(older.verdictId, new Date(today.getTime() - 3 * DAY));
    // One millisecond before today began in the newsroom: stale; one after: not.
    await touchedAt(old.verdictId, new Date(today.getTime() - 1));
    await touchedAt(fresh.verdictId, new Date(today.getTime() + 1));
    signIn(c);
    const page = await listStaleDrafts(staleDraftsQuery.parse({}), now);
    const ids = page.items.map((v) => v.id);
    expect(ids).toContain(older.verdictId);
    expect(ids).toContain(old.verdictId);
    expect(ids).not.toContain(fresh.verdictId);
    expect(ids.indexOf(older.verdictId)).toBeLessThan(ids.indexOf(old.verdictId));
    const row = page.items.find((v) => v.id === old.verdictId);
    expect(row).toMatchObject({ author: { id: b.id }, lastTouchedBy: b.name });

    // The next page after the older draft starts past it.
    const first = page.items[ids.indexOf(older.verdictId)];
    const after = encodeCursor(first.updatedAt, first.id);
    const next = await listStaleDrafts(staleDraftsQuery.parse({ after }), now);
    expect(next.items.map((v) => v.id)).not.toContain(older.verdictId);
    expect(next.items.map((v) => v.id)).toContain(old.verdictId);
  });
});
