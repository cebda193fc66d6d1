import "server-only";
import { getClaimDossier, listDossiersForArticle } from "../claim/dossier";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import { buildReport, type CitationReport } from "./build";

export type ReportKind = "claim" | "article";

export async function loadReport(kind: ReportKind, id: string): Promise<CitationReport | null> {
  if (kind === "claim") {
    const d = await getClaimDossier(id);
    return d && buildReport({ type: "claim", id, title: d.textHi }, [d], publicBaseUrl());
  }
  const article = await db().article.findUnique({ where: { id }, select: { id: true, title: true } });
  if (!article) return null;
  return buildReport({ type: "article", id, title: article.title }, await listDossiersForArticle(id), publicBaseUrl());
}
