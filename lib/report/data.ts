import "server-only";
import { editorDossierReader } from "../claim/dossier";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { Lang } from "../i18n/locale";
import { requireEditor } from "../require-editor";
import { type BuildOptions, buildReport, reportMeta } from "./build";
import type { CitationReport, ReportScope } from "./model";
import { readReportBatch } from "./report-query";
import { claimWhere, type ReportFilters } from "./scope";
import { scopeTitle } from "./scope-title";
import { type BatchReader, REPORT_BATCH, type ReportStreamOptions, reportStream } from "./stream";
import type { AnyWriterFactory } from "./writer";

/** `lang`: the language of the heading and the human formats' words (Hindi when not given). */
type Options = { includeDrafts?: boolean; lang?: Lang };

// Without drafts only published claims are read at all: the draft-stripping in build.ts then only has
// to hide a published claim's verdict that is being revised.
const editorWhere = (filters: ReportFilters, includeDrafts: boolean): Prisma.ClaimWhereInput =>
  includeDrafts
    ? claimWhere(filters)
    : { AND: [claimWhere(filters, { publishedOnly: true }), { status: "PUBLISHED" }] };

async function scopeOf(filters: ReportFilters, lang?: Lang): Promise<ReportScope> {
  return { title: await scopeTitle(filters, { lang }), filters };
}

/** Editors only: what a report with these filters would hold, counted, for the builder's preview. */
export async function previewReport(
  filters: ReportFilters,
  { includeDrafts = false, lang }: Options = {},
) {
  await requireEditor();
  const where = editorWhere(filters, includeDrafts);
  const [title, byStatus, appearances, sources, byRating, first] = await Promise.all([
    scopeTitle(filters, { lang }),
    db().claim.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db().mention.count({ where: { claim: where } }),
    db().evidence.count({ where: { claim: where } }),
    db().verdict.groupBy({
      by: ["ratingId"],
      where: { claim: where, ...(includeDrafts ? {} : { status: "PUBLISHED" }) },
      _count: { _all: true },
    }),
    db().claim.findMany({
      where,
      orderBy: { id: "asc" },
      take: 10,
      select: { id: true, textHi: true, textEn: true, status: true },
    }),
  ]);
  const ratings = await db().rating.findMany({
    where: { id: { in: byRating.map((r) => r.ratingId) } },
    select: { id: true, labelHi: true, labelEn: true, colour: true },
  });
  const status = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all]));
  return {
    title,
    claims: byStatus.reduce((n, s) => n + s._count._all, 0),
    byStatus: {
      OPEN: status.OPEN ?? 0,
      SENT_BACK: status.SENT_BACK ?? 0,
      IN_REVIEW: status.IN_REVIEW ?? 0,
      PUBLISHED: status.PUBLISHED ?? 0,
    },
    appearances,
    sources,
    byRating: ratings
      .map((r) => ({ ...r, verdicts: byRating.find((b) => b.ratingId === r.id)?._count._all ?? 0 }))
      .sort((a, b) => b.verdicts - a.verdicts),
    first,
  };
}

export type ReportPreview = Awaited<ReturnType<typeof previewReport>>;

/**
 * Editors only: a report as a stream of bytes in one format, and how many claims it will hold (for
 * progress). Drafts only when asked for. The editor is checked here, before the stream exists.
 */
export async function openReportStream(
  filters: ReportFilters,
  writer: AnyWriterFactory,
  {
    includeDrafts = false,
    lang,
    onProgress,
    batchSize,
  }: Options & Pick<ReportStreamOptions, "onProgress" | "batchSize"> = {},
) {
  // The editor is checked here, once: the stream is pulled after the route handler has returned.
  await requireEditor();
  // Exports read only what the report carries (./report-query.ts), the same claims as the dossier.
  const read: BatchReader = (where, afterId, take) =>
    readReportBatch(db(), "editor", where, afterId, take);
  const where = editorWhere(filters, includeDrafts);
  const build: BuildOptions = { baseUrl: publicBaseUrl(), includeDrafts };
  const [scope, total] = await Promise.all([scopeOf(filters, lang), db().claim.count({ where })]);
  const meta = reportMeta(scope, build);
  return {
    meta,
    total,
    stream: reportStream({ meta, where, read, writer, build, lang, onProgress, batchSize }),
  };
}

/**
 * Editors only: a whole report in memory, for the printable page and the PDF, which lay it out at
 * once. At most `limit` claims are read; `truncated` says whether more matched.
 */
export async function loadReport(
  filters: ReportFilters,
  { includeDrafts = false, limit = 500, lang }: Options & { limit?: number } = {},
): Promise<(CitationReport & { truncated: boolean }) | null> {
  const read = await editorDossierReader();
  if (!(await namedRecordsExist(filters))) return null;
  const where = editorWhere(filters, includeDrafts);
  const build: BuildOptions = { baseUrl: publicBaseUrl(), includeDrafts };
  const dossiers = [];
  let afterId: string | null = null;
  let truncated = false;
  while (dossiers.length <= limit) {
    const batch = await read(where, afterId, Math.min(REPORT_BATCH, limit + 1 - dossiers.length));
    dossiers.push(...batch.dossiers);
    afterId = batch.lastId;
    if (batch.done) break;
  }
  if (dossiers.length > limit) {
    truncated = true;
    dossiers.length = limit;
  }
  const report = buildReport(await scopeOf(filters, lang), dossiers, build);
  return { ...report, truncated };
}

/** A report on one claim or one article that does not exist is "not found", not an empty report. */
async function namedRecordsExist(filters: ReportFilters): Promise<boolean> {
  const [claim, article, entity] = await Promise.all([
    filters.claim ? db().claim.count({ where: { id: filters.claim } }) : 1,
    filters.article ? db().article.count({ where: { id: filters.article } }) : 1,
    filters.entity ? db().entity.count({ where: { id: filters.entity } }) : 1,
  ]);
  return claim > 0 && article > 0 && entity > 0;
}
