// Fills searchText for rows written before search existed, or by plain SQL (the bench corpus): the
// migration cannot run TypeScript, and the fold must be the very one the app writes with. Run by the
// seed step at every start (a no-op once nothing is null) and by the corpus generator. Rows the app
// writes get theirs in the same statement (lib/search-text/write-extension.ts), from the same column list.
import { SEARCH_SOURCES, type SearchableModel, searchTextOf } from "../search-text/sources.ts";

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const BATCH = 5000;

/** Fills every null searchText; returns how many rows it wrote. */
export async function backfillSearchText(query: Query): Promise<number> {
  let written = 0;
  // The corpus repeats its sentences: fold each distinct text once.
  const memo = new Map<string, string>();
  for (const [model, cols] of Object.entries(SEARCH_SOURCES) as [
    SearchableModel,
    readonly string[],
  ][]) {
    const table = model.charAt(0).toUpperCase() + model.slice(1);
    const select = cols.map((c) => `"${c}"`).join(", ");
    const textOf = (row: Record<string, unknown>) => {
      const k = JSON.stringify(cols.map((c) => row[c] ?? null));
      let v = memo.get(k);
      if (v === undefined) {
        v = searchTextOf(model, row);
        memo.set(k, v);
      }
      return v;
    };
    for (;;) {
      const rows = await query(
        `SELECT id, ${select} FROM "${table}" WHERE "searchText" IS NULL LIMIT ${BATCH}`,
        [],
      );
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id as string);
      const texts = rows.map(textOf);
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
