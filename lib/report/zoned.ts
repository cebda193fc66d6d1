// Dates in reports are written in the newsroom's zone with the offset stated, so a reader in another
// zone (or a spreadsheet) never has to guess which day "2023-09-12" meant.

export const NEWSROOM_TIME_ZONE = "Asia/Kolkata";

type DateLike = Date | string | null | undefined;

// A 100,000-claim export writes about a million dates, and Intl's formatToParts costs tens of
// microseconds a call. A zone's offset changes rarely (Asia/Kolkata: never since 1945), so it is asked of
// Intl once per zone and quarter-hour, and the digits are then written from the shifted UTC fields.
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

function offsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(ms / QUARTER_HOUR)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, f);
  }
  // "GMT+05:30", "GMT-03:00", or plain "GMT" for UTC itself.
  const name = f.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, minutes);
  return minutes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2023-09-12T05:30:00+05:30": the instant, as the wall clock in `timeZone` showed it. */
export function zonedIso(d: DateLike, timeZone = NEWSROOM_TIME_ZONE): string | null {
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

/** The newsroom-local calendar day of a zoned ISO string. */
export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
