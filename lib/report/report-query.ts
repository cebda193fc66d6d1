// The exports' batch query: what a report needs of each claim (./report-dossier.ts) and nothing else,
// in six flat queries per batch, read with Prisma's raw SQL rather than its nested include.
//
// Why: a CSV export of 100,000 claims spent most of its time in Prisma building the full dossier
// (every verdict version with its rating scale, contributors, corrections with the versions before and
// after, whole source rows) and collecting the garbage it made, to keep a small part of it (README,
// "bench:export"). The claims in scope are still chosen by Prisma from the report's filters, so the
// filters mean exactly what they mean everywhere else; only the reading of those claims is narrow.
// tests/integration/report-query.test.ts checks that both readers build the same report.
import { Prisma as P, type Prisma, type PrismaClient } from "../generated/prisma/client";
import type {
  ReportDossier,
  ReportDossierBatch,
  ReportDossierEntity,
  ReportMentionRow,
} from "./report-dossier";

type Audience = "editor" | "reader";
type Dossier = ReportDossier;
type Verdict = NonNullable<Dossier["verdict"]>;

const entityOf = (
  id: string | null,
  kind: string | null,
  nameHi: string | null,
  nameEn: string | null,
): ReportDossierEntity | null =>
  id ? { id, kind: kind as ReportDossierEntity["kind"], nameHi, nameEn } : null;

/**
 * Claims in `where` after `afterId` in id order, `take` at a time. Editors get each claim's newest
 * verdict whatever its status; readers published claims only, each with its newest published verdict
 * (claims without one are left out), as lib/claim/dossier-query.ts's readDossierBatch does.
 */
export async function readReportBatch(
  prisma: PrismaClient,
  audience: Audience,
  where: Prisma.ClaimWhereInput,
  afterId: string | null,
  take: number,
): Promise<ReportDossierBatch> {
  const scoped: Prisma.ClaimWhereInput =
    audience === "reader" ? { AND: [where, { status: "PUBLISHED" }] } : where;
  const picked = await prisma.claim.findMany({
    where: afterId ? { AND: [scoped, { id: { gt: afterId } }] } : scoped,
    orderBy: { id: "asc" },
    take,
    select: { id: true },
  });
  const ids = picked.map((c) => c.id);
  const lastId = ids.at(-1) ?? null;
  const done = ids.length < take;
  if (ids.length === 0) return { dossiers: [], lastId, done };
  const published = audience === "reader";
  const [claims, mentions, links, evidence, corrections] = await Promise.all([
    claimRows(prisma, ids, published),
    mentionRows(prisma, ids),
    linkRows(prisma, ids),
    evidenceRows(prisma, ids),
    correctionRows(prisma, ids),
  ]);
  const verdictIds = claims.flatMap((c) => (c.vId ? [c.vId] : []));
  const contributors = verdictIds.length ? await contributorRows(prisma, verdictIds) : [];

  const byId = new Map<string, Dossier>();
  const writers = new Map<string, { id: string; name: string }[]>();
  for (const k of contributors) {
    const list = writers.get(k.verdictId) ?? [];
    list.push({ id: k.userId, name: k.name });
    writers.set(k.verdictId, list);
  }
  for (const c of claims) {
    // Readers see only claims with a published verdict.
    if (published && !c.vId) continue;
    const verdict: Verdict | null = c.vId
      ? {
          id: c.vId,
          status: c.vStatus as Verdict["status"],
          summaryHi: c.vSummaryHi as string,
          summaryEn: c.vSummaryEn,
          rationale: c.vRationale as string,
          submittedAt: c.vSubmittedAt,
          publishedAt: c.vPublishedAt,
          updatedAt: c.vUpdatedAt as Date,
          authors: writers.get(c.vId) ?? [
            { id: c.authorId as string, name: c.authorName as string },
          ],
          reviewer: c.reviewerId ? { id: c.reviewerId, name: c.reviewerName as string } : null,
          rating: {
            labelHi: c.labelHi as string,
            labelEn: c.labelEn as string,
            value: c.ratingValue,
            best: c.best,
            worst: c.worst,
          },
          originator: c.oKind
            ? {
                kind: c.oKind as NonNullable<Verdict["originator"]>["kind"],
                nameHi: c.oNameHi,
                nameEn: c.oNameEn,
                url: c.oUrl,
              }
            : null,
        }
      : null;
    byId.set(c.id, {
      id: c.id,
      slug: c.slug,
      textHi: c.textHi,
      textEn: c.textEn,
      topic: c.topic,
      status: c.status as Dossier["status"],
      createdAt: c.createdAt,
      publishedAt: c.publishedAt,
      retractedAt: c.retractedAt,
      verdict,
      mentions: [],
      evidence: [],
      corrections: [],
    });
  }
  const chains = new Map<string, ReportMentionRow["chain"]>();
  for (const l of links) {
    const chain = chains.get(l.mentionId) ?? [];
    chain.push({
      position: l.position,
      role: l.role as ReportMentionRow["chain"][number]["role"],
      verb: l.verb as ReportMentionRow["chain"][number]["verb"],
      cue: l.cue,
      anonymousAs: l.anonymousAs,
      entity: entityOf(l.eId, l.eKind, l.eNameHi, l.eNameEn),
      affiliation: entityOf(l.aId, l.aKind, l.aNameHi, l.aNameEn),
    });
    chains.set(l.mentionId, chain);
  }
  for (const m of mentions)
    byId.get(m.claimId)?.mentions.push({
      id: m.id,
      exact: m.exact,
      article: {
        id: m.articleId,
        title: m.title,
        url: m.url,
        publishedAt: m.publishedAt,
        eventDate: m.eventDate,
        lang: m.lang,
        outlet: entityOf(m.oId, m.oKind, m.oNameHi, m.oNameEn),
      },
      chain: chains.get(m.id) ?? [],
    });
  for (const e of evidence)
    byId.get(e.claimId)?.evidence.push({
      id: e.id,
      stance: e.stance as Dossier["evidence"][number]["stance"],
      quote: e.quote,
      note: e.note,
      source: {
        id: e.sourceId,
        title: e.title,
        publisher: e.publisher,
        authors: e.authors,
        publishedAt: e.publishedAt,
        accessedAt: e.accessedAt,
        url: e.url,
        archiveUrl: e.archiveUrl,
        lang: e.lang,
      },
    });
  for (const k of corrections)
    byId.get(k.claimId)?.corrections.push({
      kind: k.kind as Dossier["corrections"][number]["kind"],
      noteHi: k.noteHi,
      noteEn: k.noteEn,
      publishedAt: k.publishedAt,
    });
  return { dossiers: ids.flatMap((id) => byId.get(id) ?? []), lastId, done };
}

type ClaimRow = {
  id: string;
  slug: string;
  textHi: string;
  textEn: string | null;
  topic: string | null;
  status: string;
  createdAt: Date;
  publishedAt: Date | null;
  retractedAt: Date | null;
  vId: string | null;
  vStatus: string | null;
  vSummaryHi: string | null;
  vSummaryEn: string | null;
  vRationale: string | null;
  vSubmittedAt: Date | null;
  vPublishedAt: Date | null;
  vUpdatedAt: Date | null;
  authorId: string | null;
  authorName: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  labelHi: string | null;
  labelEn: string | null;
  ratingValue: number | null;
  best: number | null;
  worst: number | null;
  oKind: string | null;
  oNameHi: string | null;
  oNameEn: string | null;
  oUrl: string | null;
};

// Each claim with its newest verdict (newest published one for readers), that verdict's rating and the
// best and worst values of its scale, its author, reviewer and originator.
function claimRows(prisma: PrismaClient, ids: string[], published: boolean) {
  const onlyPublished = published ? P.sql`AND v.status = 'PUBLISHED'` : P.empty;
  return prisma.$queryRaw<ClaimRow[]>`
    SELECT c.id, c.slug, c."textHi", c."textEn", c.topic, c.status::text AS status,
           c."createdAt", c."publishedAt", c."retractedAt",
           v.id AS "vId", v.status::text AS "vStatus", v."summaryHi" AS "vSummaryHi",
           v."summaryEn" AS "vSummaryEn", v.rationale AS "vRationale",
           v."submittedAt" AS "vSubmittedAt", v."publishedAt" AS "vPublishedAt",
           v."updatedAt" AS "vUpdatedAt",
           au.id AS "authorId", au.name AS "authorName", rv.id AS "reviewerId", rv.name AS "reviewerName",
           r."labelHi", r."labelEn", r.value AS "ratingValue", sc.best, sc.worst,
           o.kind::text AS "oKind", o."nameHi" AS "oNameHi", o."nameEn" AS "oNameEn", o.url AS "oUrl"
    FROM "Claim" c
    LEFT JOIN LATERAL (
      SELECT * FROM "Verdict" v WHERE v."claimId" = c.id ${onlyPublished}
      ORDER BY v."createdAt" DESC LIMIT 1
    ) v ON true
    LEFT JOIN "Rating" r ON r.id = v."ratingId"
    LEFT JOIN LATERAL (
      SELECT max(s.value) AS best, min(s.value) AS worst FROM "Rating" s WHERE s."scaleId" = r."scaleId"
    ) sc ON true
    LEFT JOIN "User" au ON au.id = v."authorId"
    LEFT JOIN "User" rv ON rv.id = v."reviewerId"
    LEFT JOIN "Entity" o ON o.id = v."originatorId"
    WHERE c.id = ANY(${ids})`;
}

function contributorRows(prisma: PrismaClient, verdictIds: string[]) {
  return prisma.$queryRaw<{ verdictId: string; userId: string; name: string }[]>`
    SELECT vc."verdictId", u.id AS "userId", u.name
    FROM "VerdictContributor" vc JOIN "User" u ON u.id = vc."userId"
    WHERE vc."verdictId" = ANY(${verdictIds})
    ORDER BY vc."verdictId", vc.since, vc."userId"`;
}

type MentionRow = {
  id: string;
  claimId: string;
  exact: string;
  articleId: string;
  title: string;
  url: string | null;
  publishedAt: Date | null;
  eventDate: Date | null;
  lang: string;
  oId: string | null;
  oKind: string | null;
  oNameHi: string | null;
  oNameEn: string | null;
};

// Appearances that still stand (a retired one is gone; an orphaned one still happened), oldest first.
function mentionRows(prisma: PrismaClient, ids: string[]) {
  return prisma.$queryRaw<MentionRow[]>`
    SELECT m.id, m."claimId", m.exact, a.id AS "articleId", a.title, a.url, a."publishedAt",
           a."eventDate", a.lang, o.id AS "oId", o.kind::text AS "oKind", o."nameHi" AS "oNameHi",
           o."nameEn" AS "oNameEn"
    FROM "Mention" m
    JOIN "Article" a ON a.id = m."articleId"
    LEFT JOIN "Entity" o ON o.id = a."outletId"
    WHERE m."claimId" = ANY(${ids}) AND m."retiredAt" IS NULL
    ORDER BY m."claimId", m."createdAt", m.id`;
}

type LinkRow = {
  mentionId: string;
  position: number;
  role: string;
  verb: string;
  cue: string | null;
  anonymousAs: string | null;
  eId: string | null;
  eKind: string | null;
  eNameHi: string | null;
  eNameEn: string | null;
  aId: string | null;
  aKind: string | null;
  aNameHi: string | null;
  aNameEn: string | null;
};

function linkRows(prisma: PrismaClient, ids: string[]) {
  return prisma.$queryRaw<LinkRow[]>`
    SELECT l."mentionId", l.position, l.role::text AS role, l.verb::text AS verb, l.cue,
           l."anonymousAs", e.id AS "eId", e.kind::text AS "eKind", e."nameHi" AS "eNameHi",
           e."nameEn" AS "eNameEn", f.id AS "aId", f.kind::text AS "aKind", f."nameHi" AS "aNameHi",
           f."nameEn" AS "aNameEn"
    FROM "Mention" m
    JOIN "AttributionLink" l ON l."mentionId" = m.id
    LEFT JOIN "Entity" e ON e.id = l."entityId"
    LEFT JOIN "Entity" f ON f.id = l."affiliationId"
    WHERE m."claimId" = ANY(${ids}) AND m."retiredAt" IS NULL
    ORDER BY l."mentionId", l.position`;
}

type EvidenceRow = {
  id: string;
  claimId: string;
  stance: string;
  quote: string | null;
  note: string | null;
  sourceId: string;
  title: string;
  publisher: string | null;
  authors: Prisma.JsonValue;
  publishedAt: Date | null;
  accessedAt: Date | null;
  url: string;
  archiveUrl: string | null;
  lang: string | null;
};

function evidenceRows(prisma: PrismaClient, ids: string[]) {
  return prisma.$queryRaw<EvidenceRow[]>`
    SELECT e.id, e."claimId", e.stance::text AS stance, e.quote, e.note, s.id AS "sourceId", s.title,
           s.publisher, s.authors, s."publishedAt", s."accessedAt", s.url, s."archiveUrl", s.lang
    FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId"
    WHERE e."claimId" = ANY(${ids})
    ORDER BY e."claimId", e."createdAt", e.id`;
}

// Published changes only (a pending one is a draft verdict, which the report shows as such), newest
// first, as the dossier sorts them.
function correctionRows(prisma: PrismaClient, ids: string[]) {
  return prisma.$queryRaw<
    {
      claimId: string;
      kind: string;
      noteHi: string;
      noteEn: string | null;
      publishedAt: Date;
    }[]
  >`
    SELECT k."claimId", k.kind::text AS kind, k."noteHi", k."noteEn", k."publishedAt"
    FROM "Correction" k
    WHERE k."claimId" = ANY(${ids}) AND k."publishedAt" IS NOT NULL
    ORDER BY k."claimId", k."publishedAt" DESC, k."createdAt" DESC`;
}
