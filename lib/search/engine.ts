// Search over claims, mentions, articles and entities: full-text search on the spelling keys finds
// the candidates (or trigram similarity, for spellings the keys do not fold), and ranking puts the
// exact phrase first, then the key phrase, then full-text rank plus trigram word similarity on the
// folded text. No framework imports: the desk and public loaders (data.ts) and the bench run it
// with their own database connection.
import { highlight, type Segment, searchQuery } from "./fold.ts";

export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const SEARCH_TYPES = ["claims", "mentions", "articles", "entities"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_PAGE_SIZE = 20;

export interface SearchFilters {
  type: SearchType;
  status?: "OPEN" | "IN_REVIEW" | "PUBLISHED";
  topic?: string;
  rating?: string;
  outlet?: string;
  speaker?: string;
  /** Days (YYYY-MM-DD), inclusive, on when the row was logged (published, for readers). */
  from?: string;
  to?: string;
  /** 1-based page number. */
  page: number;
  /** Readers: published claims only, whatever the other filters say. */
  publishedOnly?: boolean;
}

export interface SearchHit {
  type: SearchType;
  id: string;
  /** Where the desk (or a reader) opens it. */
  href: string;
  title: Segment[];
  detail: Segment[];
  status: string | null;
  date: Date | null;
}

export interface SearchPage {
  items: SearchHit[];
  page: number;
  hasNext: boolean;
}

interface Built {
  sql: string;
  params: unknown[];
}

const FTS = (col: string, k: string) =>
  `to_tsvector('simple', coalesce(${col}, '')) @@ plainto_tsquery('simple', ${k})`;
const SCORE = (col: string, phrase: string, keys: string) =>
  `(CASE WHEN strpos(${col}, ${phrase}) > 0 THEN 2 ELSE 0 END
    + CASE WHEN strpos(${col}, ${keys}) > 0 THEN 1 ELSE 0 END
    + ts_rank(to_tsvector('simple', coalesce(${col}, '')), plainto_tsquery('simple', ${keys}))
    + word_similarity(${phrase}, ${col}))`;

const dayStart = (d: string) => new Date(`${d}T00:00:00Z`);
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);

/** The one SQL statement a search runs (exported for the bench's plain-SQL floor). */
export function buildSearch(phrase: string, keys: string, f: SearchFilters): Built {
  const params: unknown[] = [phrase, keys];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const dates = (col: string) => {
    if (f.from) where.push(`${col} >= ${p(dayStart(f.from))}`);
    if (f.to) where.push(`${col} < ${p(dayAfter(f.to))}`);
  };
  let table: string;
  let select: string;
  const type = f.publishedOnly ? "claims" : f.type;
  if (type === "claims") {
    table = `"Claim" t`;
    select = `t.id, t.slug, t."textHi" AS title, t."textEn" AS detail, t.status::text AS status,
      ${f.publishedOnly ? `t."publishedAt"` : `t."createdAt"`} AS date`;
    if (f.publishedOnly) where.push(`t.status = 'PUBLISHED'`);
    else if (f.status) where.push(`t.status = ${p(f.status)}::"ClaimStatus"`);
    if (f.topic) where.push(`t.topic = ${p(f.topic)}`);
    if (f.rating)
      where.push(`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = t.id
        AND v."ratingId" = ${p(f.rating)}${f.publishedOnly ? ` AND v.status = 'PUBLISHED'` : ""})`);
    if (f.outlet)
      where.push(`EXISTS (SELECT 1 FROM "Mention" m JOIN "Article" a ON a.id = m."articleId"
        WHERE m."claimId" = t.id AND a."outletId" = ${p(f.outlet)})`);
    if (f.speaker)
      where.push(`EXISTS (SELECT 1 FROM "Mention" m JOIN "AttributionLink" l ON l."mentionId" = m.id
        WHERE m."claimId" = t.id AND l.role = 'SPEAKER' AND l."entityId" = ${p(f.speaker)})`);
    dates(f.publishedOnly ? `t."publishedAt"` : `t."createdAt"`);
  } else if (type === "mentions") {
    table = `"Mention" t JOIN "Claim" c ON c.id = t."claimId" JOIN "Article" a ON a.id = t."articleId"`;
    select = `t.id, t."claimId" AS slug, t.exact AS title, a.title AS detail, c.status::text AS status,
      t."createdAt" AS date`;
    if (f.status) where.push(`c.status = ${p(f.status)}::"ClaimStatus"`);
    if (f.topic) where.push(`c.topic = ${p(f.topic)}`);
    if (f.outlet) where.push(`a."outletId" = ${p(f.outlet)}`);
    if (f.speaker)
      where.push(`EXISTS (SELECT 1 FROM "AttributionLink" l WHERE l."mentionId" = t.id
        AND l.role = 'SPEAKER' AND l."entityId" = ${p(f.speaker)})`);
    dates(`t."createdAt"`);
  } else if (type === "articles") {
    table = `"Article" t`;
    select = `t.id, t.id AS slug, t.title, t.url AS detail, NULL AS status, t."publishedAt" AS date`;
    if (f.outlet) where.push(`t."outletId" = ${p(f.outlet)}`);
    dates(`t."publishedAt"`);
  } else {
    table = `"Entity" t`;
    select = `t.id, t.id AS slug, coalesce(t."nameHi", t."nameEn") AS title,
      concat_ws(' · ', CASE WHEN t."nameHi" IS NOT NULL THEN t."nameEn" END,
        array_to_string(t.aliases, ', ')) AS detail, t.kind::text AS status, NULL::timestamp AS date`;
    where.push(`t."mergedIntoId" IS NULL`);
  }
  const col = `t."searchText"`;
  const offset = (Math.max(1, f.page) - 1) * SEARCH_PAGE_SIZE;
  const sql = `SELECT ${select}, ${SCORE(col, "$1", "$2")} AS score
    FROM ${table}
    WHERE (${FTS(col, "$2")} OR ${col} %> $1)${where.map((w) => `\n      AND ${w}`).join("")}
    ORDER BY score DESC, t.id
    LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${offset}`;
  return { sql, params };
}

function hrefOf(type: SearchType, row: Record<string, unknown>, publishedOnly: boolean): string {
  const id = encodeURIComponent(String(row.id));
  if (publishedOnly) return `/claims/${encodeURIComponent(String(row.slug))}`;
  if (type === "claims") return `/desk/claims/${id}`;
  if (type === "mentions") return `/desk/claims/${encodeURIComponent(String(row.slug))}`;
  if (type === "articles") return `/desk/articles/${id}`;
  return `/desk/claims?speaker=${id}`;
}

/** One page of results for `q`; an empty query finds nothing. */
export async function runSearch(query: Query, q: string, f: SearchFilters): Promise<SearchPage> {
  const sq = searchQuery(q);
  const page = Math.max(1, f.page);
  if (!sq) return { items: [], page, hasNext: false };
  const { sql, params } = buildSearch(sq.phrase, sq.keys, f);
  const rows = await query(sql, params);
  const type = f.publishedOnly ? "claims" : f.type;
  const items = rows.slice(0, SEARCH_PAGE_SIZE).map((r) => ({
    type,
    id: String(r.id),
    href: hrefOf(type, r, !!f.publishedOnly),
    title: highlight(String(r.title ?? ""), sq.terms),
    detail: highlight(String(r.detail ?? ""), sq.terms),
    status: (r.status as string | null) ?? null,
    date: (r.date as Date | null) ?? null,
  }));
  return { items, page, hasNext: rows.length > SEARCH_PAGE_SIZE };
}
