// Reads for the orphan queue: appearances whose words a new version of their article no longer has.
import "server-only";
import { db } from "../db";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { type OrphanListQuery, orphanListQuery } from "./mention-schema";

// What the queue shows of an orphan: the claim, the old quote in its old context, and the article
// revision an action must name.
const ORPHAN_SELECT = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  revision: true,
  orphanedAt: true,
  orphanReason: true,
  claim: { select: { id: true, textHi: true, status: true } },
  article: { select: { id: true, title: true, revision: true, revisedAt: true } },
} as const;

const waiting = { orphanedAt: { not: null }, retiredAt: null } as const;

/** One page of the orphan queue, newest orphans first (keyset on orphanedAt, id). */
export async function listOrphans(query: OrphanListQuery = orphanListQuery.parse({})) {
  await requireEditor();
  const start = pageStart(query, "date");
  const page = keyset("orphanedAt", "desc", start);
  const rows = await db().mention.findMany({
    where: { AND: [waiting, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: ORPHAN_SELECT,
  });
  return pageOf(rows, start, (r) => r.orphanedAt ?? new Date(0));
}

/** The orphans of one article, for the banner on its desk page. */
export async function listArticleOrphans(articleId: string) {
  await requireEditor();
  return db().mention.findMany({
    where: { articleId, ...waiting },
    orderBy: [{ orphanedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: ORPHAN_SELECT,
  });
}

export type OrphanRow = Awaited<ReturnType<typeof listArticleOrphans>>[number];
