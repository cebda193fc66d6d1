import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, reportRows, type CitationReport } from "./build";

// A byte-order mark first: Excel, which most newsrooms open CSVs in, otherwise reads UTF-8 Hindi as mojibake.
const BOM = "\uFEFF";

export function reportCsv(report: CitationReport): string {
  return BOM + stringify(reportRows(report), { header: true, columns: [...CSV_COLUMNS], cast: { number: String } });
}
