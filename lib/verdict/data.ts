import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { searchTextWhere } from "../search/where";
import {
  type ReviewQueueQuery,
  reviewQueueQuery,
  type StaleDraftsQuery,
  staleDraftsQuery,
} from "./schema";
import { staleBefore } from "./stale";

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

/**
 * One page of the verdict drafts nobody has touched since the newsroom day began, oldest first, with
 * who holds each and who last touched it. Two queries a page however many drafts there are: the
 * drafts on the (status, updatedAt, id) index, then the latest audit event of each of them.
 */
export async function listStaleDrafts(
  query: StaleDraftsQuery = staleDraftsQuery.parse({}),
  now = new Date(),
) {
  await requireEditor();
  const before = staleBefore(now);
  const start = pageStart(query, "date");
  const page = keyset("updatedAt", "asc", start);
  const rows = await db().verdict.findMany({
    where: {
      AND: [
        { status: "DRAFT", updatedAt: { lt: before } },
        // A withdrawn claim's draft waits for the claim to be restored, not for an editor.
        { claim: { withdrawnAt: null } },
        page.where,
      ],
    },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      version: true,
      updatedAt: true,
      summaryHi: true,
      author: { select: { id: true, name: true } },
      rating: { select: { labelHi: true, labelEn: true, colour: true } },
      claim: { select: { id: true, textHi: true } },
    },
  });
  const cut = pageOf(rows, start, (r) => r.updatedAt);
  const touched = await lastTouchedBy(cut.items.map((r) => r.id));
  return {
    ...cut,
    items: cut.items.map((r) => ({ ...r, lastTouchedBy: touched.get(r.id) ?? r.author.name })),
    staleBefore: before,
  };
}

/** Who wrote the latest audit event of each verdict: one DISTINCT ON over the audit index. */
async function lastTouchedBy(verdictIds: string[]): Promise<Map<string, string>> {
  if (verdictIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ entityId: string; name: string | null }[]>`
    SELECT DISTINCT ON (a."entityId") a."entityId", u."name"
    FROM "AuditEvent" a LEFT JOIN "User" u ON u."id" = a."actorId"
    WHERE a."entityType" = 'Verdict' AND a."entityId" = ANY(${verdictIds})
    ORDER BY a."entityId", a."createdAt" DESC, a."id" DESC`;
  return new Map(rows.flatMap((r) => (r.name ? [[r.entityId, r.name] as const] : [])));
}
