// The citation formats: CSL-JSON, biblatex and RIS, each a stream of the report's CSL items
// (./csl.ts), written to its own specification by a small writer here (./biblatex.ts, ./ris.ts) and
// tested with readers written apart from ours: pandoc and biber for biblatex, Zotero's RIS import
// translator for RIS, the CSL schema and pandoc's citeproc for CSL-JSON.
import { biblatexOf } from "./biblatex";
import { type CslItem, cslItemsOf } from "./csl";
import type { CitationReport } from "./model";
import { risOf } from "./ris";
import { type WriterFactory, writeAll } from "./writer";

/** A writer that turns each batch into CSL items (each article and source once) and formats them. */
const cslWriter =
  (format: (items: CslItem[]) => string): WriterFactory =>
  () => {
    const seen = new Set<string>();
    return {
      head: () => "",
      claims: (batch) => {
        const items = cslItemsOf(batch, seen);
        return items.length ? format(items) : "";
      },
      tail: () => "",
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

export const bibtexWriter: WriterFactory = cslWriter(biblatexOf);
export const risWriter: WriterFactory = cslWriter(risOf);

export const reportCslJson = (report: CitationReport) => writeAll(cslJsonWriter, report);
export const reportBibtex = (report: CitationReport) => writeAll(bibtexWriter, report);
export const reportRis = (report: CitationReport) => writeAll(risWriter, report);
