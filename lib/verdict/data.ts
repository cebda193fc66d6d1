import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { searchTextWhere } from "../search/where";
import { type ReviewQueueQuery, reviewQueueQuery } from "./schema";

/**
 * One page of the verdicts waiting for a second editor, oldest first unless asked otherwise; with
 * forMe, only those the signed-in editor may review (none they wrote or edited).
 */
export async function listReviewQueue(query: ReviewQueueQuery = reviewQueueQuery.parse({})) {
  const me = await requireEditor();
  const start = pageStart(query, "date");
  const page = keyset("submittedAt", query.sort === "newest" ? "desc" : "asc", start);
  // Submitting stamps submittedAt; a row without one could not sit on a keyset over it.
  const filters: Prisma.VerdictWhereInput[] = [
    { status: "IN_REVIEW", submittedAt: { not: null } },
    // Only an open claim is withdrawn, but the queue says so itself rather than trust that.
    { claim: { withdrawnAt: null } },
    page.where,
  ];
  // The claim's words (what the queue shows), matched as the search box matches them.
  if (query.q) filters.push({ claim: { AND: searchTextWhere(query.q) } });
  if (query.forMe)
    filters.push({ authorId: { not: me.id }, contributors: { none: { userId: me.id } } });
  const rows = await db().verdict.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      submittedAt: true,
      summaryHi: true,
      author: { select: { id: true, name: true } },
      // Only whether the signed-in editor is among the writers, not the whole list.
      contributors: { where: { userId: me.id }, select: { userId: true } },
      rating: { select: { labelHi: true, labelEn: true, colour: true } },
      claim: { select: { id: true, textHi: true } },
      // A new version of a published verdict: the queue says so (kind), the claim page compares.
      correction: { select: { kind: true } },
    },
  });
  return pageOf(rows, start, (r) => r.submittedAt ?? new Date(0));
}

/**
 * How many verdicts the signed-in editor could review now (none they wrote or edited), counted up to
 * REVIEW_BADGE_CAP: the desk header shows it on every page, and counting a queue of thousands there
 * made every desk page slower as the newsroom's archive grew.
 */
export const REVIEW_BADGE_CAP = 100;
export async function countReviewableForMe(): Promise<number> {
  const me = await requireEditor();
  return db().verdict.count({
    take: REVIEW_BADGE_CAP,
    where: {
      status: "IN_REVIEW",
      authorId: { not: me.id },
      contributors: { none: { userId: me.id } },
    },
  });
}
