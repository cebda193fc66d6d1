// One newsroom calendar. Every day the product accepts (a desk filter, a search, a report's range, a
// date typed in a form or a URL) or prints is a day of the newsroom's time zone (PRAMAAN_TIME_ZONE,
// Asia/Kolkata unless set: lib/env.ts), whatever zone the server process or the reader's browser
// runs in. These are the only functions that turn such a day into instants and back.
//
// The rule:
// - An instant (a timestamp column: Claim.createdAt, Claim.publishedAt, Article.publishedAt …) belongs
//   to the newsroom day its wall clock showed there: 2023-10-01T20:00Z is 2 October in Kolkata.
//   A day "YYYY-MM-DD" as a filter is the half-open range [its first instant, the next day's first
//   instant), computed with the zone's offset at that instant, so a day of 23 or 25 hours (daylight
//   saving) is still one day.
// - A date-only value (Article.eventDate is `@db.Date`; Source.publishedAt/accessedAt hold a typed
//   day as UTC midnight) is already a day: it is compared and printed as that day, never shifted by
//   the zone (UTC midnight of 14 Sep would be 13 Sep in New York).
// Pure: Intl only, no framework.
import { newsroomTimeZone } from "../env.ts";
import { storedDay } from "./stored-day.ts";
import { offsetMinutes, zonedIso } from "./zoned.ts";

type DateLike = Date | string | null | undefined;
export type DayRange = { gte?: Date; lt?: Date };

const DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of a day's midnight as if the wall clock were UTC; NaN when not a real day. */
function wallMidnight(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) return Number.NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC reads 2023-02-30 as 2 March: a day that does not exist is not one.
  return new Date(ms).toISOString().startsWith(day) ? ms : Number.NaN;
}

/**
 * The first instant at which `timeZone`'s clocks read the wall time `wall` (milliseconds as if the
 * wall clock were UTC). When the clocks skip it (spring forward), the instant they jump past it.
 */
function wallToInstant(wall: number, timeZone: string): Date {
  // Offsets a day either side bracket any change near `wall` (no zone changes twice in two days).
  const before = wall - offsetMinutes(wall - DAY, timeZone) * 60_000;
  const after = wall - offsetMinutes(wall + DAY, timeZone) * 60_000;
  const valid = [before, after].filter((t) => t + offsetMinutes(t, timeZone) * 60_000 === wall);
  if (valid.length) return new Date(Math.min(...valid));
  // A gap: find the change between the two candidates; the wall time's day begins there.
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  const first = offsetMinutes(lo, timeZone);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutes(mid, timeZone) === first) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** The day after `day` ("2023-12-31" → "2024-01-01"). */
export function nextDay(day: string): string {
  return new Date(wallMidnight(day) + DAY).toISOString().slice(0, 10);
}

/** The first instant of the newsroom day `day` ("YYYY-MM-DD"). */
export function dayStart(day: string, timeZone = newsroomTimeZone()): Date {
  const wall = wallMidnight(day);
  if (Number.isNaN(wall)) throw new RangeError(`Not a calendar day: ${day}`);
  return wallToInstant(wall, timeZone);
}

/** Newsroom days [from, to], inclusive, as instants: from's first instant up to the day after `to`. */
export function dayRange(
  from?: string,
  to?: string,
  timeZone = newsroomTimeZone(),
): DayRange | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: dayStart(from, timeZone) } : {}),
    ...(to ? { lt: dayStart(nextDay(to), timeZone) } : {}),
  };
}

/** The newsroom day an instant fell on. */
export function newsroomDay(d: DateLike, timeZone = newsroomTimeZone()): string | null {
  return zonedIso(d, timeZone)?.slice(0, 10) ?? null;
}

// storedDay lives in ./stored-day.ts (no configuration, so client components can use it).
export { storedDay };

/** Today in the newsroom, as a date-only value is stored (UTC midnight of that day): a source read at
 * 02:00 in Kolkata was read on that Kolkata day, not on the previous UTC one. */
export function todayStored(now = new Date(), timeZone = newsroomTimeZone()): Date {
  return new Date(`${newsroomDay(now, timeZone)}T00:00:00Z`);
}

/** Days [from, to] against a date-only value: UTC midnights, as the values are stored. */
export function storedDayRange(from?: string, to?: string): DayRange | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(wallMidnight(from)) } : {}),
    ...(to ? { lt: new Date(wallMidnight(nextDay(to))) } : {}),
  };
}

/**
 * An article's date as a day: its publication instant's newsroom day, else the day of the event it
 * reports (`eventDate`, date-only), else none.
 */
export function articleDay(
  a: { publishedAt: DateLike; eventDate?: DateLike },
  timeZone = newsroomTimeZone(),
): string | null {
  return a.publishedAt ? newsroomDay(a.publishedAt, timeZone) : storedDay(a.eventDate);
}

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * A day or time as an editor types it: "2023-09-13" is that newsroom day's first instant;
 * "2023-09-13T10:26" the newsroom's wall clock; with an offset or Z ("…T10:26:00+05:30") exactly
 * that instant. Null when it is none of these.
 */
export function parseNewsroomTime(s: string, timeZone = newsroomTimeZone()): Date | null {
  const v = s.trim();
  if (DAY_PATTERN.test(v)) return Number.isNaN(wallMidnight(v)) ? null : dayStart(v, timeZone);
  const local = LOCAL_TIME.exec(v);
  if (local) {
    const [, day, h, min, sec = "0", frac = "0"] = local;
    const midnight = wallMidnight(day ?? "");
    if (Number.isNaN(midnight) || Number(h) > 23 || Number(min) > 59 || Number(sec) > 59)
      return null;
    const ms = Number(frac.padEnd(3, "0"));
    return wallToInstant(
      midnight + ((Number(h) * 60 + Number(min)) * 60 + Number(sec)) * 1000 + ms,
      timeZone,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(v)) return null;
  if (Number.isNaN(wallMidnight(v.slice(0, 10)))) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t);
}
