// The report CSV opened by a real spreadsheet: LibreOffice Calc converts it (headless) to flat ODS,
// whose XML states each cell's type, so "False stays text" and "no cell is a formula" are read from
// what LibreOffice made of the file, not from how we meant it. Needs `soffice`
// (apt-get install libreoffice-calc-nogui; .ci/run installs it): without it this test fails, never skips.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { CSV_COLUMNS, reportCsv } from "@/lib/report/csv";
import { publishedDossier } from "../unit/dossier-fixture";

// Import options, in LibreOffice's CSV filter order: comma, double quote, UTF-8 (76), from line 1,
// no column formats, system language, quoted fields NOT forced to text, "Detect special numbers" ON,
// (three export-only options), all sheets, "Evaluate formulas" ON. The most trusting settings a user can
// pick, and what the headless import does when the options are left out: what is safe here is safe
// with the dialog's defaults (both off), which turn nothing into a boolean or a formula.
const IMPORT = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";

type Cell = { type: string; formula: boolean; text: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]);

/** Each row's cells as LibreOffice typed them, from a flat ODS (content.xml inline). */
function readFods(xml: string): Cell[][] {
  const table = xml.slice(xml.indexOf("<table:table "), xml.indexOf("</table:table>"));
  const rows = [...table.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)];
  return rows.map(([, row]) =>
    [
      ...row.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g),
    ].flatMap(([, attrs, body = ""]) => {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const paragraphs = [...body.matchAll(/<text:p>([\s\S]*?)<\/text:p>|<text:p\/>/g)].map(
        ([, p = ""]) =>
          decodeEntities(
            p
              .replace(/<text:s text:c="(\d+)"\/>/g, (_, n) => " ".repeat(Number(n)))
              .replace(/<text:s\/>/g, " ")
              .replace(/<text:tab\/>/g, "\t")
              .replace(/<text:line-break\/>/g, "\n")
              .replace(/<[^>]+>/g, ""),
          ),
      );
      const cell = {
        type: /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? "empty",
        formula: /table:formula=/.test(attrs),
        text: paragraphs.join("\n"),
      };
      return Array.from({ length: Math.min(repeat, 64) }, () => cell);
    }),
  );
}

function sofficeOrFail(): string {
  const found = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (found.error || found.status !== 0)
    throw new Error(
      "LibreOffice is not installed (no `soffice` on PATH). Install it with " +
        "`apt-get install -y libreoffice-calc-nogui` (.ci/run does this on CI).",
    );
  return found.stdout.trim();
}

// Two claims rated "False" and "TRUE", text cells that start like formulas (ASCII and full-width),
// Devanagari, a summary over two lines, and dates with their +05:30 offset.
function trickyReport() {
  const a = publishedDossier();
  a.verdict!.rating = { ...a.verdict!.rating, labelEn: "False", labelHi: "असत्य", value: 1 };
  a.textHi = '=HYPERLINK("http://evil.example","क्लिक")';
  a.textEn = "+1+cmd|' /C calc'!A0";
  a.verdict!.summaryHi = "पहली पंक्ति: रफ्तार 59 किमी/घंटा\nदूसरी पंक्ति: आधिकारिक आंकड़ा नहीं";
  a.verdict!.summaryEn = "-1+2";
  a.evidence[0].source.author = "@SUM(1,2)";
  a.evidence[0].source.title = "\uFF1D1+1";
  a.evidence[0].note = "\t=1+1";
  a.mentions[0].exact = " true ";
  const b = publishedDossier();
  b.id = "claim2";
  b.slug = "claim-two";
  b.verdict!.rating = { ...b.verdict!.rating, labelEn: "TRUE", labelHi: "सत्य", value: 5 };
  b.textHi = "रूस ने 2017 में ट्रेन की रफ्तार 59 किलोमीटर प्रति घंटा बताई";
  return buildReport({ title: "t", filters: { article: "art_002" } }, [a, b], {
    baseUrl: "https://pramaan.example",
  });
}

describe("report CSV in LibreOffice Calc", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-lo-"));
  const written: string[][] = [];
  let sheet: Cell[][] = [];
  let control: Cell[][] = [];

  beforeAll(() => {
    const version = sofficeOrFail();
    const csv = reportCsv(trickyReport());
    fs.writeFileSync(path.join(dir, "report.csv"), csv);
    written.push(...(parse(csv, { bom: true }) as string[][]));
    // The same settings on cells written without neutralising: proof that they do make booleans and
    // formulas, so the report passing below is the writer's doing, not lenient settings.
    fs.writeFileSync(path.join(dir, "control.csv"), '\uFEFFa,b,c,d\nFalse,TRUE,=1+1,"False"\n');
    const started = performance.now();
    const run = spawnSync(
      "soffice",
      [
        // A throwaway profile: no settings from whoever ran LibreOffice here before, none left behind.
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        `--infilter=${IMPORT}`,
        "--convert-to",
        "fods",
        "--outdir",
        dir,
        path.join(dir, "report.csv"),
        path.join(dir, "control.csv"),
      ],
      { encoding: "utf8", timeout: 90_000 },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`[libreoffice] ${version}: converted 2 CSVs to fods in ${seconds} s`);
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error}`);
    sheet = readFods(fs.readFileSync(path.join(dir, "report.fods"), "utf8"));
    control = readFods(fs.readFileSync(path.join(dir, "control.fods"), "utf8"));
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const column = (name: (typeof CSV_COLUMNS)[number]) => {
    const i = CSV_COLUMNS.indexOf(name);
    return sheet.slice(1, written.length).map((row) => row[i]);
  };

  it("the settings used do turn raw TRUE/FALSE into booleans and =1+1 into a formula", () => {
    expect(control[1].slice(0, 4).map((c) => [c.type, c.formula])).toEqual([
      ["boolean", false],
      ["boolean", false],
      ["float", true],
      ["boolean", false],
    ]);
  });

  it("reads every cell as written: same rows, same columns, same text", () => {
    expect(written.length).toBe(5); // header + 2 rows per claim
    expect(sheet[0].slice(0, CSV_COLUMNS.length).map((c) => c.text)).toEqual([...CSV_COLUMNS]);
    // LibreOffice splits a cell's lines into paragraphs; a lone CR is a line break too.
    for (const [r, row] of written.entries())
      for (const [i, value] of row.entries())
        expect(sheet[r][i]?.text ?? "", `row ${r} ${CSV_COLUMNS[i]}`).toBe(
          value.replace(/\r\n?/g, "\n"),
        );
  });

  it("no cell is a formula and none is a boolean: 'False' and 'TRUE' ratings stay text", () => {
    const cells = sheet.slice(0, written.length).flat();
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(cells.filter((c) => c.type === "boolean")).toEqual([]);
    expect(column("rating_en").map((c) => [c.type, c.text])).toEqual([
      ["string", "'False"],
      ["string", "'False"],
      ["string", "'TRUE"],
      ["string", "'TRUE"],
    ]);
    expect(column("quote")[0]).toEqual({ type: "string", formula: false, text: "' true " });
    for (const name of ["claim_hi", "claim_en", "verdict_summary_en"] as const)
      expect(column(name)[0].type, name).toBe("string");
    // The second row is the claim's source row.
    for (const name of ["source_title", "source_author", "note"] as const)
      expect(column(name)[1].type, name).toBe("string");
    // Numbers stay numbers.
    expect(column("rating_value").map((c) => [c.type, c.text])).toEqual([
      ["float", "1"],
      ["float", "1"],
      ["float", "5"],
      ["float", "5"],
    ]);
  });

  it("keeps Devanagari, a two-line summary in one cell, and dates as text with their offset", () => {
    expect(column("claim_hi")[2].text).toBe("रूस ने 2017 में ट्रेन की रफ्तार 59 किलोमीटर प्रति घंटा बताई");
    expect(column("verdict_summary_hi")[0]).toEqual({
      type: "string",
      formula: false,
      text: "पहली पंक्ति: रफ्तार 59 किमी/घंटा\nदूसरी पंक्ति: आधिकारिक आंकड़ा नहीं",
    });
    const dates = [
      ...column("verdict_published_at"),
      column("article_date")[0],
      column("source_published")[1],
      column("source_accessed")[1],
    ];
    expect(dates).toHaveLength(7);
    for (const d of dates) {
      expect(d.type).toBe("string");
      expect(d.text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/);
    }
  });
});
