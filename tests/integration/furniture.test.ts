// Page furniture on real Postgres: stored for the seeds, confirmed and adjusted through the action
// gate with audit and version checks, and left out of the public article page's HTML while the
// stored body keeps every character.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import PublicArticlePage from "@/app/(public)/articles/[id]/page";
import { editFurnitureAction } from "@/lib/article/actions";
import { backfillFurniture } from "@/lib/article/furniture-backfill";
import { db } from "@/lib/db";
import { detectFurniture } from "@/lib/text/furniture";
import { auditFor, cacheCalls, makeUser, scratchArticle, signIn } from "../support/fixtures";

async function publicHtml(id: string): Promise<string> {
  const page = await PublicArticlePage({
    params: Promise.resolve({ id }),
    searchParams: Promise.resolve({}),
  });
  return renderToStaticMarkup(createElement("div", null, page));
}

const TEASER = "RSS Chief Mohan Bhagwat";

describe("page furniture", () => {
  let editor: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    editor = await makeUser();
  });

  it("every seed article has its detected furniture stored", async () => {
    const seeds = await db().article.findMany({
      where: { id: { in: ["art_000", "art_001", "art_002", "art_003"] } },
      select: { id: true, body: true, furniture: true },
    });
    expect(seeds).toHaveLength(4);
    for (const a of seeds) {
      expect(a.furniture, a.id).toEqual(detectFurniture(a.body));
      expect((a.furniture as unknown[]).length, a.id).toBeGreaterThan(0);
    }
  });

  it("articles stored before furniture was kept are backfilled with the detector's ranges", async () => {
    const id = await scratchArticle("art_002");
    await db().$executeRaw`UPDATE "Article" SET furniture = NULL WHERE id = ${id}`;
    expect(
      await backfillFurniture((sql, params) => db().$queryRawUnsafe(sql, ...params)),
    ).toBeGreaterThanOrEqual(1);
    const a = await db().article.findUniqueOrThrow({ where: { id } });
    expect(a.furniture).toEqual(detectFurniture(a.body));
  });

  it("the public page of art_001 and art_000 leaves furniture out; the stored bodies keep it", async () => {
    // Readers see the full text only of own or licensed articles (the seed's are other outlets'):
    // marked own for this test, and given back.
    const seeds = { id: { in: ["art_000", "art_001"] } };
    await db().article.updateMany({ where: seeds, data: { textRights: "OWN" } });
    const [a0, a1] = await Promise.all([publicHtml("art_000"), publicHtml("art_001")]).finally(() =>
      db().article.updateMany({ where: seeds, data: { textRights: "OTHER" } }),
    );
    expect(a1).not.toContain("Featured Video Of The Day");
    expect(a1).not.toContain("Advertisement");
    expect(a1).toContain("अमेरिकी नौसेना");
    expect(a0).not.toContain("Leave A Reply");
    const bodies = await db().article.findMany({
      where: { id: { in: ["art_000", "art_001"] } },
      select: { body: true },
    });
    const all = bodies.map((b) => b.body).join("\n");
    expect(all).toContain("Featured Video Of The Day");
    expect(all).toContain("Leave A Reply");
  });

  it("an editor marks a teaser line, confirms, un-marks: audited, version-checked, body untouched", async () => {
    const id = await scratchArticle("art_001");
    // Its public page shows the full text only as the newsroom's own (issue 17 item 7).
    await db().article.update({ where: { id }, data: { textRights: "OWN" } });
    const before = await db().article.findUniqueOrThrow({ where: { id } });
    expect(await publicHtml(id)).toContain(TEASER);
    signIn(editor);

    const at = before.body.indexOf(TEASER);
    const marked = await editFurnitureAction({
      op: "mark",
      articleId: id,
      version: before.version,
      start: at + 4,
      end: at + 10,
    });
    expect(marked.ok).toBe(true);
    if (!marked.ok) return;
    const line = marked.data.furniture.find((r) => r.kind === "editor");
    expect(before.body.slice(line!.start, line!.end)).toMatch(new RegExp(`^${TEASER}.*[^\\n]$`));
    expect(await publicHtml(id)).not.toContain(TEASER);
    expect(cacheCalls().some((c) => c.includes(`/articles/${id}`))).toBe(true);

    // Someone else's stale page: the version it read is gone.
    const stale = await editFurnitureAction({
      op: "confirm",
      articleId: id,
      version: before.version,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });

    const confirmed = await editFurnitureAction({
      op: "confirm",
      articleId: id,
      version: marked.data.version,
    });
    expect(confirmed.ok && confirmed.data.furniture.every((r) => r.confirmed)).toBe(true);
    if (!confirmed.ok) return;

    // The Hindi label "विज्ञापन" is an advertisement range too: un-mark the first English one.
    const ad = confirmed.data.furniture.find(
      (r) => before.body.slice(r.start, r.end) === "Advertisement",
    )!;
    const unmarked = await editFurnitureAction({
      op: "unmark",
      articleId: id,
      version: confirmed.data.version,
      start: ad.start,
    });
    expect(unmarked.ok).toBe(true);
    expect(await publicHtml(id)).toContain("Advertisement");

    const after = await db().article.findUniqueOrThrow({ where: { id } });
    expect(after.body).toBe(before.body);
    expect(after.contentHash).toBe(before.contentHash);
    expect(after.version).toBe(before.version + 3);

    const events = (await auditFor("Article", id)).filter((e) =>
      e.action.startsWith("article.furniture"),
    );
    expect(events.map((e) => e.action)).toEqual([
      "article.furniture.mark",
      "article.furniture.confirm",
      "article.furniture.unmark",
    ]);
    expect(events.every((e) => e.actorId === editor.id)).toBe(true);
    const texts = (j: unknown) =>
      (j as { furniture: { text: string }[] }).furniture.map((r) => r.text);
    expect(texts(events[0].before)).not.toContainEqual(expect.stringContaining(TEASER));
    expect(texts(events[0].after)).toContainEqual(expect.stringContaining(TEASER));
    expect(texts(events[2].after)).toHaveLength(texts(events[2].before).length - 1);
  });

  it("a line holding a published fact check's quote cannot be hidden as furniture", async () => {
    const id = await scratchArticle("art_000");
    const article = await db().article.findUniqueOrThrow({ where: { id } });
    const quote = "रूस 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है";
    const at = article.body.indexOf(quote);
    expect(at).toBeGreaterThan(0);
    // The seed's published claim, quoted in this copy (taken back below: the database is shared).
    const mention = await db().mention.create({
      data: {
        claimId: "claim_demo_grain",
        articleId: id,
        start: at,
        end: at + quote.length,
        exact: quote,
        prefix: article.body.slice(Math.max(0, at - 32), at),
        suffix: article.body.slice(at + quote.length, at + quote.length + 32),
      },
    });
    try {
      signIn(editor);
      const r = await editFurnitureAction({
        op: "mark",
        articleId: id,
        version: article.version,
        start: at + 2,
        end: at + 8,
      });
      expect(r).toMatchObject({ ok: false, code: "INVALID" });
      if (!r.ok) expect(r.message).toMatch(/published fact check/);
      const after = await db().article.findUniqueOrThrow({ where: { id } });
      expect(after.version).toBe(article.version);
      expect(await publicHtml(id)).toContain(quote.slice(0, 20));
    } finally {
      await db().mention.delete({ where: { id: mention.id } });
    }
  });

  it("readers cannot edit furniture; a blank selection marks nothing", async () => {
    const id = await scratchArticle("art_001");
    signIn(null);
    expect(await editFurnitureAction({ op: "confirm", articleId: id, version: 1 })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    signIn(editor);
    const { body, version } = await db().article.findUniqueOrThrow({ where: { id } });
    const blank = body.indexOf("\n\n") + 1;
    expect(
      await editFurnitureAction({
        op: "mark",
        articleId: id,
        version,
        start: blank,
        end: blank + 1,
      }),
    ).toMatchObject({ ok: false, code: "INVALID" });
  });
});
