// Fills searchText for rows written before search existed, or by plain SQL (the bench corpus): the
// migration cannot run TypeScript, and the fold must be the very one the app writes with. Run by the
// seed step at every start (a no-op once nothing is null) and by the corpus generator.
import { searchText } from "./fold.ts";

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

// Each table: the columns its searchText is made of, in order (the write paths use the same).
const SOURCES = {
  Claim: ['"textHi"', '"textEn"', "topic"],
  Mention: ["exact"],
  Article: ["title"],
  Entity: ['"nameHi"', '"nameEn"', "array_to_string(aliases, ' ')"],
} as const;

const BATCH = 5000;

/** Fills every null searchText; returns how many rows it wrote. */
export async function backfillSearchText(query: Query): Promise<number> {
  let written = 0;
  // The corpus repeats its sentences: fold each distinct text once.
  const memo = new Map<string, string>();
  const textOf = (parts: (string | null)[]) => {
    const k = parts.join("\u0000");
    let v = memo.get(k);
    if (v === undefined) {
      v = searchText(parts);
      memo.set(k, v);
    }
    return v;
  };
  for (const [table, cols] of Object.entries(SOURCES)) {
    const select = cols.map((c, i) => `${c} AS p${i}`).join(", ");
    for (;;) {
      const rows = await query(
        `SELECT id, ${select} FROM "${table}" WHERE "searchText" IS NULL LIMIT ${BATCH}`,
        [],
      );
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id as string);
      const texts = rows.map((r) =>
        textOf(cols.map((_, i) => (r[`p${i}`] as string | null) ?? null)),
      );
      await query(
        `UPDATE "${table}" t SET "searchText" = u.s
         FROM unnest($1::text[], $2::text[]) AS u(id, s) WHERE t.id = u.id`,
        [ids, texts],
      );
      written += rows.length;
      if (memo.size > 200_000) memo.clear();
    }
  }
  return written;
}
