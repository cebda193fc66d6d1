// Correcting a claim's appearances (remove, re-select, edit the chain) and the guard rails on logging,
// through the real server actions and the real database.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logClaimAction } from "@/lib/claim/actions";
import {
  editAttributionAction,
  removeMentionAction,
  reselectMentionAction,
} from "@/lib/claim/mention-actions";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/user/session-user";
import { auditFor, makeUser, signIn } from "../support/fixtures";

const FIRST = "सरकार ने कहा कि इस साल गेहूं की खरीद रिकॉर्ड स्तर पर पहुंच गई है";
const SECOND = "मंत्री ने बताया कि बंदरगाहों से निर्यात दोगुना हो गया है";
const THIRD = "विपक्ष का दावा है कि किसानों को पूरा दाम नहीं मिला";

let editor: SessionUser;
let articleId: string;
let body: string;

const spanOf = (quote: string) => {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error("quote not in the test article");
  return { start, end: start + quote.length };
};
const claimVersion = async (id: string) =>
  (await db().claim.findUniqueOrThrow({ where: { id } })).version;

/** Logs `quote` as a new claim, or as another appearance of `existingClaimId`. */
async function log(quote: string, existingClaimId?: string, extra: object = {}) {
  const r = await logClaimAction({
    articleId,
    ...spanOf(quote),
    existingClaimId,
    textHi: quote,
    speaker: { type: "entity", party: { entityId: "ent_bbc", cue: "BBC के मुताबिक" } },
    relays: [],
    ...extra,
  });
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.data;
}

beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
  const tag = crypto.randomBytes(4).toString("hex");
  body = `परीक्षण लेख ${tag}\n${FIRST}।\nAdvertisement\n${SECOND}।\n${THIRD}।\nFeatured Video Of The Day\n`;
  ({ id: articleId } = await db().article.create({
    data: { title: `Test ${tag}`, body, contentHash: tag },
  }));
});
afterAll(() => signIn(null));

describe("guard rails when logging", () => {
  it("refuses a span across paragraphs and furniture unless the editor confirmed it", async () => {
    const crossing = { start: spanOf(FIRST).start, end: spanOf(SECOND).end };
    const input = {
      articleId,
      ...crossing,
      textHi: FIRST,
      speaker: { type: "article" as const },
      relays: [],
    };
    const refused = await logClaimAction(input);
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    if (refused.ok) return;
    expect(refused.message).toContain("Advertisement");
    expect(refused.fieldErrors?.confirmCrossing).toBeDefined();
    expect(await db().mention.count({ where: { articleId } })).toBe(0);

    const confirmed = await logClaimAction({ ...input, confirmCrossing: true });
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    const m = await db().mention.findUniqueOrThrow({ where: { id: confirmed.data.mentionId } });
    expect(m.exact).toContain("Advertisement");
    // Clean up so the tests below start from an article with nothing logged.
    await db().claim.delete({ where: { id: confirmed.data.claimId } });
  });

  it("the same span logged twice (Back, submit again) is the same claim with one appearance", async () => {
    const first = await log(FIRST);
    expect(first.existing).toBe(false);
    const again = await log(FIRST);
    expect(again).toEqual({ ...first, existing: true });
    // A selection that slipped by a word or two is still the same quote.
    const { start, end } = spanOf(FIRST);
    const r = await logClaimAction({
      articleId,
      start: start + 6,
      end,
      textHi: FIRST,
      speaker: { type: "article" },
      relays: [],
    });
    expect(r).toMatchObject({ ok: true, data: { claimId: first.claimId, existing: true } });
    expect(await db().mention.count({ where: { articleId } })).toBe(1);
    expect(await db().claim.count({ where: { mentions: { some: { articleId } } } })).toBe(1);
  });
});

describe("correcting an appearance", () => {
  let claimId: string;
  let firstId: string;
  let secondId: string;

  beforeAll(async () => {
    ({ claimId, mentionId: firstId } = await log(FIRST));
    ({ mentionId: secondId } = await log(SECOND, claimId));
  });

  it("re-selects an appearance's words, keeping its chain; audited before and after", async () => {
    const version = await claimVersion(claimId);
    const r = await reselectMentionAction({ mentionId: secondId, version, ...spanOf(THIRD) });
    expect(r).toMatchObject({ ok: true, data: { claimId } });
    const m = await db().mention.findUniqueOrThrow({
      where: { id: secondId },
      include: { attribution: true },
    });
    expect(m.exact).toBe(THIRD);
    expect(m.attribution).toMatchObject([{ position: 0, entityId: "ent_bbc" }]);
    expect(await claimVersion(claimId)).toBe(version + 1);
    const [event] = (await auditFor("Mention", secondId)).filter(
      (e) => e.action === "mention.reselect",
    );
    expect(event.before).toMatchObject({ exact: SECOND });
    expect(event.after).toMatchObject({ exact: THIRD });
  });

  it("refuses words another appearance of the claim already uses, and a stale version", async () => {
    const version = await claimVersion(claimId);
    const taken = await reselectMentionAction({ mentionId: secondId, version, ...spanOf(FIRST) });
    expect(taken).toMatchObject({ ok: false, code: "CONFLICT" });
    const stale = await reselectMentionAction({
      mentionId: secondId,
      version: version - 1,
      ...spanOf(SECOND),
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(stale.ok || stale.message).toMatch(/reload/);
    expect((await db().mention.findUniqueOrThrow({ where: { id: secondId } })).exact).toBe(THIRD);
  });

  it("re-selecting runs the logging checks: a span across furniture needs confirming", async () => {
    const version = await claimVersion(claimId);
    const across = { start: spanOf(THIRD).start, end: body.indexOf("Featured") + 8 };
    const refused = await reselectMentionAction({ mentionId: secondId, version, ...across });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(refused.ok || refused.message).toContain("Featured Video Of The Day");
    const beyond = await reselectMentionAction({
      mentionId: secondId,
      version,
      start: 1,
      end: 10 ** 6,
    });
    expect(beyond).toMatchObject({ ok: false, code: "INVALID" });
    expect(await claimVersion(claimId)).toBe(version);
    expect((await db().mention.findUniqueOrThrow({ where: { id: secondId } })).exact).toBe(THIRD);
  });

  it("replaces the attribution chain in one change, audited before and after", async () => {
    const version = await claimVersion(claimId);
    const r = await editAttributionAction({
      mentionId: secondId,
      version,
      speaker: {
        type: "anonymous",
        anonymousAs: "एक अधिकारी",
        affiliationId: "ent_ru_mfa",
        verb: "SAID",
        cue: "ने कहा",
      },
      relays: [{ entityId: "ent_bbc", cue: "के हवाले से" }],
    });
    expect(r.ok).toBe(true);
    const links = await db().attributionLink.findMany({
      where: { mentionId: secondId },
      orderBy: { position: "asc" },
      include: { entity: true },
    });
    expect(links.map((l) => [l.role, l.entity?.nameHi ?? l.anonymousAs])).toEqual([
      ["SPEAKER", "एक अधिकारी"],
      ["RELAY", expect.any(String)],
    ]);
    const [event] = (await auditFor("Mention", secondId)).filter(
      (e) => e.action === "mention.attribution",
    );
    expect((event.before as { attribution: unknown[] }).attribution).toHaveLength(1);
    expect((event.after as { attribution: unknown[] }).attribution).toHaveLength(2);

    const stale = await editAttributionAction({
      mentionId: secondId,
      version,
      speaker: { type: "article" },
      relays: [],
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().attributionLink.count({ where: { mentionId: secondId } })).toBe(2);
  });

  it("removes an appearance with its chain, audited with the reason; never the only one", async () => {
    const version = await claimVersion(claimId);
    const stale = await removeMentionAction({ mentionId: firstId, version: version - 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });

    const r = await removeMentionAction({
      mentionId: firstId,
      version,
      reason: "slipped selection",
    });
    expect(r.ok).toBe(true);
    expect(await db().mention.findUnique({ where: { id: firstId } })).toBeNull();
    expect(await db().attributionLink.count({ where: { mentionId: firstId } })).toBe(0);
    const [event] = await auditFor("Mention", firstId).then((es) =>
      es.filter((e) => e.action === "mention.delete"),
    );
    expect(event.before).toMatchObject({ claimId, exact: FIRST, attribution: [{ position: 0 }] });
    expect(event.after).toEqual({ reason: "slipped selection" });

    const only = await removeMentionAction({ mentionId: secondId, version: version + 1 });
    expect(only).toMatchObject({ ok: false, code: "INVALID" });
    expect(only.ok || only.message).toMatch(/withdraw the claim/);
    expect(await db().mention.count({ where: { claimId } })).toBe(1);
  });

  it("refuses every correction once the claim is not editable", async () => {
    await log(FIRST, claimId);
    await db().claim.update({ where: { id: claimId }, data: { status: "IN_REVIEW" } });
    const version = await claimVersion(claimId);
    const results = await Promise.all([
      removeMentionAction({ mentionId: secondId, version }),
      reselectMentionAction({ mentionId: secondId, version, ...spanOf(SECOND) }),
      editAttributionAction({
        mentionId: secondId,
        version,
        speaker: { type: "article" },
        relays: [],
      }),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await claimVersion(claimId)).toBe(version);
    expect(await db().mention.count({ where: { claimId } })).toBe(2);
  });
});
