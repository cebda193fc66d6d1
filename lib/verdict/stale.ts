// When a verdict draft counts as stranded. "Untouched for a day" is read as the newsroom's day
// (PRAMAAN_TIME_ZONE, lib/calendar), not a rolling 24 hours: the morning shift sees every draft the
// previous day's shifts left, without waiting until the hour it was last saved. Pure.
import { dayStart, newsroomDay } from "../calendar/days";

/** The first instant of the newsroom day `now` falls on: a draft last touched before it is stale. */
export function staleBefore(now = new Date()): Date {
  const day = newsroomDay(now);
  if (!day) throw new RangeError("Not a valid instant");
  return dayStart(day);
}
