// The words around each appearance of a claim, as readers see the article: page furniture (ads,
// comment boxes, teasers of other stories) is skipped, so "Advertisement" or "Leave A Reply" never
// stands beside a quote on a verdict page. The stored prefix/suffix (lib/anchoring) are raw text,
// kept for re-anchoring; they are used here only when the article no longer holds the quote.
import "server-only";
import { db } from "../db";
import { type QuoteContext, quoteContext, storedQuoteContext } from "../text/context";
import { furnitureOf, isFurnitureLine } from "../text/furniture";

type Appearance = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Set when the words are only in an older version of the article (offsets index that one). */
  orphanedFromRevision: number | null;
  article: { id: string };
  context: QuoteContext;
};

/** Context from the stored prefix/suffix alone (furniture lines dropped): needs no article text. */
export const storedContext = (m: { prefix: string; suffix: string }): QuoteContext =>
  storedQuoteContext(m.prefix, m.suffix, isFurnitureLine);

/** Replaces each appearance's context with one cut from its article's text without furniture. */
export async function fillQuoteContexts(mentions: Appearance[]): Promise<void> {
  const current = mentions.filter((m) => m.orphanedFromRevision === null);
  if (current.length === 0) return;
  const articles = await db().article.findMany({
    where: { id: { in: [...new Set(current.map((m) => m.article.id))] } },
    select: { id: true, body: true, furniture: true },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const m of current) {
    const a = byId.get(m.article.id);
    // Offsets that no longer hold the words (a revision not yet re-anchored) fall back to stored.
    if (!a || a.body.slice(m.start, m.end) !== m.exact) continue;
    m.context = quoteContext(a.body, furnitureOf(a), m.start, m.end);
  }
}
