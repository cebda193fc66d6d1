// Everything known about one claim, as plain objects: what the desk page, the public verdict page,
// the citation reports and the v1 API all read. One query shape, so they never disagree.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";
import { fillQuoteContexts } from "./appearance-context";
import { claimContributorIds } from "./contributors";
import {
  type ClaimDossier,
  type DossierBatch,
  dossierInclude,
  readDossierBatch,
  toDossier,
} from "./dossier-query";

export type { ClaimDossier, DossierBatch };
export type DossierMention = ClaimDossier["mentions"][number];
export type DossierEvidence = ClaimDossier["evidence"][number];
export type DossierCorrection = ClaimDossier["corrections"][number];

/** For editors: the newest verdict, whatever its status. */
export async function getClaimDossier(claimId: string): Promise<ClaimDossier | null> {
  await requireEditor();
  const id = parseId(claimId);
  if (!id) return null;
  const row = await db().claim.findUnique({ where: { id }, include: dossierInclude });
  if (!row) return null;
  const d = toDossier(row, () => true);
  await fillQuoteContexts(d.mentions);
  if (d.verdict) {
    // Whoever changed the wording, appearances or sources wrote the fact check too (issue 16): the
    // credit names them after the verdict's writers, and the review panel treats them as writers.
    const known = new Set(d.verdict.authors.map((a) => a.id));
    // An unpublished verdict (a first one, or a correction) counts what changed since readers last
    // saw the claim, as the review gate does; a published one credits everyone who shaped it.
    const ever = d.verdict.status === "PUBLISHED";
    const ids = (await claimContributorIds(db(), id, ever)).filter((c) => !known.has(c));
    if (ids.length > 0) {
      const others = await db().user.findMany({
        where: { id: { in: ids } },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      });
      d.verdict.authors = [...d.verdict.authors, ...others];
    }
  }
  return d;
}

/** For readers: only published claims, with their newest published verdict. Drafts do not exist here. */
export async function getPublishedDossier(slug: string): Promise<ClaimDossier | null> {
  const row = await db().claim.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: dossierInclude,
  });
  if (!row) return null;
  const d = toDossier(row, (v) => v.status === "PUBLISHED", false);
  if (!d.verdict) return null;
  await fillQuoteContexts(d.mentions);
  return d;
}

export async function listPublishedDossiers(
  options: { limit?: number; articleId?: string } = {},
): Promise<ClaimDossier[]> {
  const rows = await db().claim.findMany({
    where: {
      status: "PUBLISHED",
      // Readers see a claim through a published verdict: asked for here, so `limit` counts only
      // claims that will be shown, and a run of published claims without one cannot empty a page.
      verdicts: { some: { status: "PUBLISHED" } },
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

/**
 * Editors' reports read claims a batch at a time. The check for the signed-in editor happens once,
 * here, and the reader it returns is what the report stream calls for each batch: a stream is pulled
 * after the route handler has returned, when the request's cookies are no longer at hand.
 */
export async function editorDossierReader() {
  await requireEditor();
  return (where: Prisma.ClaimWhereInput, afterId: string | null, take: number) =>
    readDossierBatch(db(), "editor", where, afterId, take);
}

/** Readers' reports: published claims only, each with its newest published verdict, a batch at a time. */
export const publishedDossierBatch = (
  where: Prisma.ClaimWhereInput,
  afterId: string | null,
  take: number,
): Promise<DossierBatch> => readDossierBatch(db(), "reader", where, afterId, take);
