// A date-only value's day, apart from days.ts: no zone is involved, so it needs no newsroom
// configuration (lib/env.ts, zod and all), and the desk's client components can import it without
// carrying server configuration into the browser (the CSP blocks zod's code generation there).
type DateLike = Date | string | null | undefined;

/** The day a date-only value holds (stored as UTC midnight): never shifted by a zone. */
export function storedDay(d: DateLike): string | null {
  if (!d) return null;
  const ms = new Date(d).getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Whether a string starts with a calendar day (YYYY-MM-DD) that exists: Date.parse reads 2023-02-30
 * as 2 March, so the day is checked by printing it back.
 */
export function isCalendarDay(s: string): boolean {
  const d = s.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}
