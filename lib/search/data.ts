import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";
import { type Query, runSearch, SEARCH_TYPES, type SearchPage, type SearchType } from "./engine";
import { SEARCH_STATUSES, type SearchParamsData, searchParamsSchema } from "./schema";

const query: Query = (sql, params) => db().$queryRawUnsafe(sql, ...params);

/** The desk's search: every claim, mention, article and entity, drafts included. */
export async function searchDesk(
  params: SearchParamsData = searchParamsSchema.parse({}),
): Promise<SearchPage> {
  await requireEditor();
  const { q, status, ...rest } = params;
  return runSearch(query, q, {
    ...rest,
    status: status ? SEARCH_STATUSES[status] : undefined,
  });
}

/**
 * Readers' search: published claims, appearances of published claims, articles (public pages in
 * full) and entities with published claims, whatever status the URL asks for. Drafts are never read: the engine adds the published
 * condition itself.
 */
export async function searchPublished(
  params: SearchParamsData = searchParamsSchema.parse({}),
  pageSize?: number,
): Promise<SearchPage> {
  const { q, type, page, topic, rating, outlet, speaker, from, to } = params;
  return runSearch(query, q, {
    type,
    publishedOnly: true,
    page,
    pageSize,
    topic,
    rating,
    outlet,
    speaker,
    from,
    to,
  });
}

/** Names shown above readers' fact checks: a few, so the fact checks stay in view. */
const NAMES_ABOVE = 3;

export interface ReaderSearch {
  page: SearchPage;
  /** On the fact-checks tab's first page: the names found, a few (null elsewhere). */
  names: SearchPage | null;
  /** When the tab found nothing: the other tabs that have results, with how many (20 = "20+"). */
  elsewhere: { type: SearchType; count: number; more: boolean }[];
}

/**
 * What the readers' search page shows. A reader who types a name ("Kirby") most likely wants the
 * person, whose page gathers every fact check about them, so names are searched with fact checks
 * and shown first, a few; and a tab that finds nothing says which tabs do. Each of those is one
 * more search of the same bounded cost (at most four in all), whatever the archive's size.
 */
export async function searchForReaders(params: SearchParamsData): Promise<ReaderSearch> {
  const withNames = params.type === "claims" && params.page === 1 && params.q.trim() !== "";
  const [page, names] = await Promise.all([
    searchPublished(params),
    withNames
      ? searchPublished({ ...params, type: "entities", page: 1 }, NAMES_ABOVE)
      : Promise.resolve(null),
  ]);
  if (page.items.length > 0 || page.page > 1 || params.q.trim() === "")
    return { page, names, elsewhere: [] };
  // Names already searched above are not searched again.
  const others = SEARCH_TYPES.filter((t) => t !== params.type && !(t === "entities" && names));
  const found = await Promise.all(
    others.map(async (type) => ({
      type,
      found: await searchPublished({ ...params, type, page: 1 }),
    })),
  );
  const elsewhere = found.flatMap(({ type, found: f }) =>
    f.items.length > 0 ? [{ type, count: f.items.length, more: f.hasNext }] : [],
  );
  return { page, names, elsewhere };
}
