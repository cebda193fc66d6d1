import type { CitationReport, ReportAppearance, ReportClaim, ReportSource } from "./model";
import { attributionLine, authorsText, relaysOf, speakerOf } from "./text";
import { type WriterFactory, writeAll } from "./writer";

// The CSV is for data tools (pandas, R, csvkit, a database's COPY): the cells are the data, as typed.
// Spreadsheet users get the XLSX (./xlsx.ts), whose typed cells need no tricks.
//
// A byte-order mark first all the same: Excel, which many newsrooms still double-click CSVs into, reads
// UTF-8 Hindi without one as mojibake, and the data tools this file is for skip it (pandas and R's
// readr with their default UTF-8; csv-parse with `bom: true`; Python's `utf-8-sig`). Dropping it would
// cost every Excel user the Hindi to save a data tool an option most of them do not need.
const BOM = "\uFEFF";

// OWASP's CSV-injection guidance: a cell that starts with = + - @ (or a tab or line break, which
// spreadsheets skip before looking for those) can run as a formula when the file is opened. Full-width
// forms count too: some spreadsheet locales read ＝ as =. Such a cell gets a leading apostrophe, which
// keeps it text. A plain number ("-3", "+4.5") stays a number. Nothing else is touched: plain words
// such as the rating "True" stay "True" in the data (a spreadsheet may show them as booleans; that is
// what the XLSX is for).
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

// The columns come in four groups: the claim's, then the row's own (an appearance's or a source's),
// then the claim's again. New columns are only ever appended, so a script that reads columns by
// position keeps working (README, "CSV columns").
const CLAIM_COLUMNS = [
  "claim_id",
  "claim_url",
  "claim_hi",
  "claim_en",
  "claim_status",
  "is_draft",
  "verdict_status",
  "rating_hi",
  "rating_en",
  "rating_value",
  "verdict_summary_hi",
  "verdict_summary_en",
  "verdict_authors",
  "verdict_reviewer",
  "verdict_published_at",
] as const;
const APPEARANCE_COLUMNS = [
  "article_title",
  "outlet",
  "article_date",
  "article_url",
  "quote",
  "speaker",
  "relayed_by",
  "attribution_chain",
] as const;
const SOURCE_COLUMNS = [
  "source_title",
  "source_publisher",
  "source_author",
  "source_url",
  "source_published",
  "source_accessed",
  "source_archive_url",
  "stance",
  "pinpoint_quote",
  "note",
] as const;
// What readers were told after publication (issue 15): the verdict page's reasoning, a retraction, and
// the corrections log (its newest entry, of any kind, a retraction included).
const CLAIM_AFTER_COLUMNS = [
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
] as const;

export const CSV_COLUMNS = [
  ...CLAIM_COLUMNS,
  "row_type",
  ...APPEARANCE_COLUMNS,
  ...SOURCE_COLUMNS,
  ...CLAIM_AFTER_COLUMNS,
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** A value as the report has it: text (dates are ISO 8601 text), a number, a yes/no, or nothing. */
type ReportCell = string | number | boolean | null;
/** One row's cells, in CSV_COLUMNS order. */
export type ReportRow = ReportCell[];

type Cells<C extends readonly string[]> = { [K in keyof C]: ReportCell };

function claimCells(c: ReportClaim): Cells<typeof CLAIM_COLUMNS> {
  const v = c.verdict;
  return [
    c.id,
    c.url,
    c.textHi,
    c.textEn,
    c.status,
    c.isDraft,
    v?.status ?? null,
    v?.rating.labelHi ?? null,
    v?.rating.labelEn ?? null,
    v?.rating.value ?? null,
    v?.summaryHi ?? null,
    v?.summaryEn ?? null,
    v ? v.authors.map((a) => a.name).join("; ") : null,
    v?.reviewer?.name ?? null,
    v?.publishedAt ?? null,
  ];
}

function claimAfterCells(c: ReportClaim): Cells<typeof CLAIM_AFTER_COLUMNS> {
  const retraction = c.corrections.find((k) => k.kind === "RETRACTION");
  let latest: ReportClaim["corrections"][number] | null = null;
  // ISO strings in one zone and format sort as the instants they name.
  for (const k of c.corrections) if (!latest || k.at > latest.at) latest = k;
  return [
    c.verdict?.rationale || null,
    c.retractedAt !== null,
    c.retractedAt,
    retraction?.textHi ?? null,
    retraction?.textEn ?? null,
    c.corrections.length,
    latest?.kind ?? null,
    latest?.at ?? null,
    latest?.textHi ?? null,
    latest?.textEn ?? null,
  ];
}

function appearanceCells(a: ReportAppearance): Cells<typeof APPEARANCE_COLUMNS> {
  const outlet = a.article.outlet;
  return [
    a.article.title,
    outlet && (outlet.nameHi || outlet.nameEn),
    a.article.date,
    a.article.url,
    a.quote,
    speakerOf(a),
    relaysOf(a).join(" → "),
    attributionLine(a),
  ];
}

function sourceCells(s: ReportSource): Cells<typeof SOURCE_COLUMNS> {
  return [
    s.title,
    s.publisher,
    authorsText(s.authors),
    s.url,
    s.publishedAt,
    s.accessedAt,
    s.archiveUrl,
    s.stance,
    s.pinpoint,
    s.note,
  ];
}

const NO_APPEARANCE: ReportCell[] = APPEARANCE_COLUMNS.map(() => null);
const NO_SOURCE: ReportCell[] = SOURCE_COLUMNS.map(() => null);

/**
 * A claim's rows, as row_type and the row's own cells: one per appearance and one per source (a tidy
 * table, each row repeating its claim's columns). A claim with neither still gets one row, so a
 * retracted or corrected claim is never missing from the file.
 */
function middles(c: ReportClaim): ReportCell[][] {
  const out: ReportCell[][] = [];
  for (const a of c.appearances) out.push(["appearance", ...appearanceCells(a), ...NO_SOURCE]);
  for (const s of c.sources) out.push(["source", ...NO_APPEARANCE, ...sourceCells(s)]);
  if (out.length === 0) out.push(["claim", ...NO_APPEARANCE, ...NO_SOURCE]);
  return out;
}

/** Every row of these claims, cells in CSV_COLUMNS order: the XLSX types the same values the CSV writes. */
export function reportRows(claims: ReportClaim[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const c of claims) {
    const before = claimCells(c);
    const after = claimAfterCells(c);
    for (const middle of middles(c)) rows.push([...before, ...middle, ...after]);
  }
  return rows;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** One cell as CSV text: neutralised, quoted when it must be; yes/no for booleans, "" for nothing. */
function csvCell(value: ReportCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  // yes/no, as is_draft always was: "true"/"false" would read as booleans in some tools, not others.
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

const csvLine = (cells: readonly ReportCell[]) => cells.map(csvCell).join(",");

// A 100,000-claim export writes ~350,000 rows of 44 cells. The claim's own cells are the same on each
// of its rows, so they are encoded once per claim and each row only encodes its own middle part.
function claimCsv(c: ReportClaim): string {
  const before = csvLine(claimCells(c));
  const after = csvLine(claimAfterCells(c));
  let out = "";
  for (const middle of middles(c)) out += `${before},${csvLine(middle)},${after}\n`;
  return out;
}

export const csvWriter: WriterFactory = () => ({
  head: () => `${BOM}${CSV_COLUMNS.join(",")}\n`,
  claims: (batch) => {
    let out = "";
    for (const c of batch) out += claimCsv(c);
    return out;
  },
  tail: () => "",
});

export const reportCsv = (report: CitationReport) => writeAll(csvWriter, report);
