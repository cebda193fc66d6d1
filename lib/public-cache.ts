// Readers are served from cache, never from a query per request:
// - verdict and article pages are answered from the front cache in scripts/serve.mjs, filled from
//   Next's route cache (ISR), which renders each page once;
// - the home page and the v1 API read published data through unstable_cache under one tag.
// Publishing calls invalidatePublicClaim(), which expires both at once.
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";

export const PUBLISHED_TAG = "published";
/** Safety net for edits that do not go through publishing (an entity renamed, say). */
export const PUBLIC_REVALIDATE_SECONDS = 300;

export const publicPaths = {
  home: () => "/",
  claim: (slug: string) => `/claims/${slug}`,
  article: (id: string) => `/articles/${id}`,
};

export function cachedPublic<A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string): (...args: A) => Promise<R> {
  return unstable_cache(fn, [key], { tags: [PUBLISHED_TAG], revalidate: PUBLIC_REVALIDATE_SECONDS });
}

interface FrontCache {
  invalidate(paths: string[]): void;
}

export function invalidatePublicClaim(slug: string, articleIds: string[]): void {
  const paths = [publicPaths.home(), publicPaths.claim(slug), ...articleIds.map(publicPaths.article)];
  // expire: 0 = gone now, not stale-while-revalidate: the next reader must see the new verdict.
  revalidateTag(PUBLISHED_TAG, { expire: 0 });
  for (const p of paths) revalidatePath(p);
  // Then the front cache, which would otherwise go on serving the old page (absent under `next dev`).
  (globalThis as { __pramaanFrontCache?: FrontCache }).__pramaanFrontCache?.invalidate(paths);
}
