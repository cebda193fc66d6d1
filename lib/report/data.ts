import "server-only";
import { getClaimDossier, listDossiersForArticle } from "../claim/dossier";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";
import { buildReport } from "./build";
import type { CitationReport } from "./model";

export type ReportKind = "claim" | "article";

/** Editors only: reports can include drafts and name reviewers. Drafts only when asked for. */
export async function loadReport(
  kind: ReportKind,
  rawId: string,
  { includeDrafts = false }: { includeDrafts?: boolean } = {},
): Promise<CitationReport | null> {
  await requireEditor();
  const id = parseId(rawId);
  if (!id) return null;
  const options = { baseUrl: publicBaseUrl(), includeDrafts };
  if (kind === "claim") {
    const d = await getClaimDossier(id);
    return d && buildReport({ type: "claim", id, title: d.textHi }, [d], options);
  }
  const article = await db().article.findUnique({
    where: { id },
    select: { id: true, title: true },
  });
  if (!article) return null;
  return buildReport(
    { type: "article", id, title: article.title },
    await listDossiersForArticle(id),
    options,
  );
}
