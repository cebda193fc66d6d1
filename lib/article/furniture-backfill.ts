// Detects page furniture for articles stored before it was kept (Article.furniture null): the
// migration cannot run TypeScript, and detection must be the very one import uses. Run by the seed
// step at every start (a no-op once nothing is null).
import { detectFurniture } from "./furniture.ts";

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const BATCH = 500;

/** Fills every null furniture; returns how many articles it wrote. */
export async function backfillFurniture(query: Query): Promise<number> {
  let written = 0;
  for (;;) {
    const rows = await query(
      `SELECT id, body FROM "Article" WHERE furniture IS NULL ORDER BY id LIMIT ${BATCH}`,
      [],
    );
    if (rows.length === 0) return written;
    await query(
      `UPDATE "Article" a SET furniture = u.f
       FROM unnest($1::text[], $2::jsonb[]) AS u(id, f) WHERE a.id = u.id AND a.furniture IS NULL`,
      [
        rows.map((r) => r.id as string),
        rows.map((r) => JSON.stringify(detectFurniture(r.body as string))),
      ],
    );
    written += rows.length;
  }
}
