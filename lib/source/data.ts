// Reads of the shared source library.
import "server-only";
import { authorsOf } from "../author/schema";
import { isoStoredDay } from "../calendar/format";
import { db } from "../db";
import { requireEditor } from "../require-editor";
import { canonicalUrl } from "./url";

/**
 * The library's record for an address, as the evidence form pre-fills it: an editor citing a source
 * the library already has starts from its details (authors included) instead of retyping them.
 */
export async function findLibrarySource(url: string) {
  await requireEditor();
  const s = await db().source.findUnique({ where: { url: canonicalUrl(url) } });
  if (!s) return null;
  return {
    version: s.version,
    title: s.title,
    publisher: s.publisher,
    authors: authorsOf(s.authors),
    publishedAt: isoStoredDay(s.publishedAt),
    archiveUrl: s.archiveUrl,
    lang: s.lang,
  };
}
