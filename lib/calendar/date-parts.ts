// A day typed as three parts (day, month, year) rather than in a native <input type="date">, whose
// format is the browser's locale and not the page's (components/ui/date-field.tsx). The pure parts:
// the month names in the page's language, splitting a stored ISO day and assembling one back.
// Import-free, so the client component and the tests share it.

/** The twelve month names, January first, in the given Intl locale ("hi-IN" → "जनवरी", …). */
export function monthNames(locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, m) => fmt.format(Date.UTC(2000, m, 1)));
}

/** The parts as typed: strings, so a half-typed year stays what the person typed. */
export interface DayParts {
  day: string;
  /** "1"–"12", or "" for none chosen. */
  month: string;
  year: string;
}

const EMPTY_PARTS: DayParts = { day: "", month: "", year: "" };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored "YYYY-MM-DD" as parts; anything else (empty, malformed) as empty parts. */
export function splitIso(iso: string | null | undefined): DayParts {
  const m = ISO_DAY.exec(iso?.trim() ?? "");
  if (!m) return EMPTY_PARTS;
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] };
}

/** Devanagari digits typed on a Hindi keyboard (०-९) read as 0-9; spaces dropped. */
export function latinDigits(s: string): string {
  return s.replace(/\s+/g, "").replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
}

/** Why the parts are not a day: a key of the dateField namespace's `errors`. */
type DayError = "incomplete" | "badDay" | "badYear" | "noSuchDay";

export type Assembled =
  | { ok: true; iso: string }
  | {
      ok: false;
      error: DayError /** What the form sends meanwhile: "" when unfinished. */;
      iso: string;
    };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The parts as an ISO day. All empty is a valid empty value (""); some but not all filled is
 * "incomplete"; a day that does not exist (31 February) is "noSuchDay" and is still sent as typed,
 * so a server that checks the day refuses it rather than the field silently going blank.
 */
export function assembleIso(parts: DayParts): Assembled {
  const day = latinDigits(parts.day);
  const month = parts.month.trim();
  const year = latinDigits(parts.year);
  if (!day && !month && !year) return { ok: true, iso: "" };
  if (!day || !month || !year) return { ok: false, error: "incomplete", iso: "" };
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1) return { ok: false, error: "badDay", iso: "" };
  if (!/^\d{4}$/.test(year) || Number(year) < 1000) return { ok: false, error: "badYear", iso: "" };
  const m = Number(month);
  if (!Number.isInteger(m) || m < 1 || m > 12) return { ok: false, error: "incomplete", iso: "" };
  const iso = `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (Number(day) > daysIn(Number(year), m)) return { ok: false, error: "noSuchDay", iso };
  return { ok: true, iso };
}
