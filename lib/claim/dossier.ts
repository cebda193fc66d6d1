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
} satisfies Prisma.ClaimInclude;

type Row = Prisma.ClaimGetPayload<{ include: typeof dossierInclude }>;
export type ClaimDossier = ReturnType<typeof toDossier>;
export type DossierMention = ClaimDossier["mentions"][number];
export type DossierEvidence = ClaimDossier["evidence"][number];

function toDossier(row: Row, verdictFilter: (v: Row["verdicts"][number]) => boolean) {
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
  const d = toDossier(row, (v) => v.status === "PUBLISHED");
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
  return rows.map((r) => toDossier(r, (v) => v.status === "PUBLISHED")).filter((d) => d.verdict);
}

const BATCH_ORDER = { id: "asc" } as const;

/**
 * Editors' reports read claims a batch at a time (ids are time-ordered cuids, so id order is the order
 * they were logged, and the primary key serves the keyset). The check for the signed-in editor happens
 * once, here, and the reader it returns is what the report stream calls for each batch: a stream is
 * pulled after the route handler has returned, when the request's cookies are no longer at hand.
 */
export async function editorDossierReader() {
  await requireEditor();
  return async (where: Prisma.ClaimWhereInput, afterId: string | null, take: number) => {
    const rows = await db().claim.findMany({
      where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
      orderBy: BATCH_ORDER,
      take,
      include: dossierInclude,
    });
    return toBatch(
      rows.map((r) => toDossier(r, () => true)),
      rows,
      take,
    );
  };
}

/** A batch, and where the next one starts: the last row read, which need not be the last one kept. */
export type DossierBatch = { dossiers: ClaimDossier[]; lastId: string | null; done: boolean };

const toBatch = (dossiers: ClaimDossier[], rows: { id: string }[], take: number): DossierBatch => ({
  dossiers,
  lastId: rows.at(-1)?.id ?? null,
  done: rows.length < take,
});

/** Readers' reports: published claims only, each with its newest published verdict, a batch at a time. */
export async function publishedDossierBatch(
  where: Prisma.ClaimWhereInput,
  afterId: string | null,
  take: number,
): Promise<DossierBatch> {
  const published: Prisma.ClaimWhereInput = { AND: [where, { status: "PUBLISHED" }] };
  const rows = await db().claim.findMany({
    where: afterId ? { AND: [published, { id: { gt: afterId } }] } : published,
    orderBy: BATCH_ORDER,
    take,
    include: dossierInclude,
  });
  const dossiers = rows.map((r) => toDossier(r, (v) => v.status === "PUBLISHED"));
  return toBatch(
    dossiers.filter((d) => d.verdict),
    rows,
    take,
  );
}
