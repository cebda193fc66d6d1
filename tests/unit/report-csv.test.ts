// The CSV for data tools: what readers were told (retraction, corrections, rationale) in columns of
// their own, formulas neutralised and nothing else touched, days written as days.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { CSV_COLUMNS, neutraliseCell, reportCsv } from "@/lib/report/csv";
import type { CitationReport } from "@/lib/report/model";
import { publishedDossier } from "./dossier-fixture";

const report = (): CitationReport =>
  buildReport({ title: "t", filters: { claim: "claim1" } }, [publishedDossier()], {
    baseUrl: "https://pramaan.example",
    generatedAt: new Date("2024-01-01T00:00:00Z"),
  });

const rowsOf = (r: CitationReport) =>
  parse(reportCsv(r), { columns: true, bom: true }) as Record<string, string>[];

/** A claim retracted after a correction: what its verdict page tells readers. */
function retracted(): CitationReport {
  const r = report();
  r.claims[0].retractedAt = "2023-10-02T16:00:00+05:30";
  r.claims[0].corrections = [
    {
      at: "2023-10-02T16:00:00+05:30",
      kind: "RETRACTION",
      textHi: "स्रोत फर्जी निकला",
      textEn: "The source turned out to be fake",
    },
    { at: "2023-09-25T11:00:00+05:30", kind: "CORRECTION", textHi: "रेटिंग बदली", textEn: null },
  ];
  return r;
}

describe("report CSV", () => {
  it("a BOM for Excel, one row per appearance and per source, Hindi, commas, quotes and newlines intact", () => {
    const csv = reportCsv(report());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = rowsOf(report());
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.row_type)).toEqual(["appearance", "source"]);
    expect(rows[0]).toMatchObject({
      claim_hi: publishedDossier().textHi,
      verdict_status: "PUBLISHED",
      verdict_published_at: "2023-09-20T15:30:00+05:30",
      speaker: "बीबीसी",
      rating_value: "4",
      is_draft: "no",
    });
    expect(rows[1]).toMatchObject({
      source_url: "https://example.org/bbc/train?a=1,2",
      pinpoint_quote: 'maximum speed of 59 km/h, "reportedly"',
    });
  });

  it("the column order is the documented one: new columns only ever at the end", () => {
    expect(CSV_COLUMNS.slice(0, 4)).toEqual(["claim_id", "claim_url", "claim_hi", "claim_en"]);
    expect(CSV_COLUMNS.indexOf("note")).toBe(33);
    expect(CSV_COLUMNS.slice(34)).toEqual([
      "verdict_rationale",
      "retracted",
      "retracted_at",
      "retraction_note_hi",
      "retraction_note_en",
      "corrections_count",
      "latest_correction_kind",
      "latest_correction_at",
      "latest_correction_note_hi",
      "latest_correction_note_en",
    ]);
  });

  it("days are written as days, instants with their offset", () => {
    const [appearance, source] = rowsOf(report());
    // The fixture's article has only an event day; its source a publication and an access day.
    expect(appearance.article_date).toBe("2023-09-12");
    expect(source.source_published).toBe("2023-09-11");
    expect(source.source_accessed).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(appearance.verdict_published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/);
  });

  it("a retracted claim says so on every row: when, why, and its latest published change", () => {
    const rows = rowsOf(retracted());
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatchObject({
        retracted: "yes",
        retracted_at: "2023-10-02T16:00:00+05:30",
        retraction_note_hi: "स्रोत फर्जी निकला",
        retraction_note_en: "The source turned out to be fake",
        corrections_count: "2",
        latest_correction_kind: "RETRACTION",
        latest_correction_at: "2023-10-02T16:00:00+05:30",
        latest_correction_note_hi: "स्रोत फर्जी निकला",
        verdict_rationale: 'कारण, "उद्धरण" और\nनई पंक्ति',
      });
    const plain = rowsOf(report())[0];
    expect(plain).toMatchObject({
      retracted: "no",
      retracted_at: "",
      retraction_note_hi: "",
      corrections_count: "0",
      latest_correction_kind: "",
    });
  });

  it("the latest change is the newest by date, whatever order the log is in", () => {
    const r = report();
    r.claims[0].corrections = [
      { at: "2023-09-21T10:00:00+05:30", kind: "CLARIFICATION", textHi: "पहला", textEn: null },
      { at: "2023-09-25T10:00:00+05:30", kind: "CORRECTION", textHi: "दूसरा", textEn: "second" },
    ];
    expect(rowsOf(r)[0]).toMatchObject({
      retracted: "no",
      corrections_count: "2",
      latest_correction_kind: "CORRECTION",
      latest_correction_at: "2023-09-25T10:00:00+05:30",
      latest_correction_note_en: "second",
    });
  });

  it("a claim with no appearance and no source still has its row", () => {
    const r = retracted();
    r.claims[0].appearances = [];
    r.claims[0].sources = [];
    const rows = rowsOf(r);
    expect(rows.map((x) => [x.row_type, x.claim_id, x.retracted])).toEqual([
      ["claim", "claim1", "yes"],
    ]);
  });

  it("no cell can run as a formula (OWASP); plain words such as True stay as they are", () => {
    const r = report();
    const c = r.claims[0];
    const payloads = [
      '=HYPERLINK("http://evil.example","x")',
      "+1+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A2)",
      "\t=1+1",
      "\r=1+1",
      "\uFF1D1+1",
    ];
    c.textHi = payloads[0];
    c.textEn = payloads[1];
    c.sources[0].authors = [{ literal: payloads[2] }];
    c.verdict!.summaryHi = payloads[3];
    c.appearances[0].quote = payloads[4];
    c.sources[0].title = payloads[5];
    c.sources[0].note = payloads[6];
    c.verdict!.rating.labelEn = "True";
    c.verdict!.summaryEn = "FALSE";
    const rows = parse(reportCsv(r), { bom: true, relax_quotes: true }) as string[][];
    const cells = rows.flat();
    for (const p of payloads) expect(cells).toContain(`'${p}`);
    expect(cells.filter((x) => /^[=+\-@\t\r\uFF1D]/u.test(x))).toEqual([]);
    const [, first] = rows;
    expect(first[CSV_COLUMNS.indexOf("rating_en")]).toBe("True");
    expect(first[CSV_COLUMNS.indexOf("verdict_summary_en")]).toBe("FALSE");
    expect(cells.filter((x) => x.startsWith("'True") || x.startsWith("'FALSE"))).toEqual([]);
  });

  it("hostile text reads back cell for cell: quotes, commas, CR, LF, CRLF, braces, Devanagari", () => {
    const r = report();
    const c = r.claims[0];
    const hostile = [
      'a "quoted", comma',
      "line one\r\nline two\rthree\nfour",
      "% & _ # $ { } \\ ~ ^ {unbalanced",
      "\\input{x}",
      `${"किम जोंग उन की ट्रेन ".repeat(10)}`,
      'https://example.org/a?b=1,2&c="3"',
      "",
    ];
    [c.textHi, c.textEn, c.appearances[0].quote, c.sources[0].title] = hostile;
    c.sources[0].url = hostile[5];
    c.sources[0].note = hostile[6];
    const [row, source] = rowsOf(r);
    expect([row.claim_hi, row.claim_en, row.quote]).toEqual(hostile.slice(0, 3));
    expect([source.source_title, source.source_url, source.note]).toEqual([
      hostile[3],
      hostile[5],
      "",
    ]);
  });

  it("neutralises only what would start a formula", () => {
    expect(neutraliseCell("-3")).toBe("-3");
    expect(neutraliseCell("4")).toBe("4");
    expect(neutraliseCell("रूस ने 2017 में")).toBe("रूस ने 2017 में");
    expect(neutraliseCell("- एक सूची")).toBe("'- एक सूची");
    for (const word of ["False", "TRUE", "true", " false ", "असत्य"])
      expect(neutraliseCell(word)).toBe(word);
  });
});
