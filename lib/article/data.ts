import "server-only";
import { fillQuoteContexts, storedContext } from "../claim/appearance-context";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { parseId } from "../ids";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { searchTextWhere } from "../search/where";
import { articleDateWhere } from "./date-where";
import { type ArticleListQuery, articleListQuery } from "./schema";
import { showsFullText } from "./text-rights";

/**
 * One page of the desk's articles list: newest or oldest added, or by title. The number of claims
 * logged in each is counted for the page's articles, never loaded (nor are the bodies).
 */
export async function listArticles(query: ArticleListQuery = articleListQuery.parse({})) {
  await requireEditor();
  const byTitle = query.sort === "title";
  const start = pageStart(query, byTitle ? "text" : "date");
  const page = byTitle
    ? keyset("title", "asc", start)
    : keyset("createdAt", query.sort === "oldest" ? "asc" : "desc", start);
  const filters: Prisma.ArticleWhereInput[] = [page.where];
  // The title's words, matched as the search box matches them (spelling variants included).
  if (query.q) filters.push(...searchTextWhere(query.q));
  if (query.outlet) filters.push({ outletId: query.outlet });
  if (query.lang) filters.push({ lang: query.lang });
  const dated = articleDateWhere(query.from, query.to);
  if (dated) filters.push(dated);
  const rows = await db().article.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      title: true,
      lang: true,
      publishedAt: true,
      eventDate: true,
      createdAt: true,
      outlet: { select: { nameHi: true, nameEn: true } },
    },
  });
  const page1 = pageOf(rows, start, (r) => (byTitle ? r.title : r.createdAt));
  // Claims logged per article, for this page's articles only (Prisma's _count would group the
  // whole Mention table).
  const counts = await db().mention.groupBy({
    by: ["articleId"],
    where: { articleId: { in: page1.items.map((a) => a.id) } },
    _count: true,
  });
  const mentionCount = new Map(counts.map((m) => [m.articleId, m._count]));
  return {
    ...page1,
    items: page1.items.map((a) => ({ ...a, mentionCount: mentionCount.get(a.id) ?? 0 })),
  };
}

/** The article with every logged mention, for the editors' reader. */
export async function getArticleForDesk(rawId: string) {
  await requireEditor();
  const id = parseId(rawId);
  if (!id) return null;
  return db().article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, slug: true, kind: true, nameHi: true, nameEn: true } },
      mentions: {
        // A merged claim keeps only exact duplicates of its survivor's appearances: not shown twice.
        // Orphans (offsets into an older text) are listed in the orphan banner, not highlighted.
        where: { claim: { mergedIntoId: null }, orphanedAt: null, retiredAt: null },
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          // version: re-selecting an appearance's words in the reader names the claim version it read.
          claim: {
            select: { id: true, textHi: true, status: true, version: true, withdrawnAt: true },
          },
        },
      },
    },
  });
}

/**
 * What readers may see of an article: its published claims, each with its quoted words and the few
 * words around them, and the full text only when the newsroom marked it its own or licensed
 * (lib/article/text-rights.ts). Another outlet's body is never returned — only the context cut
 * from it — so no page, feed or API built on this can republish it.
 */
export async function getPublicArticle(id: string) {
  const article = await db().article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      lang: true,
      url: true,
      publishedAt: true,
      eventDate: true,
      revision: true,
      revisedAt: true,
      textRights: true,
      outlet: { select: { id: true, nameHi: true, nameEn: true } },
      mentions: {
        // Orphaned and retired appearances have no words in the current text.
        where: { claim: { status: "PUBLISHED" }, orphanedAt: null, retiredAt: null },
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          // The quote and the stored words either side of it (lib/anchoring: a few dozen
          // characters), which is all of the text another outlet's article page shows.
          exact: true,
          prefix: true,
          suffix: true,
          claim: {
            select: {
              slug: true,
              textHi: true,
              verdicts: {
                where: { status: "PUBLISHED" },
                orderBy: { publishedAt: "desc" },
                take: 1,
                select: { rating: { select: { labelHi: true, labelEn: true, colour: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  if (!showsFullText(article.textRights)) {
    // The words around each quote as the verdict pages show them: cut from the text without page
    // furniture (lib/claim/appearance-context.ts), a few dozen characters a side.
    const mentions = article.mentions.map((m) => ({
      ...m,
      orphanedFromRevision: null,
      article: { id: article.id },
      context: storedContext(m),
    }));
    await fillQuoteContexts(mentions);
    return { ...article, mentions, full: false as const };
  }
  const text = await db().article.findUnique({
    where: { id },
    select: { body: true, furniture: true },
  });
  return text ? { ...article, full: true as const, ...text } : null;
}
export type PublicArticle = NonNullable<Awaited<ReturnType<typeof getPublicArticle>>>;

/** Articles among `ids` that changed since first imported: the verdict page says so beside each. */
export async function listArticleChanges(ids: string[]) {
  if (ids.length === 0) return [];
  return db().article.findMany({
    where: { id: { in: ids }, revision: { gt: 1 } },
    take: ids.length,
    select: { id: true, revision: true, revisedAt: true },
  });
}
