// BibTeX, RIS and CSL-JSON through citation.js, with its three known ways of losing Hindi handled.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { type CslItem, reportCsl } from "./csl";
import type { CitationReport } from "./model";

/** CSL-JSON: the interchange form Zotero and citeproc read. */
export function reportCslJson(report: CitationReport): string {
  return JSON.stringify(reportCsl(report), null, 2);
}

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
    return new Cite(items).format("bibtex");
  } finally {
    Object.assign(format, saved);
  }
}

/**
 * The RIS spec maps a newspaper article's AU lines to CSL `reporter`, so citation.js writes
 * `TY  - NEWS` with no author at all. A newspaper item that has authors goes out as a magazine
 * article (`TY  - MGZN`), whose AU lines, container title and dates every RIS reader keeps.
 */
export function risOf(items: CslItem[]): string {
  const mapped = items.map((i) =>
    i.type === "article-newspaper" && i.author?.length
      ? { ...i, type: "article-magazine" as const }
      : i,
  );
  return `${new Cite(mapped).format("ris")}\n`;
}

export const reportBibtex = (report: CitationReport) => bibtexOf(reportCsl(report));
export const reportRis = (report: CitationReport) => risOf(reportCsl(report));
