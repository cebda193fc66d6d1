// Search over claims, mentions, articles and entities: full-text search on the spelling keys (and on
// the pairs of neighbouring words of the exact phrase) finds the candidates, and ranking puts the
// exact phrase first, then the phrase of keys, then trigram word similarity on the folded text. No
// framework imports: the desk and public loaders (data.ts) and the bench run it with their own
// database connection.
import { dayRange } from "../calendar/days.ts";
import { highlight, type Segment, searchQuery } from "../search-text/fold.ts";
import { hasPublishedClaims } from "./entity-sql.ts";

export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const SEARCH_TYPES = ["claims", "mentions", "articles", "entities"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
const SEARCH_PAGE_SIZE = 20;

type ClaimStatusName = "OPEN" | "SENT_BACK" | "IN_REVIEW" | "PUBLISHED";

export interface SearchFilters {
  type: SearchType;
  /** One status, or several (the claims still being worked on: open and sent back). */
  status?: ClaimStatusName | readonly ClaimStatusName[];
  topic?: string;
  rating?: string;
  outlet?: string;
  speaker?: string;
  /** Newsroom days (YYYY-MM-DD), inclusive, on when the row was logged (published, for readers). */
  from?: string;
  to?: string;
  /** 1-based page number. */
  page: number;
  /** Rows a page holds (20 unless asked): readers' short "names" block above fact checks takes 3. */
  pageSize?: number;
  /** Readers: published claims only, whatever the other filters say. */
  publishedOnly?: boolean;
}

interface SearchHit {
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

// Candidates per source: rows holding the exact folded phrase (a full-text phrase query), then
// rows holding every key (plain full-text query), each capped. Ranking reads these rows only, so a query that
// matches half the archive costs the same as a rare one; beyond the cap a filter narrows it.
const CANDIDATES = 100;
const FTS = (k: string) => `t."searchVector" @@ plainto_tsquery('simple', ${k})`;
// The exact phrase first, then the phrase of keys (a spelling variant), then trigram word
// similarity of the folded query to the row's folded words: how closely its words match, spelling
// included. Only the folded line (before " | "), not the keys after it: the keys are matched above,
// and word_similarity's cost grows with the text (~90 µs a claim on the whole searchText, ~40 on
// the folded line, measured over 2,000 claims), paid for every candidate.
const SCORE = (col: string, phrase: string, keys: string) =>
  `(CASE WHEN strpos(${col}, ' ' || ${phrase} || ' ') > 0 THEN 2 ELSE 0 END
    + CASE WHEN strpos(${col}, ' ' || ${keys} || ' ') > 0 THEN 1 ELSE 0 END
    + word_similarity(${phrase}, split_part(${col}, ' | ', 1)))`;

// The exact phrase as the index can answer it alone: every pair of neighbouring words, as stored
// by the search_word_pairs migration ("किम_जोंग" …). A phrase query (phraseto_tsquery) needs word
// positions, which GIN does not keep: it read and rechecked every row holding all the words, ~90 ms
// for four common ones at 200,000 claims. A one-word phrase is that word.
const MAX_LEXEME_BYTES = 2000; // tsquery refuses longer words (2046 bytes); a pair left out only widens
const utf8 = new TextEncoder();
function phraseQuery(phrase: string, p: (v: unknown) => string): string {
  const words = phrase.split(" ");
  const pairs = words
    .slice(1)
    .map((w, i) => `${words[i]}_${w}`)
    .filter((pair) => utf8.encode(pair).length <= MAX_LEXEME_BYTES);
  if (pairs.length === 0) return `phraseto_tsquery('simple', $1)`;
  // Folded words are letters, marks and digits only (./fold.ts): nothing to quote inside '…'.
  return `${p([...new Set(pairs)].map((pair) => `'${pair}'`).join(" & "))}::tsquery`;
}

// A whole number from 1 to a page, whatever the caller passes: it is written into the SQL.
const pageSizeOf = ({ pageSize: n }: SearchFilters) =>
  n !== undefined && Number.isFinite(n)
    ? Math.min(SEARCH_PAGE_SIZE, Math.max(1, Math.trunc(n)))
    : SEARCH_PAGE_SIZE;

const statuses = (s: ClaimStatusName | readonly ClaimStatusName[]) => (Array.isArray(s) ? s : [s]);

/** The one SQL statement a search runs (exported for the bench's plain-SQL floor). */
export function buildSearch(phrase: string, keys: string, f: SearchFilters): Built {
  const params: unknown[] = [phrase, keys];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  // Newsroom days (lib/calendar), as every other filter and printed date reads them.
  const range = dayRange(f.from, f.to);
  const dates = (col: string) => {
    if (range?.gte) where.push(`${col} >= ${p(range.gte)}`);
    if (range?.lt) where.push(`${col} < ${p(range.lt)}`);
  };
  let table: string;
  let select: string;
  const type = f.type;
  if (type === "claims") {
    table = `"Claim" t`;
    select = `t.id, t.slug, t."textHi" AS title, t."textEn" AS detail, t.status::text AS status,
      ${f.publishedOnly ? `t."publishedAt"` : `t."createdAt"`} AS date`;
    // Withdrawn and merged claims are kept for their history, not offered to anyone searching.
    where.push(`t."withdrawnAt" IS NULL`);
    if (f.publishedOnly) where.push(`t.status = 'PUBLISHED'`);
    else if (f.status) where.push(`t.status = ANY(${p(statuses(f.status))}::"ClaimStatus"[])`);
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
    // The claim and article are read per row of the page (a join here was planned as a hash join
    // over the whole Claim table).
    table = `"Mention" t`;
    // Readers follow an appearance to its claim's public page, by the claim's slug.
    const slug = f.publishedOnly
      ? `(SELECT c.slug FROM "Claim" c WHERE c.id = t."claimId")`
      : `t."claimId"`;
    select = `t.id, ${slug} AS slug, t.exact AS title,
      (SELECT a.title FROM "Article" a WHERE a.id = t."articleId") AS detail,
      (SELECT c.status::text FROM "Claim" c WHERE c.id = t."claimId") AS status,
      t."createdAt" AS date`;
    // A scalar subquery, not NOT EXISTS: the planner turned NOT EXISTS into an anti join that read
    // all of Claim for its few withdrawn rows (~250 ms per candidate list at 200,000 claims, twice
    // a search); this reads each candidate's claim by its key and stops at the candidate limit.
    where.push(`(SELECT wc."withdrawnAt" FROM "Claim" wc WHERE wc.id = t."claimId") IS NULL`);
    if (f.publishedOnly)
      where.push(`EXISTS (SELECT 1 FROM "Claim" pc WHERE pc.id = t."claimId"
        AND pc.status = 'PUBLISHED')`);
    if (f.status)
      where.push(`EXISTS (SELECT 1 FROM "Claim" fc WHERE fc.id = t."claimId"
        AND fc.status = ANY(${p(statuses(f.status))}::"ClaimStatus"[]))`);
    if (f.topic)
      where.push(
        `EXISTS (SELECT 1 FROM "Claim" fc WHERE fc.id = t."claimId" AND fc.topic = ${p(f.topic)})`,
      );
    if (f.outlet)
      where.push(`EXISTS (SELECT 1 FROM "Article" fa WHERE fa.id = t."articleId"
        AND fa."outletId" = ${p(f.outlet)})`);
    if (f.speaker)
      where.push(`EXISTS (SELECT 1 FROM "AttributionLink" l WHERE l."mentionId" = t.id
        AND l.role = 'SPEAKER' AND l."entityId" = ${p(f.speaker)})`);
    dates(`t."createdAt"`);
  } else if (type === "articles") {
    table = `"Article" t`;
    select = `t.id, t.id AS slug, t.title, t.url AS detail, NULL AS status, t."publishedAt" AS date`;
    if (f.outlet) where.push(`t."outletId" = ${p(f.outlet)}`);
    // An article's date: its publication, else the (date-only) day of its event, compared as a
    // day: the day strings themselves, cast to date, never an instant a zone could shift.
    if (range) {
      const published = [
        range.gte ? `t."publishedAt" >= ${p(range.gte)}` : "",
        range.lt ? `t."publishedAt" < ${p(range.lt)}` : "",
      ];
      const event = [
        f.from ? `t."eventDate" >= ${p(f.from)}::date` : "",
        f.to ? `t."eventDate" <= ${p(f.to)}::date` : "",
      ];
      const all = (parts: string[]) => parts.filter(Boolean).join(" AND ");
      where.push(`((${all(published)})
        OR (t."publishedAt" IS NULL AND ${all(event)}))`);
    }
  } else {
    table = `"Entity" t`;
    // Readers open an entity's public page by its slug; only entities with one are offered.
    select = `t.id, ${f.publishedOnly ? "t.slug" : "t.id"} AS slug, coalesce(t."nameHi", t."nameEn") AS title,
      concat_ws(' · ', CASE WHEN t."nameHi" IS NOT NULL THEN t."nameEn" END,
        array_to_string(t.aliases, ', ')) AS detail, t.kind::text AS status, NULL::timestamp AS date`;
    where.push(`t."mergedIntoId" IS NULL`);
    if (f.publishedOnly) where.push(hasPublishedClaims("t"));
  }
  const col = `t."searchText"`;
  const size = pageSizeOf(f);
  const offset = (Math.max(1, f.page) - 1) * size;
  const filters = where.map((w) => `\n      AND ${w}`).join("");
  const sql = `WITH phrase AS (
      SELECT t.id FROM ${table} WHERE t."searchVector" @@ ${phraseQuery(phrase, p)}${filters}
      LIMIT ${CANDIDATES}
    ), words AS (
      SELECT t.id FROM ${table} WHERE ${FTS("$2")}${filters} LIMIT ${CANDIDATES}
    )
    SELECT ${select}, ${SCORE(col, "$1", "$2")} AS score
    FROM ${table}
    WHERE t.id IN (SELECT id FROM phrase UNION SELECT id FROM words)
    ORDER BY score DESC, t.id
    LIMIT ${size + 1} OFFSET ${offset}`;
  return { sql, params };
}

function hrefOf(type: SearchType, row: Record<string, unknown>, publishedOnly: boolean): string {
  const id = encodeURIComponent(String(row.id));
  if (publishedOnly && type === "articles") return `/articles/${id}`;
  if (publishedOnly && type === "entities")
    return `/entities/${encodeURIComponent(String(row.slug))}`;
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
  const type = f.type;
  const size = pageSizeOf(f);
  const items = rows.slice(0, size).map((r) => ({
    type,
    id: String(r.id),
    href: hrefOf(type, r, !!f.publishedOnly),
    title: highlight(String(r.title ?? ""), sq.terms),
    detail: highlight(String(r.detail ?? ""), sq.terms),
    status: (r.status as string | null) ?? null,
    date: (r.date as Date | null) ?? null,
  }));
  return { items, page, hasNext: rows.length > size };
}
