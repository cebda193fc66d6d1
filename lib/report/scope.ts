// What a report covers, as the builder's form and the download URLs say it: one set of filters, read
// from URL search params (so a preview, its downloads and a bookmarked report agree), validated with
// zod, and turned into one Prisma `where` that every format and the preview counts share.
import { z } from "zod";
import { articleDateWhere } from "../article/date-where";
import { dayRange } from "../calendar/days";
import { isCalendarDay } from "../calendar/stored-day";
import { parseForForm } from "../form-errors";
import type { Prisma } from "../generated/prisma/client";
import { searchTextWhere } from "../search/where";
import { optionalOneLine } from "../text/clean";
import { DATE_ON_CHOICES, type DateOn, DEFAULT_DATE_ON } from "./date-on";

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not an id.");
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.")
  .refine(isCalendarDay, "Not a date.");
const blankAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const CLAIM_STATUSES = ["OPEN", "SENT_BACK", "IN_REVIEW", "PUBLISHED"] as const;

const reportFiltersSchema = z
  .object({
    claim: z.preprocess(blankAsUndefined, id.optional()),
    article: z.preprocess(blankAsUndefined, id.optional()),
    /** Any entity: claims it said, relayed, or that appeared in an article of this outlet. */
    entity: z.preprocess(blankAsUndefined, id.optional()),
    topic: z.preprocess(blankAsUndefined, optionalOneLine(200)).optional(),
    /** Search words, as the desk's search box takes them: a search's results as a report. */
    q: z.preprocess(blankAsUndefined, optionalOneLine(200)).optional(),
    status: z.preprocess(blankAsUndefined, z.enum(CLAIM_STATUSES).optional()),
    rating: z.preprocess(blankAsUndefined, id.optional()),
    /** Newsroom days (lib/calendar), inclusive, on the date `on` names. */
    from: z.preprocess(blankAsUndefined, day.optional()),
    to: z.preprocess(blankAsUndefined, day.optional()),
    /** Which date the range filters on; see ./date-on.ts. Only kept when there is a range. */
    on: z.preprocess(
      blankAsUndefined,
      z.enum(DATE_ON_CHOICES, { message: "Choose a date." }).optional(),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "The start date is after the end date.",
    path: ["to"],
  })
  // A range always says which date it is on, so the address, the heading and every download agree;
  // without a range the choice means nothing and is left out.
  .transform(({ on, ...f }): typeof f & { on?: DateOn } =>
    f.from || f.to ? { ...f, on: on ?? DEFAULT_DATE_ON } : f,
  );

export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const FILTER_KEYS = [
  "q",
  "claim",
  "article",
  "entity",
  "topic",
  "status",
  "rating",
  "from",
  "to",
  "on",
] as const;

/** Filters from a URL's search params; unknown params are ignored, bad values are errors by field. */
export function parseReportFilters(params: URLSearchParams) {
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]));
  return parseForForm(reportFiltersSchema, raw);
}

/** The filters as search params again, in a fixed order, leaving out what is not set. */
export function filtersToParams(f: ReportFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v) params.set(k, v);
  }
  return params;
}

/**
 * The claims a report covers. Which claims may appear at all (drafts or not) is the caller's rule;
 * `publishedOnly` keeps a filter from matching on unpublished work, so a reader's rating filter cannot
 * reveal how a draft was rated.
 */
export function claimWhere(
  f: ReportFilters,
  { publishedOnly = false }: { publishedOnly?: boolean } = {},
): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  // A report names one claim on purpose; otherwise withdrawn and merged claims stay out of it.
  if (f.claim) and.push({ id: f.claim });
  else and.push({ withdrawnAt: null });
  if (f.article) and.push({ mentions: { some: { articleId: f.article } } });
  if (f.entity)
    and.push({
      mentions: {
        some: {
          OR: [
            { attribution: { some: { entityId: f.entity } } },
            { article: { outletId: f.entity } },
          ],
        },
      },
    });
  if (f.topic) and.push({ topic: { equals: f.topic, mode: "insensitive" } });
  // The search box's own rule (lib/search/where.ts): a report of "उत्तर कोरिया" holds what the
  // search finds for "नॉर्थ कोरिया".
  if (f.q) and.push(...searchTextWhere(f.q));
  if (f.status) and.push({ status: f.status });
  if (f.rating)
    and.push({
      verdicts: { some: { ratingId: f.rating, ...(publishedOnly ? { status: "PUBLISHED" } : {}) } },
    });
  const dated = dateWhere(f);
  if (dated) and.push(dated);
  return and.length ? { AND: and } : {};
}

/** The date range as a where-clause on the date it names (newsroom days: lib/calendar). */
function dateWhere(f: ReportFilters): Prisma.ClaimWhereInput | undefined {
  const on = f.on ?? DEFAULT_DATE_ON;
  if (on === "article") {
    const article = articleDateWhere(f.from, f.to);
    return article && { mentions: { some: { article } } };
  }
  const range = dayRange(f.from, f.to);
  if (!range) return undefined;
  return on === "published" ? { publishedAt: range } : { createdAt: range };
}
