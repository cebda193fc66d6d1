// Search on real Postgres: spelling variants, digits and nukta find the claim; the exact phrase
// ranks first; readers never find drafts; the backfill writes what the app writes.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logClaim, updateClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { backfillSearchText } from "@/lib/search/backfill";
import { searchDesk, searchPublished } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";
import { searchText } from "@/lib/search-text/fold";
import type { SessionUser } from "@/lib/user/session-user";
import { articleText, makeUser, scratchArticle, signIn } from "../support/fixtures";

// Every claim here carries this topic, so a search filtered by it sees this file's claims only.
const topic = `search-${crypto.randomBytes(3).toString("hex")}`;
let editor: SessionUser;

// Spans from the article's start, each 60% longer than the last: a span overlapping another by 80%
// or more would be the same quote logged again (and return that claim), and a span's ends widen to
// whole words (lib/anchoring snapSelection), so the margin must outlast a word at either end.
let spans = 0;
// Logged in this file's own copy of art_000: spans this long would cover sentences other files'
// tests use on the seed article (the spotter's Peskov suggestion, at offset 883).
async function claim(textHi: string): Promise<string> {
  const articleId = await scratchArticle("art_000");
  const body = await articleText(articleId);
  const input = logClaimSchema.parse({
    articleId,
    start: 0,
    end: Math.round(40 * 1.6 ** spans++), // a distinct span per claim
    // The spans run over the title's line break: logged on purpose.
    confirmCrossing: true,
    textHi,
    topic,
    speaker: { type: "article" },
    relays: [],
  });
  expect(body.length).toBeGreaterThan(input.end);
  return (await logClaim(editor, input)).claimId;
}

const desk = (q: string, extra: Record<string, string> = {}) =>
  searchDesk(searchParamsSchema.parse({ q, topic, ...extra }));
const titles = (page: Awaited<ReturnType<typeof desk>>) =>
  page.items.map((i) => i.title.map((s) => s.text).join(""));

let northKorea: string;
let digits: string;
let nukta: string;
let scattered: string;
let exact: string;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
  northKorea = await claim("BBC के मुताबिक नॉर्थ कोरिया के पास लाखों आर्टिलेरी शेल हैं");
  digits = await claim("किम ने ५९ मिसाइलें दागीं, सरकारी मीडिया ने बताया");
  nukta = await claim("सीमा पर ज़मीन के नीचे सुरंगें मिलीं");
  scattered = await claim("रॉकेट चाहिए, और गोले भी: रूस की सेना को शेल की कमी है");
  exact = await claim("रूस को रॉकेट और शेल की कमी है");
});
afterAll(() => signIn(null));

describe("desk search", () => {
  it("finds a claim by a spelling variant: उत्तर for नॉर्थ, ऑर्टिलरी for आर्टिलेरी", async () => {
    const page = await desk("उत्तर कोरिया ऑर्टिलरी");
    expect(page.items.map((i) => i.id)).toEqual([northKorea]);
    // The matched words are marked in the claim's own spelling.
    const hits = page.items[0].title.filter((s) => s.hit).map((s) => s.text);
    expect(hits).toEqual(["नॉर्थ", "कोरिया", "आर्टिलेरी"]);
    expect(page.items[0].href).toBe(`/desk/claims/${northKorea}`);
  });

  it("Latin digits find Devanagari ones, and the other way round", async () => {
    expect((await desk("59 मिसाइलें")).items.map((i) => i.id)).toEqual([digits]);
    expect((await desk("५९")).items.map((i) => i.id)).toEqual([digits]);
  });

  it("a nukta or its absence does not matter", async () => {
    expect((await desk("जमीन")).items.map((i) => i.id)).toEqual([nukta]);
    expect((await desk("ज़मीन सुरंगें")).items.map((i) => i.id)).toEqual([nukta]);
  });

  it("ranks the exact phrase above the same words scattered", async () => {
    const page = await desk("रॉकेट और शेल");
    expect(page.items.map((i) => i.id).slice(0, 2)).toEqual([exact, scattered]);
    expect(titles(page)[0]).toBe("रूस को रॉकेट और शेल की कमी है");
  });

  it("finds the exact phrase when more rows hold its words than the ranking reads", async () => {
    // 150 rows with the four words apart, written first (so a plain word search meets them first),
    // then one with the phrase: the phrase's own candidates (word pairs in the index) must find it.
    const own = `${topic}-many`;
    const rows = Array.from({ length: 151 }, (_, i) => {
      const textHi = i < 150 ? `भंडार में गोला, तोप और बारूद ${i}` : "तोप गोला बारूद भंडार खाली है";
      return {
        id: `phr${crypto.randomBytes(4).toString("hex")}${i}`,
        slug: `phrase-${own}-${i}`,
        textHi,
        topic: own,
        searchText: searchText([textHi, own]),
        createdById: editor.id,
      };
    });
    for (const row of rows) await db().claim.create({ data: row });
    const page = await searchDesk(
      searchParamsSchema.parse({ q: "तोप गोला बारूद भंडार", topic: own }),
    );
    expect(page.items[0].id).toBe(rows[150].id);
    expect(page.items).toHaveLength(20);
  });

  it("filters by status and pages", async () => {
    expect((await desk("शेल", { status: "published" })).items).toEqual([]);
    const open = await desk("शेल", { status: "open" });
    expect(open.items.length).toBe(3);
    expect(open.hasNext).toBe(false);
    expect((await desk("शेल", { page: "2" })).items).toEqual([]);
  });

  it("finds entities, mentions and articles too", async () => {
    const entities = await searchDesk(searchParamsSchema.parse({ q: "बीबीसी", type: "entities" }));
    expect(entities.items.map((i) => i.id)).toContain("ent_bbc");
    const mentions = await searchDesk(
      searchParamsSchema.parse({ q: "रूस अनाज रिकॉर्ड", type: "mentions" }),
    );
    expect(mentions.items.length).toBeGreaterThan(0);
    const articles = await searchDesk(searchParamsSchema.parse({ q: "किम जोंग", type: "articles" }));
    expect(articles.items.map((i) => i.href)).toContain("/desk/articles/art_001");
  });

  it("an edited claim is found by its new words, not its old ones", async () => {
    const id = await claim("पुराना शब्द वाला दावा यहां लिखा है");
    await updateClaim(editor, {
      claimId: id,
      version: 1,
      textHi: "नया शब्दांकन: टेक्नोलॉजी का दावा",
      textEn: undefined,
      topic,
    });
    expect((await desk("पुराना")).items).toEqual([]);
    // टेक्नोलॉजी and तकनीक share a key.
    expect((await desk("तकनीक")).items.map((i) => i.id)).toEqual([id]);
  });

  it("an empty query finds nothing rather than everything", async () => {
    expect((await desk("  ,, ")).items).toEqual([]);
  });
});

describe("readers' search", () => {
  it("finds published claims and never drafts", async () => {
    signIn(null);
    const published = await searchPublished(searchParamsSchema.parse({ q: "२०१७ अनाज रिकार्ड" }));
    expect(published.items.map((i) => i.href)).toContain(
      "/claims/russia-2017-grain-world-record-demo",
    );
    // The draft's own words, and a URL asking for drafts or mentions, still find nothing.
    for (const q of [
      { q: "उत्तर कोरिया आर्टिलेरी" },
      { q: "रॉकेट शेल", type: "mentions", status: "open" },
    ])
      expect((await searchPublished(searchParamsSchema.parse({ ...q, topic }))).items).toEqual([]);
    signIn(editor);
  });

  it("finds where a published claim appeared, and articles, each at its public address", async () => {
    signIn(null);
    const read = (q: Record<string, string>) => searchPublished(searchParamsSchema.parse(q));
    // The demo claim's appearance in art_000 leads to the claim's public page, never the desk.
    const where = await read({ q: "अनाज उगाने का रिकॉर्ड", type: "mentions" });
    expect(where.items.length).toBeGreaterThan(0);
    for (const i of where.items) expect(i.href).toMatch(/^\/claims\/[a-z0-9-]+$/);
    expect(where.items.map((i) => i.href)).toContain("/claims/russia-2017-grain-world-record-demo");
    // Articles are public pages: a title word finds one, linked to /articles/<id>.
    const articles = await read({ q: "सैन्य सहयोग रक्षा मंत्री", type: "articles" });
    expect(articles.items.map((i) => i.href)).toContain("/articles/art_003");
    // Names lead to public entity pages, and only names with published fact checks have one:
    // Al Jazeera is in the registry, but no published claim names it (other test files publish
    // claims naming KCNA, the BBC and others, so the name asked for here is one nobody uses).
    const names = await read({ q: "अल जज़ीरा", type: "entities" });
    expect(names.items).toEqual([]);
    for (const i of (await read({ q: "बीबीसी", type: "entities" })).items)
      expect(i.href).toMatch(/^\/entities\/[a-z0-9-]+$/);
    signIn(editor);
  });
});

describe("searchText backfill", () => {
  it("writes exactly what the app writes", async () => {
    const texts = [
      "BBC के मुताबिक, नॉर्थ कोरिया के पास ५९ लाख आर्टिलेरी शेल हैं",
      "ज़मीन पर “रॉकेट” — Kim Jong-Un",
    ];
    const ids = await Promise.all(texts.map(async (t) => (await claim(t)) as string));
    await db().claim.updateMany({ where: { id: { in: ids } }, data: { searchText: null } });
    await backfillSearchText((sql, params) => db().$queryRawUnsafe(sql, ...params));
    const rows = await db().claim.findMany({
      where: { id: { in: ids } },
      select: { textHi: true, textEn: true, topic: true, searchText: true },
    });
    for (const r of rows) expect(r.searchText).toBe(searchText([r.textHi, r.textEn, r.topic]));
    expect(rows.every((r) => r.searchText?.includes(" | "))).toBe(true);
  });
});
