// Dates as people and machines read them, in the newsroom's zone (lib/calendar: one calendar for
// every day the product prints). Dates arrive as Date objects from Prisma and as ISO strings from the
// JSON-serialising cache.

import { newsroomDigits, newsroomTimeZone } from "../env";
import { intlLocale, type Lang } from "../i18n/locale";
import { newsroomDay, storedDay } from "./days";

type DateLike = Date | string | null | undefined;
/**
 * The language to print in: "hi" / "en" (Hindi then takes the newsroom's digits, PRAMAAN_DIGITS), or
 * the locale next-intl hands a component (`useLocale()`: "hi-IN-u-nu-deva"), which already says it.
 */
export type LocaleLike = Lang | (string & {});

function resolve(locale: LocaleLike): string {
  if (locale === "hi" || locale === "en") return intlLocale(locale as Lang, newsroomDigits());
  return locale;
}

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
export function formatDate(d: DateLike, lang: LocaleLike = "en"): string {
  if (!d) return "—";
  const locale = resolve(lang);
  return formatter(`date ${locale}`, locale, { dateStyle: "medium" }).format(new Date(d));
}

/** A date-only value's day, in words: the day as stored, whatever the zone. */
export function formatStoredDay(d: DateLike, lang: LocaleLike = "en"): string {
  if (!d) return "—";
  const locale = resolve(lang);
  return formatter(`stored ${locale}`, locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(d),
  );
}

/** An article's date in words: its publication's newsroom day, else the day of its event. */
export function formatArticleDate(
  a: { publishedAt: DateLike; eventDate?: DateLike },
  lang: LocaleLike = "en",
): string {
  return a.publishedAt ? formatDate(a.publishedAt, lang) : formatStoredDay(a.eventDate, lang);
}

/** An instant as the newsroom's wall clock showed it ("14 Sept 2023, 1:30 am"). */
export function formatDateTime(d: DateLike, lang: LocaleLike = "en"): string {
  if (!d) return "—";
  const locale = resolve(lang);
  // Hindi clocks read 24-hour ("१९:४५"): the am/pm ICU gives Hindi is Latin letters.
  const hourCycle = locale.startsWith("hi") ? "h23" : undefined;
  return formatter(`datetime ${locale}`, locale, {
    hourCycle,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(d));
}

/** The newsroom zone's short name at an instant ("IST", "BST", "GMT+1"), to print beside a time. */
export function zoneLabel(d: DateLike = new Date(), lang: LocaleLike = "en"): string {
  const at = d ? new Date(d) : new Date();
  const locale = resolve(lang);
  return (
    formatter(`zone ${locale}`, locale, { timeZoneName: "short" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? newsroomTimeZone()
  );
}

/** "A", "A and B", "A, B and C": everyone who wrote a verdict, in the order they joined. */
export function joinNames(people: { name: string }[], lang: LocaleLike = "en"): string {
  const names = people.map((p) => p.name);
  // Intl.ListFormat: "A, B and C" / "A, B और C".
  return names.length === 0 ? "—" : listFormat(resolve(lang)).format(names);
}

const lists = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    lists.set(locale, f);
  }
  return f;
}

/** A count or figure in the page's language and digits ("1,23,456" / "१,२३,४५६"). */
export function formatNumber(n: number, lang: LocaleLike = "en"): string {
  return numberFormat(resolve(lang)).format(n);
}

const numbers = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numbers.set(locale, f);
  }
  return f;
}
