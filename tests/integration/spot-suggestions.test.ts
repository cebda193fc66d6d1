// Spotter suggestions in the editors' reader, against the real database: the loader proposes the
// seed article's flagged sentences with their signals and attribution, leaves out what is logged
// and what was dismissed; dismissing and restoring go through the gate, audited in the same
// transaction, idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Suggestion } from "@/lib/spot/suggestions";
import { dismissSuggestionAction, restoreSuggestionAction } from "@/lib/suggestion/actions";
import { listSpotSuggestions } from "@/lib/suggestion/data";
import type { SessionUser } from "@/lib/user/session-user";
import {
  articleText,
  auditFor,
  makeClaim,
  makeUser,
  scratchArticle,
  signIn,
} from "../support/fixtures";
import { asOwner } from "../support/owner-sql";

const TRAIN_SPEED = "59 किलोमीटर प्रति घंटा";
const BULLETPROOF = "20 बुलेटप्रूफ गाड़ियां";
const PESKOV = "वो हमारे पड़ोसी हैं।";

let editor: SessionUser;
let other: SessionUser;

beforeAll(async () => {
  [editor, other] = await Promise.all([makeUser(), makeUser()]);
});
afterAll(() => signIn(null));

async function suggestions() {
  const s = await listSpotSuggestions("art_000");
  if (!s) throw new Error("art_000 not found");
  return s;
}
const find = (list: Suggestion[], words: string) => list.find((s) => s.text.includes(words));

describe("the article reader's suggestions", () => {
  it("proposes flagged sentences with their signals, spans into the body and a registry speaker", async () => {
    signIn(editor);
    const body = await articleText("art_000");
    const { open } = await suggestions();
    expect(open.length).toBeGreaterThan(10);
    for (const s of open) {
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(s.signals.length).toBeGreaterThan(0);
    }
    const speed = find(open, TRAIN_SPEED);
    expect(speed).toMatchObject({
      signals: expect.arrayContaining(["number", "quantity", "reported"]),
      claimant: { id: "ent_bbc", name: "BBC" },
    });
    // A relayed claim names the relay by registry id, in the chain's order.
    const wine = find(open, "NK न्यूज ने");
    expect(wine?.claimant?.id).toBe("ent_ru_mfa");
    expect(wine?.via).toEqual([{ id: "ent_nknews", name: "NK News" }]);
  });

  it("leaves out a sentence once any part of it is logged", async () => {
    signIn(editor);
    expect(find((await suggestions()).open, BULLETPROOF)).toBeDefined();
    await makeClaim(editor, `किम जोंग उन की बख्तरबंद ट्रेन में ${BULLETPROOF}`);
    const after = await suggestions();
    expect(find(after.open, BULLETPROOF)).toBeUndefined();
    expect(find(after.dismissed, BULLETPROOF)).toBeUndefined();
  });

  it("leaves out a line an editor marked as page furniture", async () => {
    signIn(editor);
    const articleId = await scratchArticle();
    const before = await listSpotSuggestions(articleId);
    const peskov = find(before?.open ?? [], PESKOV);
    if (!peskov) throw new Error("no Peskov suggestion");
    // The editor's mark, as the furniture panel stores it: whole lines, over the untouched body.
    const body = await articleText(articleId);
    const lineStart = body.lastIndexOf("\n", peskov.start) + 1;
    const lineEnd = body.indexOf("\n", peskov.end);
    await db().article.update({
      where: { id: articleId },
      data: {
        furniture: [{ start: lineStart, end: lineEnd, kind: "editor", confirmed: true }],
      },
    });
    const after = await listSpotSuggestions(articleId);
    expect(find(after?.open ?? [], PESKOV)).toBeUndefined();
    expect(after?.open.length).toBeLessThan(before?.open.length ?? 0);
  });

  it("is for editors only", async () => {
    signIn(null);
    await expect(listSpotSuggestions("art_000")).rejects.toMatchObject({
      digest: expect.stringMatching(/NEXT_REDIRECT.*\/signin/),
    });
  });
});

describe("dismissing and restoring a suggestion", () => {
  it("hides it for every editor, audited in the same transaction, and is idempotent", async () => {
    signIn(editor);
    const target = find((await suggestions()).open, PESKOV);
    if (!target) throw new Error("no suggestion for the Peskov quote");
    const span = { articleId: "art_000", start: target.start, end: target.end };
    const auditBefore = (await auditFor("Article", "art_000")).length;

    expect(await dismissSuggestionAction(span)).toEqual({ ok: true, data: { changed: true } });
    expect(await dismissSuggestionAction(span)).toEqual({ ok: true, data: { changed: false } });
    const rows = await db().spotDismissal.findMany({ where: span });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ quote: PESKOV, dismissedById: editor.id });
    const audit = (await auditFor("Article", "art_000")).slice(auditBefore);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["suggestion.dismiss", editor.id]]);
    expect(audit[0].after).toMatchObject({ start: span.start, end: span.end, quote: PESKOV });

    signIn(other);
    const seen = await suggestions();
    expect(find(seen.open, PESKOV)).toBeUndefined();
    expect(find(seen.dismissed, PESKOV)?.key).toBe(target.key);

    expect(await restoreSuggestionAction(span)).toEqual({ ok: true, data: { changed: true } });
    expect(await restoreSuggestionAction(span)).toEqual({ ok: true, data: { changed: false } });
    expect(find((await suggestions()).open, PESKOV)).toBeDefined();
    const restored = (await auditFor("Article", "art_000")).slice(auditBefore);
    expect(restored.map((a) => [a.action, a.actorId])).toEqual([
      ["suggestion.dismiss", editor.id],
      ["suggestion.restore", other.id],
    ]);
  });

  it("writes the row and its audit event together, or neither", async () => {
    signIn(editor);
    const target = (await suggestions()).open[0];
    const span = { articleId: "art_000", start: target.start, end: target.end };
    // A trigger that fails every audit insert for this action: the dismissal must roll back with it.
    await asOwner(`
      CREATE OR REPLACE FUNCTION pramaan_test_fail_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.action = 'suggestion.dismiss' THEN RAISE EXCEPTION 'audit refused'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await asOwner(
      `CREATE TRIGGER pramaan_test_fail_audit BEFORE INSERT ON "AuditEvent"
       FOR EACH ROW EXECUTE FUNCTION pramaan_test_fail_audit()`,
    );
    try {
      expect(await dismissSuggestionAction(span)).toMatchObject({ ok: false, code: "INTERNAL" });
    } finally {
      await asOwner(`DROP TRIGGER pramaan_test_fail_audit ON "AuditEvent"`);
      await asOwner(`DROP FUNCTION pramaan_test_fail_audit()`);
    }
    expect(await db().spotDismissal.count({ where: span })).toBe(0);
  });

  it("refuses anonymous callers and spans outside the text", async () => {
    signIn(editor);
    const body = await articleText("art_000");
    const span = { articleId: "art_000", start: 0, end: 10 };
    signIn(null);
    expect(await dismissSuggestionAction(span)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await restoreSuggestionAction(span)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await db().spotDismissal.count({ where: span })).toBe(0);
    signIn(editor);
    expect(
      await dismissSuggestionAction({ articleId: "art_000", start: 0, end: body.length + 1 }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(await dismissSuggestionAction({ articleId: "art_000", start: 5, end: 5 })).toMatchObject(
      { ok: false, code: "INVALID" },
    );
    expect(
      await dismissSuggestionAction({ articleId: "no_such_article", start: 0, end: 5 }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
