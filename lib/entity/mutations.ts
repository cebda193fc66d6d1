import type { Tx } from "../db";
import { conflict, notFound } from "../errors";

/**
 * Locks the registry rows a write is about to point at (FOR SHARE, in id order, all at once) and
 * answers each requested id with the live entity it stands for: a merged entity stands for its
 * survivor. The lock is what keeps a chain off a merged entry: a merge takes both rows FOR UPDATE,
 * so either it waits for this transaction to commit (and then moves the new link with the rest), or
 * this waits for the merge and then reads the row as merged and follows it. A plain read here left
 * a window between the check and the insert in which a merge could commit (7 of 10 races).
 */
export async function lockLiveEntities(
  tx: Tx,
  ids: string[],
  what: "entity" | "affiliation" = "entity",
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let want = [...new Set(ids)].sort();
  // Whom each id being looked up was asked for: a merged row sends the lookup on to its survivor.
  const askedFor = new Map(want.map((id) => [id, [id]]));
  for (let hop = 0; want.length > 0; hop++) {
    // Merges repoint earlier merges at the survivor, so one hop is the rule; more means merges are
    // still racing each other: the editor tries again.
    if (hop > 3) throw conflict("stale.entityMerging");
    const rows = await tx.$queryRaw<{ id: string; mergedIntoId: string | null }[]>`
      SELECT id, "mergedIntoId" FROM "Entity" WHERE id = ANY(${want}::text[]) ORDER BY id FOR SHARE`;
    if (rows.length !== want.length) throw notFound(what);
    const next = new Map<string, string[]>();
    for (const row of rows) {
      const asked = askedFor.get(row.id) ?? [];
      if (!row.mergedIntoId) {
        for (const a of asked) out.set(a, row.id);
        continue;
      }
      next.set(row.mergedIntoId, [...(next.get(row.mergedIntoId) ?? []), ...asked]);
    }
    askedFor.clear();
    for (const [id, asked] of next) askedFor.set(id, asked);
    want = [...next.keys()].sort();
  }
  return out;
}
