// A new version of an article through the import (same address, other text) and the desk's form:
// the old text kept, mentions re-anchored or orphaned (never dropped), the audit written; then the
// orphan queue's re-attach and retire, through the real server actions and the real database.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { reviseArticleAction } from "@/lib/article/actions";
import { importArticle, importFile } from "@/lib/article/import-mutations";
import { revisedLine } from "@/lib/article/import-report";
import { getClaimDossier } from "@/lib/claim/dossier";
import { reattachMentionAction, retireMentionAction } from "@/lib/claim/mention-actions";
import { db } from "@/lib/db";
import { dismissSuggestionAction } from "@/lib/suggestion/actions";
import { listSpotSuggestions } from "@/lib/suggestion/data";
import type { SessionUser } from "@/lib/user/session-user";
import { articleText, auditFor, makeClaim, makeUser, signIn } from "../support/fixtures";

const CHANGED = "रूस अपने संप्रभुता और देश की रक्षा के लिए जंग लड़ रहा है";
const SHIFTED = "हम साम्राज्यवाद के खिलाफ इस लड़ाई में हमेशा रूस के साथ थे और रहेंगे";
const CUT = "इससे पहले किम जोंग ने स्पेस सेंटर में लॉन्च फेसेलिटी का जायजा लिया";
const CUT_TOO = "हालांकि, वो फिलहाल कोई डॉक्यूमेंट साइन नहीं करेंगे";
const INSERTED = "यह खबर अपडेट की जा रही है। ";

let editor: SessionUser;
let articleId: string;
let v1: string;
const url = `https://example.org/revised/${crypto.randomBytes(4).toString("hex")}`;
const claims: Record<string, string> = {};

beforeAll(async () => {
  editor = await makeUser();
  // The seed text with a tag of its own (its hash must be new), at an address of its own.
  v1 = `${await articleText("art_000")}\n${url}`;
  const r = await importArticle(db(), editor.id, {
    title: "संशोधन परीक्षण",
    body: v1,
    url,
    lang: "hi",
  });
  articleId = r.id;
  for (const q of [CHANGED, SHIFTED, CUT, CUT_TOO])
    claims[q] = (await makeClaim(editor, q, articleId)).claimId;
});

const mentionOf = (quote: string) =>
  db().mention.findFirstOrThrow({ where: { articleId, claimId: claims[quote] } });

describe("a new version of an article", () => {
  it("the same address with other text: revision kept, offsets moved, orphans queued, audited", async () => {
    const before = await db().mention.count({ where: { articleId } });
    const v2 = v1
      .replace("विदेश।", `विदेश। ${INSERTED}`)
      .replace(CHANGED, CHANGED.replace("अपने", "अपनी"))
      .replace(`${CUT}।`, "")
      .replace(`${CUT_TOO}।`, "");
    const report = await importFile(db(), editor.id, {
      name: "v2.json",
      content: JSON.stringify([{ title: "संशोधन परीक्षण", body: v2, url, lang: "hi" }]),
    });
    expect(report.imported).toEqual([]);
    expect(report.revised).toMatchObject([
      { id: articleId, revision: 2, reanchored: 2, orphaned: 2 },
    ]);
    expect(revisedLine(report.revised[0])).toBe(
      "new version of संशोधन परीक्षण: 2 re-anchored, 2 orphaned",
    );

    const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ body: v2, revision: 2 });
    expect(article.revisedAt).toBeInstanceOf(Date);
    const old = await db().articleRevision.findMany({ where: { articleId } });
    expect(old).toMatchObject([{ number: 1, body: v1, createdById: editor.id }]);

    // Nothing dropped: every mention row is still there.
    expect(await db().mention.count({ where: { articleId } })).toBe(before);
    const shifted = await mentionOf(SHIFTED);
    expect(v2.slice(shifted.start, shifted.end)).toBe(SHIFTED);
    expect(shifted).toMatchObject({ revision: 2, orphanedAt: null });
    const changed = await mentionOf(CHANGED);
    expect(changed.exact).toBe(CHANGED.replace("अपने", "अपनी"));
    expect(v2.slice(changed.start, changed.end)).toBe(changed.exact);
    for (const q of [CUT, CUT_TOO]) {
      const m = await mentionOf(q);
      expect(m.orphanedAt).toBeInstanceOf(Date);
      expect(m.orphanReason).toMatch(/not in the new text/);
      // Its old offsets still index into the revision it was logged on.
      expect(m.revision).toBe(1);
      expect(v1.slice(m.start, m.end)).toBe(q);
      // The claim keeps the appearance, marked as words of version 1, until someone re-attaches or
      // retires it: a published check never loses its chain silently.
      signIn(editor);
      const dossier = await getClaimDossier(claims[q]);
      expect(dossier?.mentions.map((d) => [d.exact, d.orphanedFromRevision])).toEqual([[q, 1]]);
    }

    const audit = (await auditFor("Article", articleId)).filter(
      (e) => e.action === "article.revise",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].before).toMatchObject({ revision: 1, mentions: 4 });
    const after = audit[0].after as { reanchored: number; orphaned: number; moves: unknown[] };
    expect(after).toMatchObject({ revision: 2, reanchored: 2, orphaned: 2 });
    expect(after.moves).toHaveLength(4);
    expect(after.moves).toContainEqual(
      expect.objectContaining({
        mentionId: shifted.id,
        to: { start: shifted.start, end: shifted.end },
      }),
    );
  });

  it("the desk form names the revision it read: a stale one is a conflict, the same text unchanged", async () => {
    signIn(editor);
    const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    const stale = await reviseArticleAction({ articleId, revision: 1, body: `${article.body} x` });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const same = await reviseArticleAction({ articleId, revision: 2, body: article.body });
    expect(same).toMatchObject({ ok: true, data: { status: "unchanged", revision: 2 } });
    expect(await db().articleRevision.count({ where: { articleId } })).toBe(1);
  });

  it("re-attach an orphan to words in the new text; retire another; neither twice", async () => {
    signIn(editor);
    const body = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).body;
    const orphan = await mentionOf(CUT);
    const words = "यह स्पेसपोर्ट रूस के पूर्वी आमूर क्षेत्र में है";
    const start = body.indexOf(words);
    const stale = await reattachMentionAction({
      mentionId: orphan.id,
      revision: 1,
      start,
      end: start + words.length,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const r = await reattachMentionAction({
      mentionId: orphan.id,
      revision: 2,
      start,
      end: start + words.length,
    });
    expect(r).toMatchObject({ ok: true });
    const placed = await mentionOf(CUT);
    expect(placed).toMatchObject({ orphanedAt: null, revision: 2, exact: words, start });
    expect((await auditFor("Mention", orphan.id)).map((e) => e.action)).toContain(
      "mention.reattach",
    );
    const again = await retireMentionAction({ mentionId: orphan.id, revision: 2 });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });

    const other = await mentionOf(CUT_TOO);
    const retired = await retireMentionAction({ mentionId: other.id, revision: 2, reason: "cut" });
    expect(retired).toMatchObject({ ok: true });
    const row = await mentionOf(CUT_TOO);
    expect(row.retiredAt).toBeInstanceOf(Date);
    expect(row.retiredById).toBe(editor.id);
    expect(row.exact).toBe(CUT_TOO);
    expect((await auditFor("Mention", other.id)).map((e) => e.action)).toContain("mention.retire");
  });

  it("an anonymous visitor can neither re-attach nor retire", async () => {
    signIn(null);
    const m = await mentionOf(CHANGED);
    expect(await retireMentionAction({ mentionId: m.id, revision: 2 })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});

describe("dismissed suggestions across a new version", () => {
  it("a dismissed sentence found again stays dismissed; one the new text lacks is dropped", async () => {
    const tag = crypto.randomBytes(4).toString("hex");
    const body = `${await articleText("art_000")}\n${tag}`;
    const { id } = await importArticle(db(), editor.id, {
      title: `खारिज ${tag}`,
      body,
      lang: "hi",
    });
    signIn(editor);
    const open = (await listSpotSuggestions(id))?.open ?? [];
    const speed = open.find((s) => s.text.includes("59 किलोमीटर प्रति घंटा"));
    const unsigned = open.find((s) => s.text.includes(CUT_TOO));
    if (!speed || !unsigned) throw new Error("expected suggestions missing");
    for (const s of [speed, unsigned])
      expect(
        await dismissSuggestionAction({ articleId: id, start: s.start, end: s.end }),
      ).toMatchObject({ ok: true });

    const v2 = body.replace("विदेश।", `विदेश। ${INSERTED}`).replace(`${CUT_TOO}।`, "");
    expect(await reviseArticleAction({ articleId: id, revision: 1, body: v2 })).toMatchObject({
      ok: true,
    });
    const after = await listSpotSuggestions(id);
    // Moved with its words: still dismissed, at its new place, not back among the suggestions.
    const still = after?.dismissed.find((s) => s.text.includes("59 किलोमीटर प्रति घंटा"));
    expect(still?.start).toBe(v2.indexOf(speed.text));
    expect(still?.start).not.toBe(speed.start);
    expect(after?.open.some((s) => s.text.includes("59 किलोमीटर प्रति घंटा"))).toBe(false);
    // Its sentence is gone from the text: nothing left to dismiss.
    const rows = await db().spotDismissal.findMany({ where: { articleId: id } });
    expect(rows.map((r) => r.quote)).toEqual([still?.text]);
    const [event] = (await auditFor("Article", id)).filter((e) => e.action === "article.revise");
    expect((event.after as { dismissals: unknown }).dismissals).toEqual({ moved: 1, dropped: 1 });
  });
});
