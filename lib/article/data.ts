import "server-only";
import { db } from "../db";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";

export async function listArticles() {
  await requireEditor();
  return db().article.findMany({
    take: 500,
    orderBy: [
      { publishedAt: { sort: "desc", nulls: "last" } },
      { eventDate: { sort: "desc", nulls: "last" } },
      { createdAt: "desc" },
    ],
    select: {
      id: true,
      title: true,
      lang: true,
      publishedAt: true,
      eventDate: true,
      outlet: { select: { nameHi: true, nameEn: true } },
      _count: { select: { mentions: true } },
    },
  });
}

/** The article with every logged mention, for the editors' reader. */
export async function getArticleForDesk(rawId: string) {
  await requireEditor();
  const id = parseId(rawId);
  if (!id) return null;
  return db().article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, nameHi: true, nameEn: true } },
      mentions: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          claim: { select: { id: true, textHi: true, status: true } },
        },
      },
    },
  });
}

/** The article with its published claims only, for readers. */
export async function getPublicArticle(id: string) {
  return db().article.findUnique({
    where: { id },
    include: {
      outlet: { select: { id: true, nameHi: true, nameEn: true } },
      mentions: {
        where: { claim: { status: "PUBLISHED" } },
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          claim: {
            select: {
              slug: true,
              textHi: true,
              verdicts: {
                where: { status: "PUBLISHED" },
                orderBy: { publishedAt: "desc" },
                take: 1,
                select: { rating: { select: { labelHi: true, labelEn: true, colour: true } } },
              },
            },
          },
        },
      },
    },
  });
}
