// Citation reports read straight from the database: an article's report covers every claim logged
// in it, published or not, with each claim's appearances and sources.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { reportCsv } from "@/lib/report/csv";
import { loadReport } from "@/lib/report/data";
import { makeClaim, makeUser, signIn } from "../support/fixtures";

describe("citation reports from the database", () => {
  it("an article's report lists its published demo claim and a freshly logged draft", async () => {
    const editor = await makeUser();
    signIn(editor); // reports carry drafts: the loader asks who is reading
    const { claimId } = await makeClaim(
      editor,
      "इस ट्रेन में ट्रैवल कर चुके पुराने अधिकारियों के मुताबिक ट्रेन में एक कॉन्फ्रेंस रूम भी है",
    );
    const report = (await loadReport({ article: "art_000" }, { includeDrafts: true, lang: "en" }))!;
    expect(report.scope.filters).toEqual({ article: "art_000" });
    expect(report.scope.title).toContain("in “");
    const demo = report.claims.find((c) => c.id === "claim_demo_grain")!;
    expect(demo.verdict).toMatchObject({
      rating: { labelEn: "Misleading" },
      authors: [{ name: "Asha Verma" }],
      reviewer: { name: "Ravi Kumar" },
      status: "PUBLISHED",
    });
    expect(demo.isDraft).toBe(false);
    expect(demo.url).toMatch(/\/claims\/russia-2017-grain-world-record-demo$/);
    expect(demo.sources[0]).toMatchObject({
      url: "https://www.fao.org/faostat/en/#data/QCL",
      stance: "CONTRADICTS",
    });
    const draft = report.claims.find((c) => c.id === claimId)!;
    expect(draft).toMatchObject({ status: "OPEN", url: null, verdict: null, isDraft: true });
    expect(draft.appearances[0].article.id).toBe("art_000");
    expect(draft.appearances[0].attribution[0].entity?.nameHi).toBe("बीबीसी");

    const rows = parse(reportCsv(report), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.claim_id === "claim_demo_grain").map((r) => r.row_type)).toEqual([
      "appearance",
      "source",
    ]);
    expect(rows.filter((r) => r.claim_id === claimId).map((r) => r.row_type)).toEqual([
      "appearance",
    ]);
  });

  it("without asking for drafts, a freshly logged claim is left out", async () => {
    const editor = await makeUser();
    signIn(editor);
    const { claimId } = await makeClaim(editor, "हालांकि, वो फिलहाल कोई डॉक्यूमेंट साइन नहीं करेंगे");
    const report = (await loadReport({ article: "art_000" }))!;
    expect(report.includesDrafts).toBe(false);
    expect(report.claims.map((c) => c.id)).toContain("claim_demo_grain");
    expect(report.claims.map((c) => c.id)).not.toContain(claimId);
    expect(report.claims.every((c) => !c.isDraft)).toBe(true);
  });

  it("a report for something that does not exist is null (the route answers 404)", async () => {
    signIn(await makeUser());
    expect(await loadReport({ claim: "no-such-claim" })).toBeNull();
    expect(await loadReport({ article: "no-such-article" })).toBeNull();
  });

  it("a search's words scope a report, spelling variants included (a saved search)", async () => {
    signIn(await makeUser());
    // रिकार्ड for रिकॉर्ड: the search's spelling keys drop vowel signs, so both spellings match.
    const found = (await loadReport({ q: "अनाज रिकार्ड" }, { lang: "en" }))!;
    expect(found.claims.map((c) => c.id)).toContain("claim_demo_grain");
    expect(found.scope.title).toContain("matching “अनाज रिकार्ड”");
    const other = (await loadReport({ q: "अनाज चावल" }))!;
    expect(other.claims.map((c) => c.id)).not.toContain("claim_demo_grain");
  });
});
