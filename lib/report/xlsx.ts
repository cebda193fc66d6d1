// The report as an XLSX workbook, for people who open reports in Excel or LibreOffice: the same rows
// and columns as the CSV (./csv.ts), but typed: days and instants are date cells, ratings and counts
// numbers, yes/no booleans, everything else text. A text cell never runs, whatever it starts with, so
// nothing needs the CSV's formula apostrophe, and "True" stays the word "True". No cell is ever written
// as a formula.
//
// exceljs's streaming WorkbookWriter writes each committed row into the zip as it goes (no shared
// strings table, which would hold every string until the end), so memory stays flat with report size.
import { type EventEmitter, once } from "node:events";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Lang } from "../i18n/locale";
import { CATALOGUE } from "../i18n/messages";
import { type Translator, translator } from "../i18n/translator";
import { CSV_COLUMNS, type CsvColumn, type ReportRow, reportRows } from "./csv";
import type { ReportMeta } from "./model";
import type { ByteWriterFactory } from "./writer";

/** Columns holding a day ("2023-09-14") or an instant in the newsroom's zone ("…T10:00:00+05:30"). */
const DATE_COLUMNS = new Set<CsvColumn>([
  "verdict_published_at",
  "article_date",
  "source_published",
  "source_accessed",
  "retracted_at",
  "latest_correction_at",
]);

const DAY_FORMAT = "yyyy-mm-dd";
const INSTANT_FORMAT = "yyyy-mm-dd hh:mm:ss";
// Excel's limits: rows per sheet (the header included) and characters per cell.
const MAX_ROWS = 1_048_576;
const MAX_CELL = 32_767;

const EDGE_SPACE = /^\s|\s$/;
const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
const INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * A spreadsheet date has no zone: it is a wall-clock reading. exceljs writes a Date's UTC fields, so the
 * newsroom's wall clock (already in the string, before its offset) is handed over as a UTC Date.
 */
export function sheetDate(value: string): { date: Date; numFmt: string } | null {
  const d = DAY.exec(value);
  if (d) return { date: new Date(Date.UTC(+d[1], +d[2] - 1, +d[3])), numFmt: DAY_FORMAT };
  const t = INSTANT.exec(value);
  if (!t) return null;
  const date = new Date(Date.UTC(+t[1], +t[2] - 1, +t[3], +t[4], +t[5], +t[6]));
  return { date, numFmt: INSTANT_FORMAT };
}

// Widths in characters, for a first look that reads; everything else gets the default.
const WIDTHS: Partial<Record<CsvColumn, number>> = {
  claim_hi: 50,
  claim_en: 50,
  verdict_summary_hi: 50,
  verdict_summary_en: 50,
  verdict_rationale: 50,
  article_title: 40,
  quote: 50,
  attribution_chain: 40,
  source_title: 40,
  pinpoint_quote: 40,
};

/** "claim_id" → "claimId": the catalogue's key for a column's heading. */
const camel = (c: CsvColumn) => c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase());

/**
 * The header row in the language the editor chose ("दावे की ID", "Claim id"): the XLSX is for people.
 * The CSV, for data tools, keeps the fixed column names (./csv.ts).
 */
export function xlsxHeadings(lang: Lang): string[] {
  const names: Record<string, string> = CATALOGUE[lang].reports.xlsx.columns;
  return CSV_COLUMNS.map((c) => names[camel(c)] ?? c);
}

function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  n: number,
  t: Translator,
  headings: string[],
) {
  // The header row stays in view while scrolling (frozen below row 1).
  const sheet = wb.addWorksheet(
    n === 1 ? t("reports.xlsx.sheet") : t("reports.xlsx.sheetN", { n: String(n) }),
    {
      views: [{ state: "frozen", ySplit: 1 }],
    },
  );
  sheet.columns = CSV_COLUMNS.map((c, i) => ({
    header: headings[i],
    key: c,
    width: WIDTHS[c] ?? 16,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

const IS_DATE = CSV_COLUMNS.map((c) => DATE_COLUMNS.has(c));

function writeRow(sheet: ExcelJS.Worksheet, row: ReportRow) {
  const r = sheet.addRow([]);
  row.forEach((value, i) => {
    if (value === null || value === "") return;
    const cell = r.getCell(i + 1);
    if (typeof value === "string" && IS_DATE[i]) {
      const d = sheetDate(value);
      if (d) {
        cell.value = d.date;
        cell.numFmt = d.numFmt;
        return;
      }
    }
    if (typeof value !== "string") {
      cell.value = value;
      return;
    }
    // Strings go in as plain values: exceljs writes a formula only when given { formula }.
    const text = value.length > MAX_CELL ? value.slice(0, MAX_CELL) : value;
    // A plain string cell drops leading and trailing whitespace when read; an inline rich-text run
    // is written with xml:space="preserve" and keeps it (a quote that begins with a tab stays so).
    cell.value = EDGE_SPACE.test(text) ? { richText: [{ text }] } : text;
  });
  r.commit();
}

/** A second sheet saying what the report is, and in which zone its date-times are read. */
function addAbout(wb: ExcelJS.stream.xlsx.WorkbookWriter, meta: ReportMeta, t: Translator) {
  const about = wb.addWorksheet(t("reports.xlsx.about"));
  about.columns = [{ width: 24 }, { width: 80 }];
  const generated = sheetDate(meta.generatedAt);
  const lines: [string, string | boolean | Date][] = [
    [t("reports.xlsx.aboutRows.report"), meta.scope.title],
    [t("reports.xlsx.aboutRows.site"), meta.site],
    [t("reports.xlsx.aboutRows.generatedAt"), generated?.date ?? meta.generatedAt],
    [t("reports.xlsx.aboutRows.timeZone"), meta.timeZone],
    [t("reports.xlsx.aboutRows.includesDrafts"), meta.includesDrafts],
    [t("reports.xlsx.aboutRows.dates"), t("reports.xlsx.datesNote", { zone: meta.timeZone })],
    [t("reports.xlsx.aboutRows.columns"), t("reports.xlsx.columnsNote")],
  ];
  for (const [key, value] of lines) {
    const r = about.addRow([key, value]);
    if (value instanceof Date) r.getCell(2).numFmt = INSTANT_FORMAT;
    r.commit();
  }
  about.commit();
}

/**
 * exceljs hands each committed row to the zip without waiting (its StreamBuf ignores backpressure):
 * rows written faster than the compressor takes them pile up, uncompressed, in the zip entry's input
 * buffer, off the heap (100,000 claims took RSS from 385 to 683 MB). Before the next batch is read,
 * wait until that buffer has drained. The sheet's stream and its pipe are exceljs and archiver
 * internals (a readable-stream PassThrough), read defensively: without them this waits for nothing.
 */
async function compressorCaughtUp(sheet: ExcelJS.Worksheet) {
  type Entry = EventEmitter & { _writableState?: { needDrain?: boolean } };
  const internals = sheet as unknown as { _stream?: { pipes?: Entry[] } };
  const entry = internals._stream?.pipes?.[0];
  if (entry?._writableState?.needDrain) await once(entry, "drain");
}

export const xlsxWriter: ByteWriterFactory = (meta, lang = "hi") => {
  const t = translator(lang);
  const headings = xlsxHeadings(lang);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  let sheets = 1;
  let sheet = addSheet(wb, sheets, t, headings);
  let rows = 1;
  // What the compressor has let out so far (it runs on the event loop's next turns).
  const ready = async () => {
    await compressorCaughtUp(sheet);
    await new Promise((resolve) => setImmediate(resolve));
    return Buffer.concat(chunks.splice(0));
  };
  return {
    head: ready,
    async claims(batch) {
      for (const row of reportRows(batch)) {
        if (rows === MAX_ROWS) {
          // A report longer than a sheet goes on in another sheet, header repeated.
          sheet.commit();
          sheet = addSheet(wb, ++sheets, t, headings);
          rows = 1;
        }
        writeRow(sheet, row);
        rows++;
      }
      return ready();
    },
    async tail() {
      sheet.commit();
      addAbout(wb, meta, t);
      const finished = new Promise((resolve) => out.on("end", resolve));
      await wb.commit();
      await finished;
      return Buffer.concat(chunks.splice(0));
    },
  };
};
