// Keyset pagination for the desk's lists. A page is "the next pageSize rows after (or before) this
// row in this order", never "skip N rows": the database walks an index from the cursor and reads one
// page, however deep the page is, and rows added meanwhile do not shift later pages.
//
// The cursor is opaque to the browser: base64url of [sort key, id]. The id breaks ties, so rows that
// share a timestamp are neither repeated nor skipped across a page boundary. A cursor that does not
// decode to the right shape reads as "no cursor" (the first page), never as an error.
import { z } from "zod";
import { isCalendarDay } from "./calendar/stored-day";
import { recordId } from "./ids";

export const PAGE_SIZE = 50;

export type SortKind = "date" | "text";
export type SortDirection = "asc" | "desc";

interface Cursor {
  key: Date | string;
  id: string;
}

/** Where a page starts: after a row (the next page), before one (the previous page), or at the top. */
export type PageStart = { after: Cursor } | { before: Cursor } | Record<string, never>;

export interface Page<T> {
  items: T[];
  /** Cursor of the page after this one, if there is one. */
  next: string | null;
  /** Cursor of the page before this one, if there is one. */
  prev: string | null;
}

const rawCursor = z.tuple([z.string().max(300), recordId]);

// base64url by hand over btoa/atob, so this module (imported by schemas the forms share) needs no
// Node Buffer in the browser bundle.
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function fromBase64Url(b64: string): string {
  const bin = atob(b64.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(
    Uint8Array.from(bin, (c) => c.charCodeAt(0)),
  );
}

export function encodeCursor(key: Date | string, id: string): string {
  const k = key instanceof Date ? key.toISOString() : key;
  return toBase64Url(JSON.stringify([k, id]));
}

function decodeCursor(raw: unknown, kind: SortKind): Cursor | null {
  if (typeof raw !== "string" || raw.length > 600 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(raw));
  } catch {
    return null;
  }
  const parsed = rawCursor.safeParse(json);
  if (!parsed.success) return null;
  const [key, id] = parsed.data;
  if (kind === "text") return { key, id };
  if (!z.iso.datetime().safeParse(key).success) return null;
  return { key: new Date(key), id };
}

/** The page start named by ?after= or ?before= (after wins if a URL has both). */
export function pageStart(
  params: { after?: unknown; before?: unknown },
  kind: SortKind,
): PageStart {
  const after = decodeCursor(params.after, kind);
  if (after) return { after };
  const before = decodeCursor(params.before, kind);
  return before ? { before } : {};
}

/**
 * The where clause, order and take of one page over `field` then id. Walking backwards (a
 * "before" cursor) reads in the opposite order and pageOf() turns the rows round. One more row than
 * the page is read, to know whether another page follows without counting.
 */
export function keyset(
  field: string,
  direction: SortDirection,
  start: PageStart,
  pageSize = PAGE_SIZE,
) {
  const backwards = "before" in start;
  const cursor = "after" in start ? start.after : "before" in start ? start.before : null;
  const dir: SortDirection = backwards ? (direction === "asc" ? "desc" : "asc") : direction;
  const op = dir === "desc" ? "lt" : "gt";
  return {
    // (key, id) beyond the cursor. Prisma cannot write a row comparison, so a non-strict bound on
    // the key comes too: it is what lets Postgres start the index scan at the cursor instead of
    // filtering every row before it.
    where: cursor
      ? {
          AND: [
            { [field]: { [`${op}e`]: cursor.key } },
            {
              OR: [
                { [field]: { [op]: cursor.key } },
                { [field]: cursor.key, id: { [op]: cursor.id } },
              ],
            },
          ],
        }
      : {},
    orderBy: [{ [field]: dir }, { id: dir }],
    take: pageSize + 1,
  };
}

/** Cuts the rows read with keyset() into a page and the cursors either side of it. */
export function pageOf<T extends { id: string }>(
  rows: T[],
  start: PageStart,
  keyOf: (row: T) => Date | string,
  pageSize = PAGE_SIZE,
): Page<T> {
  const more = rows.length > pageSize;
  const cursorOf = (row: T | undefined) => (row ? encodeCursor(keyOf(row), row.id) : null);
  if ("before" in start) {
    const items = rows.slice(0, pageSize).reverse();
    return { items, prev: more ? cursorOf(items[0]) : null, next: cursorOf(items.at(-1)) };
  }
  const items = rows.slice(0, pageSize);
  return {
    items,
    next: more ? cursorOf(items.at(-1)) : null,
    prev: "after" in start ? cursorOf(items[0]) : null,
  };
}

/** First value of a search parameter as Next hands them over (string, string[] or absent). */
const firstParam = (v: string | string[] | undefined): string | undefined =>
  Array.isArray(v) ? v[0] : v;

/**
 * A list URL with the given filters (empty ones dropped) and one cursor. The filters ride along, so
 * "Newer"/"Older" keep what the editor chose.
 */
export function listHref(
  path: string,
  filters: Record<string, string | number | boolean | undefined | null>,
  cursor?: { after: string } | { before: string },
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters))
    if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, String(v));
  if (cursor) for (const [k, v] of Object.entries(cursor)) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A list's query string parsed by `schema`, field by field: a field that does not parse is dropped
 * (its default applies) rather than failing the page. Each field's schema should end in .catch().
 */
export function parseListParams<T>(schema: z.ZodType<T>, raw: SearchParams | undefined): T {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw ?? {})) flat[k] = firstParam(v);
  return schema.parse(flat);
}

/** A field that reads as undefined when absent or malformed. */
export const lenient = <T>(s: z.ZodType<T>) => s.optional().catch(undefined);

/** Cursors stay raw strings here; decodeCursor() checks them against the list's sort kind. */
export const cursorParams = {
  after: lenient(z.string().max(600)),
  before: lenient(z.string().max(600)),
};

/** A calendar day (YYYY-MM-DD) that exists: a newsroom day (lib/calendar turns it into instants). */
export const dayParam = lenient(z.iso.date().refine(isCalendarDay));
