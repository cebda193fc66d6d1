// The dossier query: one shape for everything known about a claim (see ./dossier.ts), with the client
// passed in, so that scripts (the export benchmark) run the very query the app runs. No access rules
// here: ./dossier.ts is where callers are checked, and only it and scripts import this module.

import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { storedQuoteContext } from "../text/context";
import { isFurnitureLine } from "../text/furniture";

const person = { select: { id: true, name: true } } as const;
const entity = {
  select: { id: true, slug: true, kind: true, nameHi: true, nameEn: true },
} as const;
/** A chain's speaker or a verdict's originator: with what links and relates it to others. */
const party = {
  select: {
    ...entity.select,
    slug: true,
    url: true,
    // Misattribution suggestions: a speaker affiliated with the originator is not "someone else".
    affiliationId: true,
  },
} as const;
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

export const dossierInclude = {
  createdBy: person,
  withdrawnBy: person,
  mentions: {
    // A retired appearance is gone for good. An orphaned one (its words are not in the article's
    // new version, lib/article/revision-mutations.ts) still happened: it stays, marked, with its old quote,
    // until an editor re-attaches or retires it — a published check never loses its chain silently.
    where: { retiredAt: null },
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
      attribution: {
        orderBy: { position: "asc" },
        include: { entity: party, affiliation: entity },
      },
    },
  },
  evidence: { orderBy: { createdAt: "asc" }, include: { source: true } },
  verdicts: {
    orderBy: { createdAt: "desc" },
    include: {
      rating,
      originator: party,
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

export function toDossier(
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
    withdrawnAt: row.withdrawnAt,
    withdrawnBy: row.withdrawnBy,
    withdrawReason: row.withdrawReason,
    mergedIntoId: row.mergedIntoId,
    verdict: verdict && {
      id: verdict.id,
      status: verdict.status,
      version: verdict.version,
      summaryHi: verdict.summaryHi,
      summaryEn: verdict.summaryEn,
      rationale: verdict.rationale,
      reviewComment: verdict.reviewComment,
      // Misattribution (lib/attribution/originator.ts): who the evidence shows it really came from.
      originator: verdict.originator,
      originatorId: verdict.originatorId,
      originatorEvidenceId: verdict.originatorEvidenceId,
      originatorNote: verdict.originatorNote,
      misattributedMentionIds: verdict.misattributedMentionIds,
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
      /** The article version these words were found in, when the current text no longer has them. */
      orphanedFromRevision: m.orphanedAt ? m.revision : null,
      // The words around the quote as readers see them, never page furniture: from the stored
      // prefix/suffix here; lib/claim/dossier.ts cuts them from the article's text without furniture.
      context: storedQuoteContext(m.prefix, m.suffix, isFurnitureLine),
      article: m.article,
      chain: m.attribution.map((a) => ({
        position: a.position,
        role: a.role,
        verb: a.verb,
        cue: a.cue,
        entity: a.entity,
        /** How the text names an anonymous source ("एक अधिकारी"), and whom it belongs to. */
        anonymousAs: a.anonymousAs,
        affiliation: a.affiliation,
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

const BATCH_ORDER = { id: "asc" } as const;

/** A batch, and where the next one starts: the last row read, which need not be the last one kept. */
export type DossierBatch = { dossiers: ClaimDossier[]; lastId: string | null; done: boolean };

/**
 * Claims a batch at a time for reports, in id order (ids are time-ordered cuids, so that is the order
 * they were logged, and the primary key serves the keyset). Readers get published claims only, each
 * with its newest published verdict; editors the newest verdict whatever its status.
 */
export async function readDossierBatch(
  prisma: PrismaClient,
  audience: "editor" | "reader",
  where: Prisma.ClaimWhereInput,
  afterId: string | null,
  take: number,
): Promise<DossierBatch> {
  const scoped: Prisma.ClaimWhereInput =
    audience === "reader" ? { AND: [where, { status: "PUBLISHED" }] } : where;
  const rows = await prisma.claim.findMany({
    where: afterId ? { AND: [scoped, { id: { gt: afterId } }] } : scoped,
    orderBy: BATCH_ORDER,
    take,
    include: dossierInclude,
  });
  const dossiers =
    audience === "reader"
      ? rows
          .map((r) => toDossier(r, (v) => v.status === "PUBLISHED", false))
          .filter((d) => d.verdict)
      : rows.map((r) => toDossier(r, () => true));
  return { dossiers, lastId: rows.at(-1)?.id ?? null, done: rows.length < take };
}
