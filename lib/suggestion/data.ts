import "server-only";
import { furnitureOf } from "../article/furniture";
import { db } from "../db";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";
import { registryMatcher, suggestionsFor } from "../spot/suggestions";

// The matcher is built from the whole entity registry on each read. That is bounded by the
// registry — the people, bodies and outlets editors have named, a few thousand at most — and
// never by the number of claims or mentions, which is what grows; the cap is a guard, far above it.
const REGISTRY_CAP = 20_000;

/**
 * The claim spotter's suggestions for one article in the editors' reader: flagged sentences not
 * already logged, open and dismissed. Three queries, whatever the article holds.
 */
export async function listSpotSuggestions(rawArticleId: string) {
  await requireEditor();
  const id = parseId(rawArticleId);
  if (!id) return null;
  const [article, registry, dismissals] = await Promise.all([
    db().article.findUnique({
      where: { id },
      select: {
        body: true,
        furniture: true,
        // Orphans' offsets index into an older text: they cover nothing in this one.
        mentions: {
          where: { orphanedAt: null, retiredAt: null },
          select: { start: true, end: true },
        },
      },
    }),
    db().entity.findMany({
      where: { mergedIntoId: null },
      take: REGISTRY_CAP,
      select: { id: true, nameHi: true, nameEn: true, aliases: true, kind: true },
    }),
    db().spotDismissal.findMany({
      where: { articleId: id },
      select: { start: true, end: true },
    }),
  ]);
  if (!article) return null;
  // Lines an editor marked as furniture are not the article's words either: nothing is suggested
  // there (the spotter itself only knows the detected lines).
  const skipped = [...article.mentions, ...furnitureOf(article)];
  return suggestionsFor(article.body, registryMatcher(registry), skipped, dismissals);
}
