import { stringify } from "csv-stringify/sync";
import type { CitationReport, ReportClaim } from "./model";
import { attributionLine, authorsText, relaysOf, speakerOf } from "./text";
import { type WriterFactory, writeAll } from "./writer";

// A byte-order mark first: Excel, which most newsrooms open CSVs in, otherwise reads UTF-8 Hindi as mojibake.
const BOM = "\uFEFF";

// OWASP's CSV-injection guidance: a cell that starts with = + - @ (or a tab or line break, which
// spreadsheets skip before looking for those) can run as a formula when the file is opened. Full-width
// forms count too: some spreadsheet locales read ＝ as =. Such a cell gets a leading apostrophe, which
// keeps it text. LibreOffice shows the apostrophe rather than hiding it (checked with LibreOffice 7.4,
// tests/integration/report-csv-libreoffice.test.ts): the visible price of a cell that cannot run.
// A plain number ("-3", "+4.5") stays a number.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
// LibreOffice with "Detect special numbers" on (a remembered import setting, and what its headless
// import does when the options are left out) reads TRUE/FALSE in any case, spaces around and quotes
// or not, as a boolean cell: the rating "False" would become FALSE, and a filter on "False" would
// miss it. Quoting cannot prevent that; the apostrophe can. (A German LibreOffice reads WAHR/FALSCH
// instead, a Hindi one no word at all; the English words are what an en-IN newsroom's copy reads.)
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;

export function neutraliseCell(value: string): string {
  const formula = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
  return formula || BOOLEAN_WORD.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
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
  "row_type",
  "article_title",
  "outlet",
  "article_date",
  "article_url",
  "quote",
  "speaker",
  "relayed_by",
  "attribution_chain",
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

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const BLANK = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as Row;

/** One row per appearance and one per source, each repeating its claim's columns (a tidy table). */
function claimRows(claims: ReportClaim[]): Row[] {
  const rows: Row[] = [];
  const blank = BLANK;
  for (const c of claims) {
    const v = c.verdict;
    const claim: Row = {
      ...blank,
      claim_id: c.id,
      claim_url: c.url,
      claim_hi: c.textHi,
      claim_en: c.textEn,
      claim_status: c.status,
      is_draft: c.isDraft ? "yes" : "no",
      verdict_status: v?.status ?? null,
      rating_hi: v?.rating.labelHi ?? null,
      rating_en: v?.rating.labelEn ?? null,
      rating_value: v?.rating.value ?? null,
      verdict_summary_hi: v?.summaryHi ?? null,
      verdict_summary_en: v?.summaryEn ?? null,
      verdict_authors: v ? v.authors.map((a) => a.name).join("; ") : null,
      verdict_reviewer: v?.reviewer?.name ?? null,
      verdict_published_at: v?.publishedAt ?? null,
    };
    for (const a of c.appearances) {
      const outlet = a.article.outlet;
      rows.push({
        ...claim,
        row_type: "appearance",
        article_title: a.article.title,
        outlet: outlet && (outlet.nameHi || outlet.nameEn),
        article_date: a.article.date,
        article_url: a.article.url,
        quote: a.quote,
        speaker: speakerOf(a),
        relayed_by: relaysOf(a).join(" → "),
        attribution_chain: attributionLine(a),
      });
    }
    for (const s of c.sources) {
      rows.push({
        ...claim,
        row_type: "source",
        source_title: s.title,
        source_publisher: s.publisher,
        source_author: authorsText(s.authors),
        source_url: s.url,
        source_published: s.publishedAt,
        source_accessed: s.accessedAt,
        source_archive_url: s.archiveUrl,
        stance: s.stance,
        pinpoint_quote: s.pinpoint,
        note: s.note,
      });
    }
  }
  return rows;
}

const stringifyOptions = {
  columns: [...CSV_COLUMNS],
  cast: { number: String, string: neutraliseCell },
};

export const csvWriter: WriterFactory = () => ({
  head: () => BOM + stringify([], { ...stringifyOptions, header: true }),
  claims: (batch) => stringify(claimRows(batch), { ...stringifyOptions, header: false }),
  tail: () => "",
});

export const reportCsv = (report: CitationReport) => writeAll(csvWriter, report);
