import "server-only";
import { dayRange } from "../calendar/days";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { runSearch } from "../search/engine";
import { searchTextWhere } from "../search/where";
import { type ClaimMatch, matchPassages, type PassageMatches, type Query } from "./match";
import { isBeingWorkedOn, WORKING_STATUSES } from "./policy";
import { CLAIM_LIST_STATUSES, type ClaimListQuery, claimListQuery } from "./schema";

/**
 * One page of the desk's claims list, newest (or oldest) first, filtered as the query says. One
 * page: the counts per row come from two grouped queries over the page, and only the newest
 * verdict's rating is read.
 */
export async function listClaimsForDesk(query: ClaimListQuery = claimListQuery.parse({})) {
  const me = await requireEditor();
  const start = pageStart(query, "date");
  const page = keyset("createdAt", query.sort === "oldest" ? "asc" : "desc", start);
  const filters: Prisma.ClaimWhereInput[] = [page.where];
  if (query.q) filters.push(...searchTextWhere(query.q));
  if (query.status) filters.push({ status: CLAIM_LIST_STATUSES[query.status] });
  if (query.topic) filters.push({ topic: query.topic });
  if (query.mine) filters.push({ createdById: me.id });
  if (query.assigned) filters.push({ assigneeId: me.id });
  filters.push({ withdrawnAt: query.withdrawn ? { not: null } : null });
  const created = dayRange(query.from, query.to);
  if (created) filters.push({ createdAt: created });
  if (query.outlet) filters.push({ mentions: { some: { article: { outletId: query.outlet } } } });
  if (query.speaker)
    filters.push({
      mentions: {
        some: { attribution: { some: { role: "SPEAKER", entityId: query.speaker } } },
      },
    });
  if (query.rating) filters.push({ verdicts: { some: { ratingId: query.rating } } });
  const rows = await db().claim.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      slug: true,
      textHi: true,
      textEn: true,
      topic: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      withdrawnAt: true,
      mergedIntoId: true,
      verdicts: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          status: true,
          rating: { select: { labelHi: true, labelEn: true, colour: true } },
        },
      },
    },
  });
  const page1 = pageOf(rows, start, (r) => r.createdAt);
  // Counts for this page's claims only, one grouped query each. Prisma's _count would join a
  // count over the whole Mention and Evidence tables (GROUP BY claimId without the page's ids).
  const ids = page1.items.map((c) => c.id);
  const [mentions, evidence] = await Promise.all([
    db().mention.groupBy({ by: ["claimId"], where: { claimId: { in: ids } }, _count: true }),
    db().evidence.groupBy({ by: ["claimId"], where: { claimId: { in: ids } }, _count: true }),
  ]);
  const mentionCount = new Map(mentions.map((m) => [m.claimId, m._count]));
  const evidenceCount = new Map(evidence.map((e) => [e.claimId, e._count]));
  return {
    ...page1,
    items: page1.items.map((c) => ({
      ...c,
      mentionCount: mentionCount.get(c.id) ?? 0,
      evidenceCount: evidenceCount.get(c.id) ?? 0,
    })),
  };
}

const query: Query = (sql, params) => db().$queryRawUnsafe(sql, ...params);

/**
 * Claims already logged that say what the selected quote says (lib/claim/match.ts), for the log
 * page's "Already logged?" section. `claimId` (the import report's link) is kept among the matches
 * even when the ranking would not show it, so the page can preselect it.
 */
export async function listClaimMatches(quote: string, claimId?: string): Promise<PassageMatches> {
  await requireEditor();
  const [found] = await matchPassages(query, [quote]);
  if (!claimId || found.matches.some((m) => m.id === claimId)) return found;
  const wanted = await db().claim.findUnique({
    where: { id: claimId },
    select: { id: true, textHi: true, status: true },
  });
  if (!wanted) return found;
  const open = isBeingWorkedOn(wanted.status);
  const asked: ClaimMatch = {
    ...wanted,
    score: 0,
    likeness: "picked from the import report",
    attachable: open,
    blocked: open ? null : "not open: it no longer takes new appearances",
    appearances: 0,
    firstArticle: null,
    differs: null,
  };
  return { ...found, matches: [asked, ...found.matches.filter((m) => m.id !== claimId)] };
}

/**
 * Claims still being worked on (open or sent back), found by words: the log page's search box. The
 * desk search, first page, bounded.
 */
export async function searchOpenClaims(q: string) {
  await requireEditor();
  const page = await runSearch(query, q, { type: "claims", status: WORKING_STATUSES, page: 1 });
  return page.items.slice(0, OPEN_CLAIM_RESULTS).map((h) => ({ id: h.id, title: h.title }));
}
const OPEN_CLAIM_RESULTS = 8;

const MERGE_TARGETS = 10;

/**
 * Open claims a duplicate could be merged into, found by the search box's words: a handful, never
 * the claim itself nor a withdrawn one.
 */
export async function findMergeTargets(words: string, exceptId: string) {
  await requireEditor();
  const match = searchTextWhere(words);
  if (match.length === 0) return [];
  return db().claim.findMany({
    where: {
      AND: [
        ...match,
        { status: { in: [...WORKING_STATUSES] }, withdrawnAt: null, id: { not: exceptId } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: MERGE_TARGETS,
    select: { id: true, textHi: true, textEn: true, createdAt: true },
  });
}

const ASSIGNABLE = 200;

/** The active editors a claim can be assigned to, by name: bounded, since it fills a select. */
export async function listAssignableEditors() {
  await requireEditor();
  return db().user.findMany({
    where: { disabledAt: null, role: { in: ["EDITOR", "ADMIN"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: ASSIGNABLE,
    select: { id: true, name: true },
  });
}

/** Who carries a claim, for the desk claim page (kept out of the dossier, which readers also get). */
export async function getClaimAssignee(claimId: string) {
  await requireEditor();
  const row = await db().claim.findUnique({
    where: { id: claimId },
    select: { assignee: { select: { id: true, name: true } } },
  });
  return row?.assignee ?? null;
}
