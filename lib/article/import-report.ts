// What an import reports, item by item: imported, skipped as already stored, revised, failed. Pure
// types and helpers shared by the writer (import.ts), the desk's upload form and `npm run import`.
import type { AlreadyLogged } from "../claim/match.ts";
import type { Lang } from "../i18n/locale.ts";
import { translator } from "../i18n/translator.ts";
import type { ImportFailure } from "./parse.ts";

interface ImportedItem {
  file: string;
  line: number;
  id: string;
  title: string;
  furnitureLines: number;
  /** Bidi control characters removed from the body before it was stored (see articleInputSchema). */
  bidiRemoved: number;
  /**
   * Passages that look like claims already logged. Found after the import by the matching worker
   * (lib/match-job), never in the import's request; the CLI fills it in for its report.
   */
  alreadyLogged?: AlreadyLogged[];
}
/** A new version of an article already stored (the same address, other text). */
interface RevisedItem extends ImportedItem {
  revision: number;
  reanchored: number;
  orphaned: number;
}
export interface ImportReport {
  imported: ImportedItem[];
  /** Already in Pramaan (the same text, by content hash): not an error. */
  skipped: ImportedItem[];
  /** New versions of articles already stored: "new version of …: N re-anchored, M orphaned". */
  revised: RevisedItem[];
  failed: ImportFailure[];
}
export const emptyReport = (): ImportReport => ({
  imported: [],
  skipped: [],
  revised: [],
  failed: [],
});

/** The import report's line for a new version, worded in `lang` (the catalogue's articles.revision). */
export const revisedLine = (
  r: { title: string; reanchored: number; orphaned: number },
  lang: Lang = "en",
) =>
  translator(lang)("articles.revision.report", {
    title: r.title,
    reanchored: r.reanchored,
    orphaned: r.orphaned,
  });
