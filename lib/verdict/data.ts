import "server-only";
import { db } from "../db";

/** Verdicts waiting for a second editor, oldest first. */
export async function listReviewQueue() {
  return db().verdict.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      submittedAt: true,
      summaryHi: true,
      author: { select: { id: true, name: true } },
      rating: { select: { labelHi: true, labelEn: true, colour: true } },
      claim: { select: { id: true, textHi: true } },
    },
  });
}

/** How many verdicts this editor could review now (not their own). */
export async function countReviewableBy(userId: string): Promise<number> {
  return db().verdict.count({ where: { status: "IN_REVIEW", authorId: { not: userId } } });
}
