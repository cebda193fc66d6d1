// Dates as people and machines read them, in the newsroom's zone (lib/calendar: one calendar for
// every day the product prints). Dates arrive as Date objects from Prisma and as ISO strings from the
// JSON-serialising cache.

import { newsroomTimeZone } from "../env";
import { newsroomDay, storedDay } from "./days";

type DateLike = Date | string | null | undefined;

/** ISO 8601 instant, for machine-readable output (reports, the API). */
export const isoTime = (d: DateLike) => (d ? new Date(d).toISOString() : null);
/** ISO 8601 calendar day of an instant: the newsroom day it fell on. */
export const isoDay = (d: DateLike) => newsroomDay(d);
/** ISO 8601 day of a date-only value (an event date, a source's typed day): never shifted. */
export const isoStoredDay = (d: DateLike) => storedDay(d);

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions) {
  const timeZone = options.timeZone ?? newsroomTimeZone();
  const k = `${key} ${timeZone}`;
  let f = formatters.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(k, f);
  }
  return f;
}

/** An instant's newsroom day, in words ("14 Sept 2023"). */
export function formatDate(d: DateLike, lang: "hi" | "en" = "en"): string {
  if (!d) return "—";
  const locale = lang === "hi" ? "hi-IN" : "en-IN";
  return formatter(`date ${locale}`, locale, { dateStyle: "medium" }).format(new Date(d));
}

/** A date-only value's day, in words: the day as stored, whatever the zone. */
export function formatStoredDay(d: DateLike, lang: "hi" | "en" = "en"): string {
  if (!d) return "—";
  const locale = lang === "hi" ? "hi-IN" : "en-IN";
  return formatter(`stored ${locale}`, locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(d),
  );
}

/** An article's date in words: its publication's newsroom day, else the day of its event. */
export function formatArticleDate(
  a: { publishedAt: DateLike; eventDate?: DateLike },
  lang: "hi" | "en" = "en",
): string {
  return a.publishedAt ? formatDate(a.publishedAt, lang) : formatStoredDay(a.eventDate, lang);
}

/** An instant as the newsroom's wall clock showed it ("14 Sept 2023, 1:30 am"). */
export function formatDateTime(d: DateLike): string {
  if (!d) return "—";
  return formatter("datetime", "en-IN", { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(d),
  );
}

/** The newsroom zone's short name at an instant ("IST", "BST", "GMT+1"), to print beside a time. */
export function zoneLabel(d: DateLike = new Date()): string {
  const at = d ? new Date(d) : new Date();
  return (
    formatter("zone", "en-IN", { timeZoneName: "short" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? newsroomTimeZone()
  );
}

/** "A", "A and B", "A, B and C": everyone who wrote a verdict, in the order they joined. */
export function joinNames(people: { name: string }[]): string {
  const names = people.map((p) => p.name);
  return names.length <= 1
    ? (names[0] ?? "—")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
