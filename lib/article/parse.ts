// Splitting an import file into articles, before any is validated or stored. Pure (csv-parse and
// zod only), so the browser parses uploads itself and sends the items in small batches: the
// progress an editor sees then counts articles, not files.
import { parse as parseCsv } from "csv-parse/sync";
import { englishOf } from "../error-words";
import { type ErrorDescriptor, err as reason } from "../errors";
import { normaliseNewlines } from "../text/newlines";

export const IMPORT_EXTENSIONS = [".txt", ".json", ".csv"] as const;

/** One article found in a file, not yet validated: where it came from, and its fields. */
export interface RawItem {
  file: string;
  line: number;
  fields: unknown;
}
export interface ImportFailure {
  file: string;
  line: number;
  /** In English: the CLI's report and logs. */
  message: string;
  /**
   * Why, for the desk to word in the page's language (lib/errors.ts), each at the column it is
   * about (`at`, as the file named it); absent: show `message`.
   */
  reasons?: { at?: string; reason: ErrorDescriptor }[];
}
/** A failure for the report: its English for the CLI, its reason for the desk. */
const failure = (file: string, line: number, why: ErrorDescriptor): ImportFailure => ({
  file,
  line,
  message: englishOf(why),
  reasons: [{ reason: why }],
});

/**
 * A file's bytes as text, or a failure naming the line of the first bytes that are not UTF-8. A
 * lenient decoder would put U+FFFD there and the article would be stored with characters lost.
 */
export function decodeImportFile(
  file: string,
  bytes: Uint8Array,
): { text: string } | { failed: ImportFailure } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Re-encoding the lenient decoding matches the input up to the first bad byte.
    const again = new TextEncoder().encode(new TextDecoder("utf-8").decode(bytes));
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at]) at++;
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return {
      failed: failure(file, line, reason("article.notUtf8File", { line, at })),
    };
  }
}

/**
 * Splits a file into raw items. .txt: the first line is the title, everything after its line break
 * the body. .json: one object or an array of them. .csv: a header row naming the columns. Problems
 * with the file as a whole (or a CSV row that cannot be read) become failures with their line.
 */
export function parseImportFile(
  file: string,
  content: string,
): { items: RawItem[]; failed: ImportFailure[] } {
  const text = normaliseNewlines(content.replace(/^\uFEFF/, ""));
  const ext = file.slice(file.lastIndexOf(".")).toLowerCase();
  if (ext === ".txt") {
    const cut = text.indexOf("\n");
    const title = cut < 0 ? text : text.slice(0, cut);
    return {
      items: [{ file, line: 1, fields: { title, body: cut < 0 ? "" : text.slice(cut + 1) } }],
      failed: [],
    };
  }
  if (ext === ".json") return parseJson(file, text);
  if (ext === ".csv") return parseCsvFile(file, text);
  return {
    items: [],
    failed: [failure(file, 0, reason("article.notImportFile"))],
  };
}

function parseJson(file: string, text: string): { items: RawItem[]; failed: ImportFailure[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // V8 says "… at position N" (or "line L column C"): turn a position into a line.
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos
      ? text.slice(0, Number(pos[1])).split("\n").length
      : Number(/line (\d+)/.exec(msg)?.[1] ?? 1);
    return { items: [], failed: [failure(file, line, reason("article.notJson", { detail: msg }))] };
  }
  const list = Array.isArray(data) ? data : [data];
  // JSON has no line numbers once parsed: report the item's place in the array, counted from 1.
  return { items: list.map((fields, i) => ({ file, line: i + 1, fields })), failed: [] };
}

function parseCsvFile(file: string, text: string): { items: RawItem[]; failed: ImportFailure[] } {
  const failed: ImportFailure[] = [];
  try {
    const rows = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      info: true,
      raw: true,
      skip_empty_lines: true,
      // A row with too many or too few cells is reported with its line; the others still import.
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err)
          failed.push(
            failure(
              file,
              Number(err.lines ?? 0),
              reason("article.csvError", { detail: err.message }),
            ),
          );
      },
    }) as { record: Record<string, string>; info: { lines: number }; raw: string }[];
    const items = rows.map(({ record, info, raw }) => {
      // info.lines is where the row ends; a quoted body spans lines, and the editor wants the first.
      const breaks = (raw.match(/\n/g) ?? []).length - (raw.endsWith("\n") ? 1 : 0);
      return { file, line: info.lines - breaks, fields: record };
    });
    return { items, failed };
  } catch (e) {
    const err = e as Error & { lines?: number };
    const broken = failure(
      file,
      err.lines ?? 0,
      reason("article.csvError", { detail: err.message }),
    );
    return { items: [], failed: [...failed, broken] };
  }
}
