// The XLSX writer in isolation: how it turns the report's date strings into spreadsheet dates, and that
// streaming it in batches writes the same sheet as writing it whole. What Excel's rival (LibreOffice)
// reads from the file is checked in tests/integration/report-csv-libreoffice.test.ts.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { CSV_COLUMNS } from "@/lib/report/csv";
import type { CitationReport } from "@/lib/report/model";
import { writeAllBytes } from "@/lib/report/writer";
import { sheetDate, xlsxHeadings, xlsxWriter } from "@/lib/report/xlsx";
import { publishedDossier } from "./dossier-fixture";

/** A zip member's text, read by Python's zipfile (not the library that wrote the archive). */
function member(zip: Buffer, name: string): string {
  const out = spawnSync(
    "python3",
    [
      "-c",
      "import io, sys, zipfile; sys.stdout.write(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).read(sys.argv[1]).decode())",
      name,
    ],
    { input: zip, encoding: "utf8" },
  );
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout;
}

function report(n: number): CitationReport {
  const dossiers = Array.from({ length: n }, (_, i) => {
    const d = publishedDossier();
    d.id = `claim${i}`;
    d.textHi = `दावा ${i}`;
    return d;
  });
  return buildReport({ title: "t", filters: {} }, dossiers, { baseUrl: "https://x" });
}

async function inBatches(r: CitationReport, size: number): Promise<Buffer> {
  const { claims, ...meta } = r;
  const w = xlsxWriter(meta);
  const parts = [await w.head()];
  for (let i = 0; i < claims.length; i += size)
    parts.push(await w.claims(claims.slice(i, i + size)));
  parts.push(await w.tail());
  return Buffer.concat(parts);
}

describe("XLSX report", () => {
  it("reads a day as that day and an instant as the newsroom's wall clock", () => {
    expect(sheetDate("2023-09-14")).toEqual({
      date: new Date("2023-09-14T00:00:00Z"),
      numFmt: "yyyy-mm-dd",
    });
    expect(sheetDate("2023-09-20T15:30:00+05:30")).toEqual({
      date: new Date("2023-09-20T15:30:00Z"),
      numFmt: "yyyy-mm-dd hh:mm:ss",
    });
    expect(sheetDate("14 Sep 2023")).toBeNull();
  });

  it("batches of 1 and 3 claims write the same sheet as the whole report", async () => {
    const r = report(5);
    const whole = member(await writeAllBytes(xlsxWriter, r), "xl/worksheets/sheet1.xml");
    expect(whole).toContain("दावा 4");
    for (const size of [1, 3])
      expect(member(await inBatches(r, size), "xl/worksheets/sheet1.xml")).toBe(whole);
  });

  it("never writes a formula, whatever a cell starts with", async () => {
    const r = report(1);
    r.claims[0].textHi = "=1+1";
    r.claims[0].textEn = "@SUM(1,2)";
    const sheet = member(await writeAllBytes(xlsxWriter, r), "xl/worksheets/sheet1.xml");
    expect(sheet).not.toContain("<f>");
    expect(sheet).toContain("=1+1");
    expect(sheet).not.toContain("'=1+1");
  });

  it("names its sheets and heads its columns in the language the editor chose", async () => {
    const r = report(1);
    const hi = await writeAllBytes(xlsxWriter, r, "hi");
    expect(member(hi, "xl/workbook.xml")).toMatch(/name="रिपोर्ट"[\s\S]*name="परिचय"/);
    const hiSheet = member(hi, "xl/worksheets/sheet1.xml");
    for (const heading of xlsxHeadings("hi")) expect(hiSheet).toContain(heading);
    expect(hiSheet).toContain("दावे की ID");
    expect(hiSheet).not.toContain("claim_id");
    expect(member(hi, "xl/worksheets/sheet2.xml")).toContain("समय क्षेत्र");

    const en = await writeAllBytes(xlsxWriter, r, "en");
    expect(member(en, "xl/workbook.xml")).toMatch(/name="Report"[\s\S]*name="About"/);
    expect(member(en, "xl/worksheets/sheet1.xml")).toContain("Claim id");
    expect(member(en, "xl/worksheets/sheet2.xml")).toContain("Time zone");
    // Every column has a heading of its own, in both languages.
    for (const lang of ["hi", "en"] as const) {
      const headings = xlsxHeadings(lang);
      expect(headings).toHaveLength(CSV_COLUMNS.length);
      expect(new Set(headings).size).toBe(CSV_COLUMNS.length);
      expect(headings.filter((h, i) => h === CSV_COLUMNS[i])).toEqual([]);
    }
  });
});
