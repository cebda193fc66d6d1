// Readers' reports (GET /api/v1/reports): published claims only, each with its newest published
// verdict; filters cannot match on unpublished work and the heading names only what readers can see.
import "server-only";
import { publishedDossierBatch } from "../claim/dossier";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { Lang } from "../i18n/locale";
import { type BuildOptions, reportMeta } from "./build";
import { claimWhere, FILTER_KEYS, type ReportFilters } from "./scope";
import { scopeTitle } from "./scope-title";
import { type ReportStreamOptions, reportStream } from "./stream";
import type { AnyWriterFactory } from "./writer";

export async function openPublicReport(
  filters: ReportFilters,
  writer: AnyWriterFactory,
  onProgress?: ReportStreamOptions["onProgress"],
  /**
   * The language of the heading and the human formats' words. English unless asked: what the public
   * API has always answered, so its clients' files do not change language under them.
   */
  lang: Lang = "en",
) {
  const where: Prisma.ClaimWhereInput = {
    AND: [claimWhere(filters, { publishedOnly: true }), { status: "PUBLISHED" }],
  };
  const build: BuildOptions = { baseUrl: publicBaseUrl(), includeDrafts: false };
  const [title, total] = await Promise.all([
    scopeTitle(filters, { publishedOnly: true, lang }),
    db().claim.count({ where }),
  ]);
  const meta = reportMeta({ title, filters }, build);
  return {
    meta,
    total,
    stream: reportStream({
      meta,
      where,
      read: publishedDossierBatch,
      writer,
      build,
      lang,
      onProgress,
    }),
  };
}

/**
 * What a reader's report of these filters is made from, as a key: the scope, and a stamp of the
 * published state — the latest publish, update of a published claim or verdict, withdrawal and
 * correction, and how many claims are published. Two requests with the same key get the same
 * report, so a PDF is laid out once for them (lib/report/respond.ts). One aggregate per table.
 */
export async function publicReportKey(filters: ReportFilters, lang?: Lang): Promise<string> {
  const published = { status: "PUBLISHED" } as const;
  const [claims, verdicts, corrections] = await Promise.all([
    db().claim.aggregate({
      where: published,
      _count: { _all: true },
      _max: { publishedAt: true, updatedAt: true, withdrawnAt: true },
    }),
    db().verdict.aggregate({ where: published, _max: { updatedAt: true } }),
    db().correction.aggregate({ _max: { publishedAt: true, createdAt: true } }),
  ]);
  const scope = FILTER_KEYS.map((k) => [k, filters[k] ?? null]);
  const stamp = [
    claims._count._all,
    claims._max.publishedAt,
    claims._max.updatedAt,
    claims._max.withdrawnAt,
    verdicts._max.updatedAt,
    corrections._max.publishedAt,
    corrections._max.createdAt,
  ].map((v) => (v instanceof Date ? v.toISOString() : v));
  // The language is part of what the bytes say: a Hindi PDF is not the English one. (Left out when
  // not given, so keys made before languages existed stay the same.)
  return JSON.stringify(lang ? { scope, stamp, lang } : { scope, stamp });
}
