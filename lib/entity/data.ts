import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";

export async function listEntityChoices() {
  await requireEditor();
  return db().entity.findMany({
    take: 2000,
    where: { mergedIntoId: null },
    orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
    select: { id: true, kind: true, nameHi: true, nameEn: true, aliases: true },
  });
}
