// Readers are served from cache, never from a query per request:
// - verdict and article pages, and the v1 API's claim, are answered from the production server's
//   front cache (scripts/serve.mjs), which renders each once and keeps it in memory;
// - the home page and the v1 API's list read published data through unstable_cache under one tag.
// Publishing calls invalidatePublicClaim(), which expires both at once.
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { LANGS, pathIn } from "./i18n/negotiate.mjs";

/** A readers' page at each of its addresses: Hindi `/claims/x` and English `/en/claims/x`. */
const inEveryLanguage = (paths: string[]) => [
  ...new Set(paths.flatMap((p) => LANGS.map((l) => pathIn(p, l)))),
];

const PUBLISHED_TAG = "published";
/** Safety net for edits that do not go through publishing (an entity renamed, say). */
const PUBLIC_REVALIDATE_SECONDS = 300;

const publicPaths = {
  home: () => "/",
  claim: (slug: string) => `/claims/${slug}`,
  article: (id: string) => `/articles/${id}`,
  apiClaim: (slug: string) => `/api/v1/claims/${slug}`,
  // Every publish can add a correction: the log, its feed and its API list follow.
  corrections: ["/corrections", "/corrections/feed.xml", "/api/v1/corrections"],
  // Every entity page the front cache holds (see invalidatePublicEntities).
  entities: ["/entities", "/entities/*", "/api/v1/entities/*"],
};

export function cachedPublic<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  key: string,
): (...args: A) => Promise<R> {
  return unstable_cache(fn, [key], {
    tags: [PUBLISHED_TAG],
    revalidate: PUBLIC_REVALIDATE_SECONDS,
  });
}

/** What scripts/serve.mjs registers: it starts Next in its own process, so the two share globalThis. */
interface FrontCachePurge {
  /** Forgets the pages now, and keeps fills already running from storing them (they predate the change). */
  invalidate(paths: string[]): void;
  clear(): void;
}
const FRONT_CACHE = Symbol.for("pramaan.front-cache");

/** The production server's front cache; absent under `next dev` and in tests. */
function frontCache(): FrontCachePurge | undefined {
  return (globalThis as { [FRONT_CACHE]?: FrontCachePurge })[FRONT_CACHE];
}

export function invalidatePublicClaim(slug: string, articleIds: string[]): void {
  const paths = inEveryLanguage([
    publicPaths.home(),
    publicPaths.claim(slug),
    ...articleIds.map(publicPaths.article),
    ...publicPaths.corrections,
  ]);
  // expire: 0 = gone now, not stale-while-revalidate: the next reader must see the new verdict.
  revalidateTag(PUBLISHED_TAG, { expire: 0 });
  for (const p of paths) revalidatePath(p);
  // Then the front cache, which would otherwise go on serving the old pages.
  frontCache()?.invalidate([
    ...paths,
    publicPaths.apiClaim(slug),
    ...inEveryLanguage(publicPaths.entities),
  ]);
}

/**
 * Entity pages (and their API) are front-cached whole; which of them a change touches (a claim's
 * speakers, relays, outlets, affiliations, originator; both sides of a merge) is not worth working
 * out for something that happens a few times an hour, so every change purges them all and the next
 * reader of each renders it again.
 */
export function invalidatePublicEntities(): void {
  frontCache()?.invalidate(inEveryLanguage(publicPaths.entities));
}

/**
 * An article's metadata changed (title, outlet, date): its public page and every published claim
 * citing it show them.
 */
export function invalidatePublicArticle(articleId: string, claimSlugs: string[]): void {
  const paths = inEveryLanguage([
    publicPaths.home(),
    publicPaths.article(articleId),
    ...claimSlugs.map(publicPaths.claim),
  ]);
  revalidateTag(PUBLISHED_TAG, { expire: 0 });
  for (const p of paths) revalidatePath(p);
  frontCache()?.invalidate([
    ...paths,
    ...claimSlugs.map(publicPaths.apiClaim),
    ...inEveryLanguage(publicPaths.entities),
  ]);
}
