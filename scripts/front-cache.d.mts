// Types for scripts/front-cache.mjs (plain JavaScript: the production server runs it without a build).
export interface FilledPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}
export interface CachedPage extends FilledPage {
  /** Present when the page was stored (a 200). */
  gzip?: Buffer;
}
export const CLAIM_SLUG: RegExp;
export const CLAIM_SLUG_MAX: number;
export const ARTICLE_ID: RegExp;
export const ARTICLE_ID_MAX: number;
export const ARTICLE_PART: RegExp;
export function canonicalPath(pathname: string): string | null;
export function frontCacheKey(
  method: string | undefined,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): string | null;
export function pageOfKey(key: string): string;
export function requestOfKey(key: string): { url: string; headers: Record<string, string> };
export function fillOverHttp(o: {
  origin: string;
  header: string;
  secret: string;
}): (key: string) => Promise<FilledPage>;
export interface FrontCache {
  get(key: string): Promise<{ page: CachedPage & { gzip: Buffer }; hit: boolean }>;
  invalidate(keys: string[]): void;
  clear(): void;
  stats(): { entries: number; bytes: number; filling: number };
}
export function createFrontCache(o: {
  fill: (key: string) => Promise<FilledPage>;
  maxBytes: number;
  ttlMs?: number;
  now?: () => number;
  /** RSC payloads kept per URL (one per router state tree a reader arrived with). */
  maxVariants?: number;
}): FrontCache;
