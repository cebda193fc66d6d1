import "server-only";
import { getClaimDossier, listDossiersForArticle } from "../claim/dossier";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";
import { buildReport, type CitationReport } from "./build";

export type ReportKind = "claim" | "article";

/** Editors only: reports include drafts and reviewers' names. */
export async function loadReport(kind: ReportKind, rawId: string): Promise<CitationReport | null> {
  await requireEditor();
  const id = parseId(rawId);
  if (!id) return null;
  if (kind === "claim") {
    const d = await getClaimDossier(id);
    return d && buildReport({ type: "claim", id, title: d.textHi }, [d], publicBaseUrl());
  }
  const article = await db().article.findUnique({
    where: { id },
    select: { id: true, title: true },
  });
  if (!article) return null;
  return buildReport(
    { type: "article", id, title: article.title },
    await listDossiersForArticle(id),
    publicBaseUrl(),
  );
}
