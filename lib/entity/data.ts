import "server-only";
import { db } from "../db";

export type EntityChoice = Awaited<ReturnType<typeof listEntityChoices>>[number];

export async function listEntityChoices() {
  return db().entity.findMany({
    where: { mergedIntoId: null },
    orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
    select: { id: true, kind: true, nameHi: true, nameEn: true, aliases: true },
  });
}
