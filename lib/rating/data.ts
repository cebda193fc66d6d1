import "server-only";
import { db } from "../db";

export type RatingChoice = Awaited<ReturnType<typeof listRatings>>[number];

/** The default scale's ratings, worst to best, then the off-scale ones. */
export async function listRatings() {
  return db().rating.findMany({
    where: { scale: { isDefault: true } },
    orderBy: { sortOrder: "asc" },
    // A rating scale is a handful of labels; the cap only keeps the read bounded.
    take: 100,
    select: { id: true, labelHi: true, labelEn: true, value: true, colour: true },
  });
}
