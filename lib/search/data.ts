import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";
import { type Query, runSearch, type SearchPage } from "./engine";
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
): Promise<SearchPage> {
  const { q, type, page, topic, rating, outlet, speaker, from, to } = params;
  return runSearch(query, q, {
    type,
    publishedOnly: true,
    page,
    topic,
    rating,
    outlet,
    speaker,
    from,
    to,
  });
}
