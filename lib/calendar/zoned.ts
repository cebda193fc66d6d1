// A zone's offset at an instant, and an instant written as that zone's wall clock with the offset
// stated ("2023-09-12T01:30:00+05:30"), so a reader in another zone (or a spreadsheet) never has to
// guess which day "2023-09-12" meant. Pure: Intl only. (Moved here from lib/report/zoned.ts.)
import { newsroomTimeZone } from "../env.ts";

type DateLike = Date | string | null | undefined;

// A 100,000-claim export writes about a million dates, and Intl's formatToParts costs tens of
// microseconds a call. A zone's offset changes at most a few times a year (Asia/Kolkata: never since
// 1945), so Intl is asked for the offset at the start and the end of each UTC day: when they agree, the
// whole day has it and is remembered; only a day with a change in it asks Intl for every instant.
const formatters = new Map<string, Intl.DateTimeFormat>();
const dayOffsets = new Map<string, number | null>();
const DAY = 86_400_000;

function intlOffset(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, f);
  }
  // "GMT+05:30", "GMT-03:00", or plain "GMT" for UTC itself. Local mean times before a zone's
  // standard time have seconds ("GMT+05:21:10"); they are rounded down to the minute.
  const name = f.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /^GMT([+-])(\d{2}):(\d{2})(?::\d{2})?$/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Minutes east of UTC that `timeZone`'s clocks showed at the instant `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY);
  const key = `${timeZone} ${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = intlOffset(day * DAY, timeZone);
    offset = start === intlOffset(day * DAY + DAY - 1, timeZone) ? start : null;
    if (dayOffsets.size > 100_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset ?? intlOffset(ms, timeZone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2023-09-12T05:30:00+05:30": the instant, as the wall clock in `timeZone` showed it. */
export function zonedIso(d: DateLike, timeZone = newsroomTimeZone()): string | null {
  if (!d) return null;
  const ms = new Date(d).getTime();
  if (Number.isNaN(ms)) return null;
  const offset = offsetMinutes(ms, timeZone);
  const w = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return (
    `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}` +
    `T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The calendar day of a zoned ISO string ("2023-09-12T01:30:00+05:30" → "2023-09-12"). */
export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
