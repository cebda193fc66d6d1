import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { dayRange, keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { claimSearchWhere } from "../search/where";
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
  if (query.q) filters.push(...claimSearchWhere(query.q));
  if (query.status) filters.push({ status: CLAIM_LIST_STATUSES[query.status] });
  if (query.topic) filters.push({ topic: query.topic });
  if (query.mine) filters.push({ createdById: me.id });
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

/**
 * Claims an editor might be logging again from another article. Only open ones: a claim in review or
 * published cannot take a new appearance without review.
 */
export async function listClaimChoices() {
  await requireEditor();
  return db().claim.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, textHi: true, textEn: true },
  });
}

/** Who did what to a claim, its appearances, sources and verdicts: newest first. */
export async function listClaimHistory(claim: {
  id: string;
  mentions: { id: string }[];
  evidence: { id: string; source: { id: string } }[];
}) {
  await requireEditor();
  const verdictIds = (
    await db().verdict.findMany({ where: { claimId: claim.id }, select: { id: true } })
  ).map((v) => v.id);
  return db().auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Claim", entityId: claim.id },
        { entityType: "Verdict", entityId: { in: verdictIds } },
        { entityType: "Mention", entityId: { in: claim.mentions.map((m) => m.id) } },
        // Appearances removed from the claim: their rows are gone; the event's before names the claim.
        {
          entityType: "Mention",
          action: "mention.delete",
          before: { path: ["claimId"], equals: claim.id },
        },
        { entityType: "Evidence", entityId: { in: claim.evidence.map((e) => e.id) } },
        // Shared library records this claim cites: who changed their citation fields, and how.
        { entityType: "Source", entityId: { in: claim.evidence.map((e) => e.source.id) } },
        // Corrections and retraction requests, withdrawn ones included (their rows are gone; the
        // events name the claim).
        { entityType: "Correction", after: { path: ["claimId"], equals: claim.id } },
        { entityType: "Correction", before: { path: ["claimId"], equals: claim.id } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      action: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
}
