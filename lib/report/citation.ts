// BibTeX, RIS and CSL-JSON through citation.js, with its three known ways of losing Hindi handled.
import { createHash } from "node:crypto";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { type CslItem, cslItemsOf } from "./csl";
import type { CitationReport } from "./model";
import { type WriterFactory, writeAll } from "./writer";

/**
 * The bibtex plugin's defaults drop every non-ASCII character it cannot turn into a LaTeX escape, so
 * Devanagari titles come out blank and names as ", " (citation-js issue 177), and it makes up labels
 * from the (erased) author and title. Its config is process-wide; it is set only for the duration of
 * this synchronous call and put back, so other users of the plugin see its defaults.
 */
export function bibtexOf(items: CslItem[]): string {
  const format = plugins.config.get("@bibtex").format;
  const saved = { ...format };
  Object.assign(format, { asciiOnly: false, useIdAsLabel: true, checkLabel: true });
  try {
    return new Cite(items.map(bibtexSafe)).format("bibtex");
  } finally {
    Object.assign(format, saved);
  }
}

/**
 * Maps every string of an item except its id and type (ours, never typed by an editor): the
 * serializers below decide what a hostile value may not contain.
 */
function mapStrings<T>(value: T, f: (s: string, key: string) => string, key = ""): T {
  if (typeof value === "string") return f(value, key) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, key)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) =>
        k === "id" || k === "type" ? [k, v] : [k, mapStrings(v, f, k)],
      ),
    ) as T;
  }
  return value;
}

/**
 * With asciiOnly off the plugin writes values as they are, so a `}` in a title closed its field and
 * what followed became new fields or entries. BibTeX counts braces even after a backslash (`\}` still
 * closes), so braces and backslashes become brace-balanced LaTeX commands every reader knows; in the
 * verbatim URL/DOI fields, where commands are not read, they are percent-encoded.
 */
const LATEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
};
const bibtexSafe = (item: CslItem): CslItem =>
  mapStrings(item, (s, key) =>
    key === "URL" || key === "DOI"
      ? s.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c))
      : s.replace(/[{}\\]/g, (c) => LATEX_SPECIAL[c]),
  );

/**
 * RIS IDs hold at most 20 characters (citation.js cuts longer ones, so two items could collide): a
 * longer id becomes its kind's initial and a hash of the whole id, the same on every export.
 */
export function risId(id: string): string {
  if (id.length <= 20) return id;
  return `${id[0]}_${createHash("sha256").update(id).digest("base64url").slice(0, 18)}`;
}

/**
 * The RIS spec maps a newspaper article's AU lines to CSL `reporter`, so citation.js writes
 * `TY  - NEWS` with no author at all. A newspaper item that has authors goes out as a magazine
 * article (`TY  - MGZN`), whose AU lines, container title and dates every RIS reader keeps.
 */
export function risOf(items: CslItem[]): string {
  const mapped = items.map((i) => ({
    ...i,
    id: risId(i.id),
    type: i.type === "article-newspaper" && i.author?.length ? "article-magazine" : i.type,
  }));
  const records = new Cite(mapped).format("ris", { format: "object" }) as unknown as RisRecord[];
  return `${records.map(risRecord).join("\n")}\n`;
}

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS is one field per line and a record ends at `ER  - `. A line break inside a value (a source's
 * note, a pasted title) let an editor's text start a record of its own, and citation.js's own text
 * output wraps every 70 characters, so a value padded to the wrap did the same. The records are
 * taken from citation.js as objects and written here, every value on one line.
 */
function risRecord({ TY, ...fields }: RisRecord): string {
  const oneLine = (v: string | number) =>
    String(v).replace(/\s*[\n\r\v\f\u0085\u2028\u2029]+\s*/g, " ");
  const lines = Object.entries(fields).flatMap(([tag, values]) =>
    [values].flat().map((v) => `${tag}  - ${oneLine(v)}`),
  );
  return [`TY  - ${TY}`, ...lines, "ER  - "].join("\n");
}

/** A writer that turns each batch into CSL items (each article and source once) and formats them. */
const cslWriter =
  (format: (items: CslItem[]) => string, open = "", close = ""): WriterFactory =>
  () => {
    const seen = new Set<string>();
    return {
      head: () => open,
      claims: (batch) => {
        const items = cslItemsOf(batch, seen);
        return items.length ? format(items) : "";
      },
      tail: () => close,
    };
  };

/**
 * CSL-JSON, the interchange form Zotero and citeproc read: one array, an item per line. The separator
 * goes before every item but the report's first, which is why this writer keeps a count.
 */
export const cslJsonWriter: WriterFactory = (meta) => {
  let written = 0;
  const inner = cslWriter((items) =>
    items.map((i) => `${written++ ? ",\n" : "\n"}${JSON.stringify(i)}`).join(""),
  )(meta);
  return { head: () => "[", claims: inner.claims, tail: () => (written ? "\n]\n" : "]\n") };
};

// Each batch ends its last entry with a line break, so the next batch's first entry starts on its own line.
const endLine = (s: string) => (s.endsWith("\n") ? s : `${s}\n`);
export const bibtexWriter: WriterFactory = cslWriter((items) => endLine(bibtexOf(items)));
export const risWriter: WriterFactory = cslWriter((items) => endLine(risOf(items)));

export const reportCslJson = (report: CitationReport) => writeAll(cslJsonWriter, report);
export const reportBibtex = (report: CitationReport) => writeAll(bibtexWriter, report);
export const reportRis = (report: CitationReport) => writeAll(risWriter, report);
