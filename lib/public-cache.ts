// Public pages (home, verdict pages, annotated articles, the v1 API) are rendered once and served
// from Next's cache. Whatever changes what readers see must name the paths to rebuild here.
import { revalidatePath } from "next/cache";

export const PUBLIC_REVALIDATE_SECONDS = 300; // safety net for edits that do not go through publishing

export const publicPaths = {
  home: () => "/",
  claim: (slug: string) => `/claims/${slug}`,
  article: (id: string) => `/articles/${id}`,
  apiClaims: () => "/api/v1/claims",
  apiClaim: (slug: string) => `/api/v1/claims/${slug}`,
};

export function invalidatePublicClaim(slug: string, articleIds: string[]): void {
  const paths = [publicPaths.home(), publicPaths.claim(slug), publicPaths.apiClaims(), publicPaths.apiClaim(slug), ...articleIds.map(publicPaths.article)];
  for (const p of paths) revalidatePath(p);
}
