import { stringify } from "csv-stringify/sync";
import { type CitationReport, CSV_COLUMNS, reportRows } from "./build";

// A byte-order mark first: Excel, which most newsrooms open CSVs in, otherwise reads UTF-8 Hindi as mojibake.
const BOM = "\uFEFF";

// OWASP's CSV-injection guidance: a cell that starts with = + - @ (or a tab or line break, which
// spreadsheets skip before looking for those) can run as a formula when the file is opened. Full-width
// forms count too: some spreadsheet locales read ＝ as =. Such a cell gets a leading apostrophe, which
// spreadsheets show as text and do not display. A plain number ("-3", "+4.5") stays a number.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function reportCsv(report: CitationReport): string {
  return (
    BOM +
    stringify(reportRows(report), {
      header: true,
      columns: [...CSV_COLUMNS],
      cast: { number: String, string: neutraliseCell },
    })
  );
}
