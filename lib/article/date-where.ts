// "Articles of these days", as one where-clause for the desk's articles list and the report's
// article-date range: an article's date is its publication's newsroom day, or, when only the day of
// the event it reports is known, that day (a date-only column, compared as a day: lib/calendar).
import { dayRange, storedDayRange } from "../calendar/days";
import type { Prisma } from "../generated/prisma/client";

export function articleDateWhere(from?: string, to?: string): Prisma.ArticleWhereInput | undefined {
  const published = dayRange(from, to);
  const event = storedDayRange(from, to);
  if (!published || !event) return undefined;
  return { OR: [{ publishedAt: published }, { publishedAt: null, eventDate: event }] };
}
