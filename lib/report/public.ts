// Readers' reports (GET /api/v1/reports): published claims only, each with its newest published
// verdict; filters cannot match on unpublished work and the heading names only what readers can see.
import "server-only";
import { publishedDossierBatch } from "../claim/dossier";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { type BuildOptions, reportMeta } from "./build";
import { claimWhere, type ReportFilters } from "./scope";
import { scopeTitle } from "./scope-title";
import { type ReportStreamOptions, reportStream } from "./stream";
import type { WriterFactory } from "./writer";

export async function openPublicReport(
  filters: ReportFilters,
  writer: WriterFactory,
  onProgress?: ReportStreamOptions["onProgress"],
) {
  const where: Prisma.ClaimWhereInput = {
    AND: [claimWhere(filters, { publishedOnly: true }), { status: "PUBLISHED" }],
  };
  const build: BuildOptions = { baseUrl: publicBaseUrl(), includeDrafts: false };
  const [title, total] = await Promise.all([
    scopeTitle(filters, { publishedOnly: true }),
    db().claim.count({ where }),
  ]);
  const meta = reportMeta({ title, filters }, build);
  return {
    meta,
    total,
    stream: reportStream({ meta, where, read: publishedDossierBatch, writer, build, onProgress }),
  };
}
