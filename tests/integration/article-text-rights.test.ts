// Issue 17 item 7: readers see another outlet's article as its checked claims in context and a link,
// never its full text; the newsroom's own or licensed articles are public in full. Checked on the
// seeded articles (all four are other outlets'), through the data the public page reads and every
// public route that returns article words — the v1 API and readers' reports — and the desk's
// setting through its gated server action, its audit event and the history sentence.
import { afterAll, describe, expect, it } from "vitest";
import { GET as claimGET } from "@/app/api/v1/claims/[slug]/route";
import { GET as claimsGET } from "@/app/api/v1/claims/route";
import { GET as reportsGET } from "@/app/api/v1/reports/route";
import { setTextRightsAction } from "@/lib/article/actions";
import { getPublicArticle } from "@/lib/article/data";
import { db } from "@/lib/db";
import { describeHistory, listArticleHistory } from "@/lib/history/data";
import { DEMO_CLAIM } from "@/prisma/demo-data";
import { cacheCalls, makeUser, signIn } from "../support/fixtures";

const SEED_ARTICLES = ["art_000", "art_001", "art_002", "art_003"];
const DEMO_ARTICLE = "art_000";

/**
 * The article's lines a reader must not get from a page or route: every line of at least 30
 * characters that no published quote touches (a quote's own line may be shown around it) and that
 * is not the headline (the title is the article's public record).
 */
async function privateLines(articleId: string): Promise<string[]> {
  const a = await db().article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      body: true,
      title: true,
      mentions: { where: { claim: { status: "PUBLISHED" } }, select: { start: true, end: true } },
    },
  });
  const lines: string[] = [];
  let at = 0;
  for (const line of a.body.split("\n")) {
    const start = at;
    at += line.length + 1;
    const touched = a.mentions.some((m) => m.start < start + line.length && m.end > start);
    const text = line.trim();
    if (!touched && text.length >= 30 && !a.title.includes(text)) lines.push(text);
  }
  return lines;
}

const leaked = (out: string, lines: string[]) => lines.filter((l) => out.includes(l));

const api = (url: string) =>
  new Request(`http://localhost/api/v1${url}`, { headers: { "x-pramaan-client-ip": "10.8.0.7" } });

describe("what readers see of another outlet's article", () => {
  it("the seed's four articles are other outlets': no body, no line of it, each claim in context", async () => {
    for (const id of SEED_ARTICLES) {
      const a = await getPublicArticle(id);
      expect(a, id).not.toBeNull();
      expect(a).toMatchObject({ full: false, textRights: "OTHER" });
      expect(a).not.toHaveProperty("body");
      const lines = await privateLines(id);
      expect(lines.length, `${id} has lines to withhold`).toBeGreaterThan(3);
      expect(leaked(JSON.stringify(a), lines), id).toEqual([]);
    }
    // The demo claim's quote is shown with a few words around it, not its paragraph.
    const demo = await getPublicArticle(DEMO_ARTICLE);
    if (!demo || demo.full) throw new Error("expected the demo article withheld");
    const m = demo.mentions.find((x) => x.exact === DEMO_CLAIM.quote);
    expect(m?.context.before.length).toBeGreaterThan(0);
    expect((m?.context.before.length ?? 0) + (m?.context.after.length ?? 0)).toBeLessThan(120);
  });

  it("the v1 API and readers' reports carry no line of the demo article's text", async () => {
    const lines = await privateLines(DEMO_ARTICLE);
    const outs = [
      await (await claimsGET(api("/claims?limit=100"))).text(),
      await (
        await claimGET(api(`/claims/${DEMO_CLAIM.slug}`), {
          params: Promise.resolve({ slug: DEMO_CLAIM.slug }),
        })
      ).text(),
    ];
    for (const format of ["json", "csv", "md", "claimreview", "csl", "ris", "bibtex"]) {
      const res = await reportsGET(api(`/reports?format=${format}&article=${DEMO_ARTICLE}`));
      expect(res.status, format).toBe(200);
      outs.push(await res.text());
    }
    for (const out of outs) expect(leaked(out, lines)).toEqual([]);
    // The claim is in them, so the check read real answers rather than empty ones.
    expect(outs.join("\n")).toContain(DEMO_CLAIM.slug);
  });
});

describe("the desk's text-rights setting", () => {
  afterAll(async () => {
    // Shared seeded database: the article goes back to another outlet's.
    await db().article.update({ where: { id: "art_003" }, data: { textRights: "OTHER" } });
    signIn(null);
  });

  it("marking an article licensed makes its full text public, audited, its page purged", async () => {
    const editor = await makeUser();
    signIn(editor);
    cacheCalls().length = 0;
    const r = await setTextRightsAction({
      articleId: "art_003",
      from: "OTHER",
      textRights: "LICENSED",
    });
    expect(r).toEqual({ ok: true, data: { textRights: "LICENSED" } });
    expect(cacheCalls()).toContain("path:/articles/art_003");

    const a = await getPublicArticle("art_003");
    if (!a?.full) throw new Error("expected the full text");
    const body = (await db().article.findUniqueOrThrow({ where: { id: "art_003" } })).body;
    expect(a.body).toBe(body);

    const history = await describeHistory(await listArticleHistory("art_003"));
    expect(history[0]).toMatchObject({ action: "article.text-rights", actorName: editor.name });
    expect(history[0].sentence).toBe(
      `${editor.name} marked the text as Licensed (was Another outlet's article): Readers see the full text`,
    );
  });

  it("a stale form is refused, and a value that is not a choice names the field", async () => {
    signIn(await makeUser());
    // The page said OTHER, but it is LICENSED now (the test before): refused, nothing changes.
    const stale = await setTextRightsAction({
      articleId: "art_003",
      from: "OTHER",
      textRights: "OWN",
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await getPublicArticle("art_003"))?.textRights).toBe("LICENSED");

    const bad = await setTextRightsAction({
      articleId: "art_003",
      from: "LICENSED",
      textRights: "MINE" as never,
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    if (bad.ok) return;
    expect(bad.fieldErrors?.textRights?.[0]).toEqual({ key: "schema.chooseTextRights" });

    signIn(null);
    const anonymous = await setTextRightsAction({
      articleId: "art_003",
      from: "LICENSED",
      textRights: "OTHER",
    });
    expect(anonymous).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("back to another outlet's: the text is withheld again at once", async () => {
    signIn(await makeUser());
    const r = await setTextRightsAction({
      articleId: "art_003",
      from: "LICENSED",
      textRights: "OTHER",
    });
    expect(r.ok).toBe(true);
    const a = await getPublicArticle("art_003");
    expect(a).toMatchObject({ full: false });
    expect(a).not.toHaveProperty("body");
  });
});
