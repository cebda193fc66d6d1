// Detects page furniture for articles stored before it was kept (Article.furniture null): the
// migration cannot run TypeScript, and detection must be the very one import uses. Run by the seed
// step at every start (a no-op once nothing is null).
//
// Teaser boxes ("ये भी पढ़ें" and the headlines under it) were detected later than the rest: the same
// step adds them to articles stored before (backfillTeasers), without undoing an editor's work.
import { detectFurniture, type FurnitureRange, parseFurniture } from "../text/furniture.ts";

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const BATCH = 500;

/** Fills every null furniture, then adds teaser boxes; returns how many articles it wrote. */
export async function backfillFurniture(query: Query): Promise<number> {
  return (await fillNullFurniture(query)) + (await backfillTeasers(query));
}

async function fillNullFurniture(query: Query): Promise<number> {
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

/**
 * The stored ranges with the teaser boxes detection finds now, or null when nothing changes. A box
 * replaces the unconfirmed ranges inside it (its heading line, found before); it is left out where
 * it would touch a range an editor confirmed or a logged quote (readers must see a quote's words;
 * marking such a line is refused on the desk too).
 */
export function withTeasers(
  body: string,
  stored: FurnitureRange[],
  quotes: { start: number; end: number }[],
): FurnitureRange[] | null {
  let out = stored;
  const touches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  for (const box of detectFurniture(body).filter((r) => r.kind === "also-read")) {
    if (out.some((r) => r.start === box.start && r.end === box.end)) continue;
    if (quotes.some((q) => touches(q, box))) continue;
    const inside = (r: FurnitureRange) => r.start >= box.start && r.end <= box.end && !r.confirmed;
    if (out.some((r) => touches(r, box) && !inside(r))) continue;
    out = [...out.filter((r) => !inside(r)), box].sort((a, b) => a.start - b.start);
  }
  return out === stored ? null : out;
}

/**
 * Adds teaser boxes to stored articles whose furniture no editor has changed (an audited
 * `article.furniture.*` event means an editor decided what is furniture there: an un-marked box
 * must stay un-marked). Idempotent: a box already stored is not written again. Returns how many
 * articles it wrote.
 */
async function backfillTeasers(query: Query): Promise<number> {
  let written = 0;
  let after = "";
  for (;;) {
    const rows = await query(
      `SELECT a.id, a.body, a.furniture,
              COALESCE((SELECT json_agg(json_build_object('start', m.start, 'end', m."end"))
                        FROM "Mention" m
                        WHERE m."articleId" = a.id AND m."retiredAt" IS NULL AND m."orphanedAt" IS NULL),
                       '[]'::json) AS quotes
       FROM "Article" a
       WHERE a.id > $1 AND a.furniture IS NOT NULL
         AND a.body ~* '(भी|और)\\s+प|read|related'
         AND NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityType" = 'Article'
                         AND e."entityId" = a.id AND e.action LIKE 'article.furniture.%')
       ORDER BY a.id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return written;
    after = rows[rows.length - 1].id as string;
    const changed = rows.flatMap((r) => {
      const body = r.body as string;
      const next = withTeasers(
        body,
        parseFurniture(r.furniture, body) ?? [],
        r.quotes as { start: number; end: number }[],
      );
      return next ? [{ id: r.id as string, f: JSON.stringify(next) }] : [];
    });
    if (changed.length > 0)
      await query(
        `UPDATE "Article" a SET furniture = u.f
         FROM unnest($1::text[], $2::jsonb[]) AS u(id, f) WHERE a.id = u.id`,
        [changed.map((c) => c.id), changed.map((c) => c.f)],
      );
    written += changed.length;
  }
}
