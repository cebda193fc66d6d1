import "server-only";
import { db } from "../db";

export type RatingChoice = Awaited<ReturnType<typeof listRatings>>[number];

/** The default scale's ratings, worst to best, then the off-scale ones. */
export async function listRatings() {
  return db().rating.findMany({
    where: { scale: { isDefault: true } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, labelHi: true, labelEn: true, value: true, colour: true },
  });
}
