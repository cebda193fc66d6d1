// Readers are served from cache, never from a query per request:
// - verdict and article pages are rendered once and kept in Next's route cache (ISR);
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

export function invalidatePublicClaim(slug: string, articleIds: string[]): void {
  // expire: 0 = gone now, not stale-while-revalidate: the next reader must see the new verdict.
  revalidateTag(PUBLISHED_TAG, { expire: 0 });
  for (const p of [publicPaths.home(), publicPaths.claim(slug), ...articleIds.map(publicPaths.article)]) revalidatePath(p);
}
