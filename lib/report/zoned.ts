// Dates in reports are written in the newsroom's zone with the offset stated, so a reader in another
// zone (or a spreadsheet) never has to guess which day "2023-09-12" meant.

export const NEWSROOM_TIME_ZONE = "Asia/Kolkata";

type DateLike = Date | string | null | undefined;

/** "2023-09-12T05:30:00+05:30": the instant, as the wall clock in `timeZone` showed it. */
export function zonedIso(d: DateLike, timeZone = NEWSROOM_TIME_ZONE): string | null {
  if (!d) return null;
  const date = new Date(d);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  // "GMT+05:30", or plain "GMT" for UTC itself.
  const offset = parts.timeZoneName === "GMT" ? "+00:00" : parts.timeZoneName.slice(3);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The newsroom-local calendar day of a zoned ISO string. */
export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
