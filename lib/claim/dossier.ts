// Everything known about one claim, as plain objects: what the desk page, the public verdict page,
// the citation reports and the v1 API all read. One query shape, so they never disagree.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";

const person = { select: { id: true, name: true } } as const;
const entity = { select: { id: true, kind: true, nameHi: true, nameEn: true } } as const;
const rating = {
  select: {
    id: true,
    labelHi: true,
    labelEn: true,
    value: true,
    colour: true,
    scale: { select: { ratings: { select: { value: true } } } },
  },
} as const;

/** What a corrections log shows of the version before and after a change. */
const versionSeen = {
  id: true,
  summaryHi: true,
  summaryEn: true,
  rating: { select: { id: true, labelHi: true, labelEn: true, colour: true } },
} as const;

const dossierInclude = {
  createdBy: person,
  mentions: {
    orderBy: { createdAt: "asc" },
    include: {
      article: {
        select: {
          id: true,
          title: true,
          url: true,
          publishedAt: true,
          eventDate: true,
          lang: true,
          outlet: entity,
        },
      },
      attribution: { orderBy: { position: "asc" }, include: { entity } },
    },
  },
  evidence: { orderBy: { createdAt: "asc" }, include: { source: true } },
  verdicts: {
    orderBy: { createdAt: "desc" },
    include: {
      rating,
      author: person,
      reviewer: person,
      contributors: { orderBy: { since: "asc" }, select: { user: person } },
    },
  },
  corrections: {
    orderBy: { createdAt: "desc" },
    include: {
      requestedBy: person,
      approvedBy: person,
      verdict: { select: versionSeen },
      replaces: { select: versionSeen },
    },
  },
} satisfies Prisma.ClaimInclude;

type Row = Prisma.ClaimGetPayload<{ include: typeof dossierInclude }>;
export type ClaimDossier = ReturnType<typeof toDossier>;
export type DossierMention = ClaimDossier["mentions"][number];
export type DossierEvidence = ClaimDossier["evidence"][number];
export type DossierCorrection = ClaimDossier["corrections"][number];

function toDossier(
  row: Row,
  verdictFilter: (v: Row["verdicts"][number]) => boolean,
  // Readers and reports without drafts see approved corrections only, newest first.
  pendingCorrections = true,
) {
  const verdict = row.verdicts.find(verdictFilter) ?? null;
  const values =
    verdict?.rating.scale.ratings.map((r) => r.value).filter((v): v is number => v !== null) ?? [];
  return {
    id: row.id,
    slug: row.slug,
    textHi: row.textHi,
    textEn: row.textEn,
    topic: row.topic,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    retractedAt: row.retractedAt,
    createdBy: row.createdBy,
    verdict: verdict && {
      id: verdict.id,
      status: verdict.status,
      version: verdict.version,
      summaryHi: verdict.summaryHi,
      summaryEn: verdict.summaryEn,
      rationale: verdict.rationale,
      reviewComment: verdict.reviewComment,
      submittedAt: verdict.submittedAt,
      publishedAt: verdict.publishedAt,
      updatedAt: verdict.updatedAt,
      author: verdict.author,
      // Everyone who wrote or edited it, in the order they joined: the public page names them all.
      authors: verdict.contributors.length
        ? verdict.contributors.map((c) => c.user)
        : [verdict.author],
      reviewer: verdict.reviewer,
      rating: {
        id: verdict.rating.id,
        labelHi: verdict.rating.labelHi,
        labelEn: verdict.rating.labelEn,
        value: verdict.rating.value,
        colour: verdict.rating.colour,
        best: values.length ? Math.max(...values) : null,
        worst: values.length ? Math.min(...values) : null,
      },
    },
    mentions: row.mentions.map((m) => ({
      id: m.id,
      exact: m.exact,
      prefix: m.prefix,
      suffix: m.suffix,
      start: m.start,
      end: m.end,
      article: m.article,
      chain: m.attribution.map((a) => ({
        position: a.position,
        role: a.role,
        cue: a.cue,
        entity: a.entity,
      })),
    })),
    evidence: row.evidence.map((e) => ({
      id: e.id,
      stance: e.stance,
      quote: e.quote,
      note: e.note,
      createdAt: e.createdAt,
      source: e.source,
    })),
    corrections: row.corrections
      .filter((c) => pendingCorrections || c.publishedAt)
      .sort((a, b) => +(b.publishedAt ?? Infinity) - +(a.publishedAt ?? Infinity))
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        noteHi: c.noteHi,
        noteEn: c.noteEn,
        version: c.version,
        createdAt: c.createdAt,
        publishedAt: c.publishedAt,
        requestedBy: c.requestedBy,
        approvedBy: c.approvedBy,
        from: c.replaces,
        to: c.verdict,
      })),
  };
}

/** For editors: the newest verdict, whatever its status. */
export async function getClaimDossier(claimId: string): Promise<ClaimDossier | null> {
  await requireEditor();
  const id = parseId(claimId);
  if (!id) return null;
  const row = await db().claim.findUnique({ where: { id }, include: dossierInclude });
  return row && toDossier(row, () => true);
}

/** For readers: only published claims, with their newest published verdict. Drafts do not exist here. */
export async function getPublishedDossier(slug: string): Promise<ClaimDossier | null> {
  const row = await db().claim.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: dossierInclude,
  });
  if (!row) return null;
  const d = toDossier(row, (v) => v.status === "PUBLISHED", false);
  return d.verdict ? d : null;
}

export async function listPublishedDossiers(
  options: { limit?: number; articleId?: string } = {},
): Promise<ClaimDossier[]> {
  const rows = await db().claim.findMany({
    where: {
      status: "PUBLISHED",
      ...(options.articleId ? { mentions: { some: { articleId: options.articleId } } } : {}),
    },
    orderBy: { publishedAt: "desc" },
    take: options.limit,
    include: dossierInclude,
  });
  return rows
    .map((r) => toDossier(r, (v) => v.status === "PUBLISHED", false))
    .filter((d) => d.verdict);
}

/** For editors' reports on an article: every claim that appears in it, whatever its status. */
export async function listDossiersForArticle(articleId: string): Promise<ClaimDossier[]> {
  await requireEditor();
  const rows = await db().claim.findMany({
    where: { mentions: { some: { articleId } } },
    orderBy: { createdAt: "asc" },
    include: dossierInclude,
  });
  return rows.map((r) => toDossier(r, () => true));
}
