// The report's spreadsheets opened by programs other than the ones that wrote them:
// - the XLSX and the CSV by LibreOffice Calc (headless), converted to flat ODS, whose XML states each
//   cell's type: text, number, date, formula;
// - the CSV by Python's csv module, the plainest data tool there is.
// So "True stays True", "dates are dates" and "no cell is a formula" are read from what those programs
// made of the files, not from how we meant them. Needs `soffice` (apt-get install
// libreoffice-calc-nogui; .ci/run installs it) and python3: without them this test fails, never skips.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { CSV_COLUMNS, type CsvColumn, reportCsv } from "@/lib/report/csv";
import type { CitationReport } from "@/lib/report/model";
import { writeAllBytes } from "@/lib/report/writer";
import { xlsxHeadings, xlsxWriter } from "@/lib/report/xlsx";
import { publishedDossier } from "../unit/dossier-fixture";

// CSV import options, in LibreOffice's CSV filter order: comma, double quote, UTF-8 (76), from line 1,
// no column formats, system language, quoted fields NOT forced to text, "Detect special numbers" ON,
// (three export-only options), all sheets, "Evaluate formulas" ON. The most trusting settings a user can
// pick, and what the headless import does when the options are left out.
const CSV_IMPORT = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";

type Cell = { type: string; formula: string | null; value: string | null; text: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]);

/** Each row's cells of a sheet as LibreOffice typed them, from a flat ODS (content.xml inline). */
function readFods(xml: string, sheet = 0): Cell[][] {
  const tables = xml.split("<table:table ").slice(1);
  const table = tables[sheet].slice(0, tables[sheet].indexOf("</table:table>"));
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
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;
      const cell: Cell = {
        type: attr("office:value-type") ?? "empty",
        formula: attr("table:formula"),
        value: attr("office:date-value") ?? attr("office:value"),
        text: paragraphs.join("\n"),
      };
      return Array.from({ length: Math.min(repeat, 64) }, () => cell);
    }),
  );
}

function requireTool(cmd: string, args: string[], install: string): string {
  const found = spawnSync(cmd, args, { encoding: "utf8" });
  if (found.error || found.status !== 0)
    throw new Error(`\`${cmd}\` is not installed. Install it with \`${install}\` (.ci/run does).`);
  return (found.stdout || found.stderr).trim();
}

const FORMULAS = [
  '=HYPERLINK("http://evil.example","क्लिक")',
  "+1+cmd|' /C calc'!A0",
  "@SUM(1,2)",
  "\uFF1D1+1",
  "\t=1+1",
];

/**
 * Two claims. The first is retracted after a correction, rated "True", with text that starts like a
 * formula (ASCII and full-width), Devanagari and a two-line summary; the second is an ordinary one.
 */
function trickyReport(): CitationReport {
  const a = publishedDossier();
  const b = publishedDossier();
  b.id = "claim2";
  b.slug = "claim-two";
  b.textHi = "रूस ने 2017 में ट्रेन की रफ्तार 59 किलोमीटर प्रति घंटा बताई";
  const r = buildReport({ title: "t", filters: {} }, [a, b], {
    baseUrl: "https://pramaan.example",
  });
  const c = r.claims[0];
  c.textHi = FORMULAS[0];
  c.textEn = FORMULAS[1];
  c.sources[0].authors = [{ literal: FORMULAS[2] }];
  c.sources[0].title = FORMULAS[3];
  c.sources[0].note = FORMULAS[4];
  c.appearances[0].quote = "True";
  c.verdict!.rating = { ...c.verdict!.rating, labelEn: "True", labelHi: "सत्य", value: 5 };
  c.verdict!.summaryHi = "पहली पंक्ति: रफ्तार 59 किमी/घंटा\nदूसरी पंक्ति: आधिकारिक आंकड़ा नहीं";
  c.retractedAt = "2023-10-02T16:00:00+05:30";
  c.corrections = [
    {
      at: "2023-10-02T16:00:00+05:30",
      kind: "RETRACTION",
      textHi: "स्रोत फर्जी निकला",
      textEn: null,
    },
    { at: "2023-09-25T11:00:00+05:30", kind: "CORRECTION", textHi: "रेटिंग बदली", textEn: null },
  ];
  r.claims[1].verdict!.rating = { ...r.claims[1].verdict!.rating, labelEn: "FALSE", value: 1 };
  return r;
}

function soffice(dir: string, args: string[]) {
  const run = spawnSync(
    "soffice",
    // A throwaway profile: no settings from whoever ran LibreOffice here before, none left behind.
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", ...args, "--outdir", dir],
    { encoding: "utf8", timeout: 90_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error}`);
}

describe("report spreadsheets in LibreOffice Calc and Python's csv", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-lo-"));
  let xlsx: Cell[][] = [];
  let about: Cell[][] = [];
  let csv: Cell[][] = [];
  let control: Cell[][] = [];
  let python: string[][] = [];
  let sheetXml = "";

  beforeAll(async () => {
    const version = requireTool(
      "soffice",
      ["--version"],
      "apt-get install -y libreoffice-calc-nogui",
    );
    requireTool("python3", ["--version"], "apt-get install -y python3");
    const report = trickyReport();
    fs.writeFileSync(path.join(dir, "report.csv"), reportCsv(report));
    // In English: the header row and the About sheet are in the language the editor chose.
    const book = await writeAllBytes(xlsxWriter, report, "en");
    // Its own name: converted to fods, it must not overwrite the CSV's report.fods.
    fs.writeFileSync(path.join(dir, "book.xlsx"), book);
    // The same CSV settings on cells written without neutralising: proof that they do make formulas
    // and dates, so the report passing below is the writer's doing, not lenient settings.
    fs.writeFileSync(path.join(dir, "control.csv"), '\uFEFFa,b,c\n=1+1,2023-09-14,"=1+1"\n');
    const started = performance.now();
    soffice(dir, [
      `--infilter=${CSV_IMPORT}`,
      "--convert-to",
      "fods",
      path.join(dir, "report.csv"),
      path.join(dir, "control.csv"),
    ]);
    console.info(
      `[libreoffice] ${version}: converted 3 files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const csvFods = fs.readFileSync(path.join(dir, "report.fods"), "utf8");
    csv = readFods(csvFods);
    control = readFods(fs.readFileSync(path.join(dir, "control.fods"), "utf8"));
    soffice(dir, ["--convert-to", "fods", path.join(dir, "book.xlsx")]);
    const bookFods = fs.readFileSync(path.join(dir, "book.fods"), "utf8");
    xlsx = readFods(bookFods);
    about = readFods(bookFods, 1);
    const py = spawnSync(
      "python3",
      [
        "-c",
        "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))",
        path.join(dir, "report.csv"),
      ],
      { encoding: "utf8" },
    );
    if (py.status !== 0) throw new Error(py.stderr);
    python = JSON.parse(py.stdout) as string[][];
    // The sheet's own XML, for what a headless LibreOffice does not keep (the frozen header row).
    const unzip = spawnSync(
      "python3",
      [
        "-c",
        "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())",
        path.join(dir, "book.xlsx"),
      ],
      { encoding: "utf8" },
    );
    sheetXml = unzip.stdout;
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const col = (sheet: Cell[][], name: CsvColumn) => {
    const i = CSV_COLUMNS.indexOf(name);
    return sheet.slice(1, python.length).map((row) => row[i]);
  };
  const pyCol = (name: CsvColumn) => python.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);

  it("the CSV settings used do turn =1+1 into a formula and a day into a date", () => {
    expect(control[1].slice(0, 3).map((c) => [c.type, !!c.formula])).toEqual([
      ["float", true],
      ["date", false],
      ["float", true],
    ]);
  });

  it("XLSX: the CSV's rows under headings in the chosen language, the header row frozen", () => {
    expect(python.length).toBe(5); // header + 2 rows per claim
    // The CSV, for data tools, keeps its fixed column names; the XLSX says them in words.
    expect(python[0]).toEqual([...CSV_COLUMNS]);
    expect(xlsx[0].slice(0, CSV_COLUMNS.length).map((c) => c.text)).toEqual(xlsxHeadings("en"));
    expect(xlsx[0][0].text).toBe("Claim id");
    expect(xlsx.slice(1, 5).map((r) => r[0].text)).toEqual([
      "claim1",
      "claim1",
      "claim2",
      "claim2",
    ]);
    const pane = new XMLParser({ ignoreAttributes: false }).parse(sheetXml).worksheet.sheetViews
      .sheetView.pane;
    expect(pane).toMatchObject({ "@_ySplit": "1", "@_state": "frozen", "@_topLeftCell": "A2" });
  });

  it("XLSX: text is text as typed, no apostrophe and no formula; 'True' stays the word True", () => {
    const booleans = new Set(
      ["is_draft", "retracted"].map((n) => CSV_COLUMNS.indexOf(n as CsvColumn)),
    );
    const cells = xlsx.slice(0, 5).flatMap((row) => row.filter((_, i) => !booleans.has(i)));
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(col(xlsx, "claim_hi")[0]).toMatchObject({ type: "string", text: FORMULAS[0] });
    expect(col(xlsx, "claim_en")[0]).toMatchObject({ type: "string", text: FORMULAS[1] });
    expect(col(xlsx, "source_author")[1]).toMatchObject({ type: "string", text: FORMULAS[2] });
    expect(col(xlsx, "source_title")[1]).toMatchObject({ type: "string", text: FORMULAS[3] });
    expect(col(xlsx, "note")[1]).toMatchObject({ type: "string", text: FORMULAS[4] });
    expect(col(xlsx, "rating_en").map((c) => [c.type, c.text])).toEqual([
      ["string", "True"],
      ["string", "True"],
      ["string", "FALSE"],
      ["string", "FALSE"],
    ]);
    expect(col(xlsx, "quote")[0]).toMatchObject({ type: "string", text: "True" });
    expect(col(xlsx, "verdict_summary_hi")[0]).toMatchObject({
      type: "string",
      text: "पहली पंक्ति: रफ्तार 59 किमी/घंटा\nदूसरी पंक्ति: आधिकारिक आंकड़ा नहीं",
    });
    expect(col(xlsx, "claim_hi")[2].text).toBe(
      "रूस ने 2017 में ट्रेन की रफ्तार 59 किलोमीटर प्रति घंटा बताई",
    );
  });

  it("XLSX: days and instants are date cells, numbers numbers, yes/no booleans", () => {
    // LibreOffice keeps a spreadsheet boolean as the value 0/1 behind TRUE()/FALSE().
    expect(col(xlsx, "retracted").map((c) => [c.type, c.value, c.formula, c.text])).toEqual([
      ["float", "1", "of:=TRUE()", "TRUE"],
      ["float", "1", "of:=TRUE()", "TRUE"],
      ["float", "0", "of:=FALSE()", "FALSE"],
      ["float", "0", "of:=FALSE()", "FALSE"],
    ]);
    expect(col(xlsx, "article_date")[0]).toMatchObject({ type: "date", value: "2023-09-12" });
    expect(col(xlsx, "source_published")[1]).toMatchObject({ type: "date", value: "2023-09-11" });
    // Instants are the newsroom's wall clock (IST here): 10:00 UTC reads 15:30.
    expect(col(xlsx, "verdict_published_at")[0]).toMatchObject({
      type: "date",
      value: "2023-09-20T15:30:00",
    });
    expect(col(xlsx, "retracted_at")[0]).toMatchObject({
      type: "date",
      value: "2023-10-02T16:00:00",
    });
    expect(col(xlsx, "retracted_at")[2].type).toBe("empty");
    expect(col(xlsx, "rating_value").map((c) => [c.type, c.value])).toEqual([
      ["float", "5"],
      ["float", "5"],
      ["float", "1"],
      ["float", "1"],
    ]);
    expect(col(xlsx, "corrections_count").map((c) => c.value)).toEqual(["2", "2", "0", "0"]);
    expect(about.map((r) => r[0]?.text)).toContain("Time zone");
    expect(about.find((r) => r[0]?.text === "Time zone")?.[1].text).toBe("Asia/Kolkata");
  });

  it("XLSX and CSV: the retracted claim's rows say so, with when, why and its latest change", () => {
    for (const sheet of [xlsx, csv]) {
      expect(col(sheet, "retraction_note_hi").map((c) => c.text)).toEqual([
        "स्रोत फर्जी निकला",
        "स्रोत फर्जी निकला",
        "",
        "",
      ]);
      expect(col(sheet, "latest_correction_kind").map((c) => c.text)).toEqual([
        "RETRACTION",
        "RETRACTION",
        "",
        "",
      ]);
    }
    expect(pyCol("retracted")).toEqual(["yes", "yes", "no", "no"]);
    expect(pyCol("retracted_at")).toEqual([
      "2023-10-02T16:00:00+05:30",
      "2023-10-02T16:00:00+05:30",
      "",
      "",
    ]);
    expect(pyCol("corrections_count")).toEqual(["2", "2", "0", "0"]);
  });

  it("CSV for data tools: 'True' stays True, formulas are neutralised and nothing else is", () => {
    expect(pyCol("rating_en")).toEqual(["True", "True", "FALSE", "FALSE"]);
    expect(pyCol("quote")[0]).toBe("True");
    expect(pyCol("claim_hi")[0]).toBe(`'${FORMULAS[0]}`);
    expect(pyCol("source_title")[1]).toBe(`'${FORMULAS[3]}`);
    expect(pyCol("verdict_summary_hi")[0]).toContain("\n");
    // Days are days, instants keep their offset.
    expect(pyCol("article_date")[0]).toBe("2023-09-12");
    expect(pyCol("source_published")[1]).toBe("2023-09-11");
    expect(pyCol("verdict_published_at")[0]).toBe("2023-09-20T15:30:00+05:30");
  });

  it("CSV in LibreOffice: no formula runs, and a day is a date", () => {
    expect(
      csv
        .slice(0, 5)
        .flat()
        .filter((c) => c.formula),
    ).toEqual([]);
    expect(col(csv, "claim_hi")[0]).toMatchObject({ type: "string", text: `'${FORMULAS[0]}` });
    expect(col(csv, "article_date")[0]).toMatchObject({ type: "date", value: "2023-09-12" });
    expect(col(csv, "source_published")[1]).toMatchObject({ type: "date", value: "2023-09-11" });
  });
});
