// One newsroom calendar, through the loaders the pages use: a claim in an article published at
// 2023-10-01T20:00Z (01:30 on 2 October in Kolkata) belongs to 2 October in the desk's claims list,
// the search and the report builder, and never to 1 October — while the test process runs in New
// York (vitest.config.mts), where that instant is still 1 October. And a report of one outlet's
// October–December 2023 finds, by article date, a claim from an October article logged in 2026.
import { beforeAll, describe, expect, it } from "vitest";
import { listArticles } from "@/lib/article/data";
import { addArticle } from "@/lib/article/mutations";
import { articleInputSchema, articleListQuery } from "@/lib/article/schema";
import { listClaimsForDesk } from "@/lib/claim/data";
import { claimListQuery } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { parseListParams } from "@/lib/paging";
import { readBuilderQuery } from "@/lib/report/builder-query";
import { loadReport, previewReport } from "@/lib/report/data";
import { backfillSearchText } from "@/lib/search/backfill";
import { searchDesk } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";
import type { SessionUser } from "@/lib/user/session-user";
import { hindiTag, makeClaim, makeUser, signIn } from "../support/fixtures";

const tag = hindiTag(); // this file's own word: its search and its lists see its rows only
let editor: SessionUser;
let outletId: string;
let lateArticleId: string;
let liveClaim: string; // logged the moment its article came out
let lateClaim: string; // an October 2023 article's claim, logged in 2026

const LIVE_QUOTE = `${tag} सीमा पर रात में नई चौकियां बनाई गईं`;
const LATE_QUOTE = `${tag} बंदरगाह पर अनाज के जहाज रोके गए`;

/** An article as the paste form sends it: the publication time typed as the newsroom's clock. */
async function article(title: string, sentence: string, publishedAt: string) {
  const input = articleInputSchema.parse({
    title,
    body: `${sentence}। ${title} के बारे में और जानकारी बाद में दी जाएगी।`,
    outlet: outletId,
    publishedAt,
    lang: "hi",
  });
  return (await addArticle(editor, input)).id;
}

beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
  outletId = (
    await db().entity.create({
      data: { kind: "NEWS_AGENCY", nameEn: `Reuters ${tag}`, nameHi: `रॉयटर्स ${tag}` },
    })
  ).id;
  // 01:30 on 2 October, Kolkata = 2023-10-01T20:00Z (still 1 October in UTC and in New York).
  const liveArticle = await article(`रात की चौकियां ${tag}`, LIVE_QUOTE, "2023-10-02T01:30");
  lateArticleId = await article(`अनाज के जहाज ${tag}`, LATE_QUOTE, "2023-10-15");
  // An imported article's title is searchable after the start-up backfill (lib/article/import-mutations.ts
  // does not write searchText): run it, as a restart would.
  await backfillSearchText((sql, params) => db().$queryRawUnsafe(sql, ...params));
  liveClaim = (await makeClaim(editor, LIVE_QUOTE, liveArticle)).claimId;
  lateClaim = (await makeClaim(editor, LATE_QUOTE, lateArticleId)).claimId;
  await db().claim.update({
    where: { id: liveClaim },
    data: { createdAt: new Date("2023-10-01T20:00:00Z") },
  });
  await db().claim.update({
    where: { id: lateClaim },
    data: { createdAt: new Date("2026-03-02T09:00:00Z") },
  });
});

const claimIdsOn = async (day: string) =>
  (
    await listClaimsForDesk(parseListParams(claimListQuery, { q: tag, from: day, to: day }))
  ).items.map((c) => c.id);
const searchIdsOn = async (day: string, type: "claims" | "articles") =>
  (
    await searchDesk(parseListParams(searchParamsSchema, { q: tag, type, from: day, to: day }))
  ).items.map((h) => h.id);
/** The report builder's address → the preview and the report, as the page and the print page read it. */
async function reportOf(query: string) {
  const q = readBuilderQuery(new URLSearchParams(`${query}&drafts=1`));
  if (!q.ok) throw new Error(JSON.stringify(q.fieldErrors));
  const report = await loadReport(q.filters, { includeDrafts: true, lang: "en" });
  const preview = await previewReport(q.filters, { includeDrafts: true, lang: "en" });
  return { ids: report?.claims.map((c) => c.id) ?? [], title: preview.title, query: q.query };
}

describe("one newsroom calendar", () => {
  it("the typed publication time is the newsroom's clock, stored as the instant it names", async () => {
    const a = await db().article.findFirstOrThrow({
      where: { mentions: { some: { claimId: liveClaim } } },
      select: { publishedAt: true },
    });
    expect(a.publishedAt?.toISOString()).toBe("2023-10-01T20:00:00.000Z");
    const late = await db().article.findUniqueOrThrow({ where: { id: lateArticleId } });
    expect(late.publishedAt?.toISOString()).toBe("2023-10-14T18:30:00.000Z"); // 15 Oct, 00:00 IST
  });

  it("the desk's claims list finds the claim on 2 October, not on 1 October", async () => {
    expect(await claimIdsOn("2023-10-02")).toEqual([liveClaim]);
    expect(await claimIdsOn("2023-10-01")).toEqual([]);
  });

  it("the desk's articles list and search find it on 2 October, not on 1 October", async () => {
    const articlesOn = async (day: string) =>
      (
        await listArticles(parseListParams(articleListQuery, { q: tag, from: day, to: day }))
      ).items.map((a) => a.title);
    expect(await articlesOn("2023-10-02")).toEqual([`रात की चौकियां ${tag}`]);
    expect(await articlesOn("2023-10-01")).toEqual([]);
    expect(await searchIdsOn("2023-10-02", "claims")).toEqual([liveClaim]);
    expect(await searchIdsOn("2023-10-01", "claims")).toEqual([]);
    expect(await searchIdsOn("2023-10-02", "articles")).toHaveLength(1);
    expect(await searchIdsOn("2023-10-01", "articles")).toEqual([]);
  });

  it("the report builder finds it on 2 October by article date and by logging, not on 1 October", async () => {
    for (const on of ["article", "logged"]) {
      const day2 = await reportOf(`entity=${outletId}&from=2023-10-02&to=2023-10-02&on=${on}`);
      expect(day2.ids, on).toEqual([liveClaim]);
      const day1 = await reportOf(`entity=${outletId}&from=2023-10-01&to=2023-10-01&on=${on}`);
      expect(day1.ids, on).toEqual([]);
    }
  });

  it("“Reuters, Oct–Dec 2023” by article date finds the October article's claim logged in 2026", async () => {
    const byArticle = await reportOf(`entity=${outletId}&from=2023-10-01&to=2023-12-31`);
    expect(byArticle.ids.sort()).toEqual([liveClaim, lateClaim].sort());
    expect(byArticle.query).toContain("on=article"); // the downloads and bookmarks say it too
    expect(byArticle.title).toContain("article dates 1 Oct – 31 Dec 2023");
    // The same range on when the desk logged them, or on publication, says so and finds less.
    const byLogging = await reportOf(`entity=${outletId}&from=2023-10-01&to=2023-12-31&on=logged`);
    expect(byLogging.ids).toEqual([liveClaim]);
    expect(byLogging.title).toContain("logged 1 Oct – 31 Dec 2023");
    const byPublication = await reportOf(
      `entity=${outletId}&from=2023-10-01&to=2023-12-31&on=published`,
    );
    expect(byPublication.ids).toEqual([]); // neither fact check is published
    expect(byPublication.title).toContain("fact checks published 1 Oct – 31 Dec 2023");
    const in2026 = await reportOf(`entity=${outletId}&from=2026-01-01&on=logged`);
    expect(in2026.ids).toEqual([lateClaim]);
  });

  it("an article known only by its event day is dated by that day, unshifted", async () => {
    await db().article.update({
      where: { id: lateArticleId },
      data: { publishedAt: null, eventDate: new Date("2023-10-15T00:00:00Z") },
    });
    try {
      expect((await reportOf(`entity=${outletId}&from=2023-10-15&to=2023-10-15`)).ids).toEqual([
        lateClaim,
      ]);
      expect((await reportOf(`entity=${outletId}&from=2023-10-14&to=2023-10-14`)).ids).toEqual([]);
      expect(await searchIdsOn("2023-10-15", "articles")).toEqual([lateArticleId]);
      expect(await searchIdsOn("2023-10-14", "articles")).toEqual([]);
    } finally {
      await db().article.update({
        where: { id: lateArticleId },
        data: { publishedAt: new Date("2023-10-14T18:30:00Z"), eventDate: null },
      });
    }
  });
});
