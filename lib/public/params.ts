// Route params and query strings of the public pages and the v1 API, parsed before any query runs.
// A slug or id that the app could not have made answers 404 (the API: `not_found`) like a claim that
// does not exist, instead of reaching Postgres, which fails on NUL with a 500. The patterns are the
// ones the production server's front cache keys on (scripts/front-cache.mjs; a unit test keeps them
// equal), so nothing outside them is ever cached either.
import { z } from "zod";
import { ENTITY_KINDS } from "../entity/kinds";
import { optionalOneLine } from "../text/clean";

/** lib/text/slug.ts: lowercase ASCII words joined by hyphens. */
export const CLAIM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLAIM_SLUG_MAX = 1024;
/** cuid()s and the seed's fixed ids (art_000). */
export const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;
export const ARTICLE_ID_MAX = 64;

export const claimSlugSchema = z.string().max(CLAIM_SLUG_MAX).regex(CLAIM_SLUG);
export const articleIdSchema = z.string().max(ARTICLE_ID_MAX).regex(ARTICLE_ID);

const API_LIST_DEFAULT = 50;
const API_LIST_MAX = 100;
/** `?limit=`: a whole number ≥ 1; more than the maximum is read as the maximum, as it always was. */
export const claimListQuerySchema = z.object({
  limit: z
    .string()
    .regex(/^[0-9]{1,9}$/, "limit must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1, "limit must be at least 1"))
    .transform((n) => Math.min(n, API_LIST_MAX))
    .default(API_LIST_DEFAULT),
});

/** The param if it has the shape, else null: callers answer 404. */
export function parseParam<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const wholeNumber = (name: string) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} must be at least 1`));

/** The corrections log and its API: `?page=` from 1, `?limit=` at most 50 (more reads as 50). */
export const CORRECTIONS_PAGE_MAX = 50;
export const correctionsQuerySchema = z.object({
  page: wholeNumber("page").default(1),
  limit: wholeNumber("limit")
    .transform((n) => Math.min(n, CORRECTIONS_PAGE_MAX))
    .default(CORRECTIONS_PAGE_MAX),
});

/** Entity slugs are claim-shaped (lib/text/slug.ts, or a cuid for entities without an English name). */
export const entitySlugSchema = z.string().max(200).regex(CLAIM_SLUG);

/** An entity page's paged role list: `?role=said&after=…` (checked again where it is used). */
export const entityPageQuerySchema = z.object({
  role: z.string().max(20).optional().catch(undefined),
  after: z.string().max(600).optional().catch(undefined),
});

// Search words as the desk's search box takes them: NUL and other control characters are refused
// (Postgres fails on NUL with a 500), invisible characters dropped.
const searchWords = optionalOneLine(200);
const entityIndexRest = {
  kind: z.enum(ENTITY_KINDS).optional().catch(undefined),
  after: z.string().max(600).optional().catch(undefined),
};

/** The entity index page: `?q=` words, `?kind=`, `?after=` a cursor; a bad value is dropped. */
export const entityIndexQuerySchema = z.object({
  q: searchWords.catch(undefined),
  ...entityIndexRest,
});

/** GET /api/v1/entities: words a search cannot take are the caller's mistake (400), not "all". */
export const entityApiQuerySchema = z.object({ q: searchWords, ...entityIndexRest });
