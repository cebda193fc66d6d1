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
    const report = (await loadReport("article", "art_000"))!;
    expect(report.scope).toMatchObject({ type: "article", id: "art_000" });
    const demo = report.claims.find((c) => c.id === "claim_demo_grain")!;
    expect(demo.verdict).toMatchObject({
      ratingEn: "Misleading",
      author: "Asha Verma",
      reviewer: "Ravi Kumar",
      status: "PUBLISHED",
    });
    expect(demo.url).toMatch(/\/claims\/russia-2017-grain-world-record-demo$/);
    expect(demo.sources[0]).toMatchObject({
      url: "https://www.fao.org/faostat/en/#data/QCL",
      stance: "CONTRADICTS",
    });
    const draft = report.claims.find((c) => c.id === claimId)!;
    expect(draft).toMatchObject({ status: "OPEN", url: null, verdict: null });
    expect(draft.appearances[0]).toMatchObject({ speaker: "बीबीसी", articleId: "art_000" });

    const rows = parse(reportCsv(report), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.claim_id === "claim_demo_grain").map((r) => r.row_type)).toEqual([
      "appearance",
      "source",
    ]);
    expect(rows.filter((r) => r.claim_id === claimId).map((r) => r.row_type)).toEqual([
      "appearance",
    ]);
  });

  it("a report for something that does not exist is null (the route answers 404)", async () => {
    signIn(await makeUser());
    expect(await loadReport("claim", "no-such-claim")).toBeNull();
    expect(await loadReport("article", "no-such-article")).toBeNull();
  });
});
