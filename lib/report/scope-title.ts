// A report's heading in words ("in “…” · rated False · article dates 1 Oct – 31 Dec 2023"), from the
// filters it was asked with. One small query per named record, whatever the report's size. A reader's
// report names only what readers can already see, so an id cannot be used to read a draft's wording.
import "server-only";
import { db } from "../db";
import { displayName } from "../entity/search-key";
import type { Prisma } from "../generated/prisma/client";
import { dayRangeWords } from "./day-words";
import type { ReportFilters } from "./scope";

const STATUS_WORDS = {
  OPEN: "open",
  SENT_BACK: "sent back",
  IN_REVIEW: "in review",
  PUBLISHED: "published",
} as const;

const DATE_ON_WORDS = {
  article: "article dates",
  published: "fact checks published",
  logged: "logged",
} as const;

export async function scopeTitle(
  f: ReportFilters,
  { publishedOnly = false }: { publishedOnly?: boolean } = {},
): Promise<string> {
  const published: Prisma.ClaimWhereInput = publishedOnly ? { status: "PUBLISHED" } : {};
  const [claim, article, entity, rating] = await Promise.all([
    f.claim
      ? db().claim.findFirst({ where: { id: f.claim, ...published }, select: { textHi: true } })
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
  const parts = [
    f.q ? `matching “${f.q}”` : null,
    claim ? `“${claim.textHi}”` : f.claim ? `claim ${f.claim}` : null,
    article ? `in “${article.title}”` : f.article ? `in article ${f.article}` : null,
    entity ? `involving ${displayName(entity)}` : f.entity ? `involving entity ${f.entity}` : null,
    f.topic ? `topic “${f.topic}”` : null,
    f.status ? STATUS_WORDS[f.status] : null,
    rating ? `rated ${rating.labelHi} (${rating.labelEn})` : f.rating ? `rated ${f.rating}` : null,
    // Which date the range is on, always said: "Oct–Dec 2023" alone was read as the articles' dates.
    f.from || f.to ? `${DATE_ON_WORDS[f.on ?? "article"]} ${dayRangeWords(f.from, f.to)}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(" · ") : "All claims";
}
