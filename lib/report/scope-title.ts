// A report's heading in words ("in “…” · rated False · article dates 1 Oct – 31 Dec 2023"), from the
// filters it was asked with, in the language the report is written in (the named records' own
// wording, a claim's or an article's, stays as typed). One small query per named record, whatever
// the report's size. A reader's report names only what readers can already see, so an id cannot be
// used to read a draft's wording.
import "server-only";
import { db } from "../db";
import { displayName } from "../entity/search-key";
import type { Prisma } from "../generated/prisma/client";
import type { Lang } from "../i18n/locale";
import { translator } from "../i18n/translator";
import { dayRangeWords } from "./day-words";
import type { ReportFilters } from "./scope";

export async function scopeTitle(
  f: ReportFilters,
  { publishedOnly = false, lang = "hi" }: { publishedOnly?: boolean; lang?: Lang } = {},
): Promise<string> {
  const t = translator(lang);
  const published: Prisma.ClaimWhereInput = publishedOnly ? { status: "PUBLISHED" } : {};
  const [claim, article, entity, rating] = await Promise.all([
    f.claim
      ? db().claim.findFirst({
          where: { id: f.claim, ...published },
          select: { textHi: true, textEn: true },
        })
      : null,
    f.article
      ? db().article.findUnique({ where: { id: f.article }, select: { title: true } })
      : null,
    f.entity
      ? db().entity.findFirst({
          where: {
            id: f.entity,
            ...(publishedOnly
              ? {
                  OR: [
                    { attributions: { some: { mention: { claim: published } } } },
                    { articles: { some: {} } },
                  ],
                }
              : {}),
          },
          select: { nameHi: true, nameEn: true },
        })
      : null,
    f.rating
      ? db().rating.findUnique({
          where: { id: f.rating },
          select: { labelHi: true, labelEn: true },
        })
      : null,
  ]);
  const label = rating && (lang === "hi" ? rating.labelHi : rating.labelEn || rating.labelHi);
  const parts = [
    f.q ? t("reports.scope.matching", { q: f.q }) : null,
    claim
      ? t("reports.scope.claimText", {
          text: (lang === "en" && claim.textEn) || claim.textHi,
        })
      : f.claim
        ? t("reports.scope.claimId", { id: f.claim })
        : null,
    article
      ? t("reports.scope.inArticle", { title: article.title })
      : f.article
        ? t("reports.scope.inArticleId", { id: f.article })
        : null,
    entity
      ? t("reports.scope.involving", { name: displayName(entity, lang) })
      : f.entity
        ? t("reports.scope.involvingId", { id: f.entity })
        : null,
    f.topic ? t("reports.scope.topic", { topic: f.topic }) : null,
    f.status ? t(`reports.scope.status.${f.status}`) : null,
    label
      ? t("reports.scope.rated", { label })
      : f.rating
        ? t("reports.scope.rated", { label: f.rating })
        : null,
    // Which date the range is on, always said: "Oct–Dec 2023" alone was read as the articles' dates.
    f.from || f.to
      ? t(`reports.scope.on.${f.on ?? "article"}`, { range: dayRangeWords(f.from, f.to, lang) })
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(" · ") : t("reports.scope.all");
}
