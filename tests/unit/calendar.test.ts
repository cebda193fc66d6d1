// One newsroom calendar (lib/calendar): a day typed anywhere is the newsroom's day, in whatever zone
// the process runs (vitest.config.mts pins America/New_York, which is neither UTC nor the newsroom's).
// Days are checked against Intl's own reading of the zone, not against lib/calendar's arithmetic.
import { afterEach, describe, expect, it } from "vitest";
import {
  articleDay,
  dayRange,
  dayStart,
  newsroomDay,
  nextDay,
  parseNewsroomTime,
  storedDay,
  storedDayRange,
  todayStored,
} from "@/lib/calendar/days";
import { formatArticleDate, formatDate, formatStoredDay, isoDay } from "@/lib/calendar/format";
import { newsroomTimeZone } from "@/lib/env";
import { dayRangeWords } from "@/lib/report/day-words";

/** The day Intl says `ms` fell on in `timeZone` (en-CA writes YYYY-MM-DD). */
const intlDay = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(ms);
const HOUR = 3_600_000;

afterEach(() => {
  delete process.env.PRAMAAN_TIME_ZONE;
});

describe("the newsroom calendar", () => {
  it("runs its tests outside the newsroom's zone, so a day taken from the process shows", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/New_York");
    expect(newsroomTimeZone()).toBe("Asia/Kolkata");
  });

  it("reads 2023-10-01T20:00Z as 2 October in Kolkata, and 2 October as Kolkata's day", () => {
    const at = new Date("2023-10-01T20:00:00Z");
    expect(newsroomDay(at)).toBe("2023-10-02");
    expect(isoDay(at)).toBe("2023-10-02");
    expect(dayStart("2023-10-02").toISOString()).toBe("2023-10-01T18:30:00.000Z");
    const range = dayRange("2023-10-02", "2023-10-02");
    expect(range?.gte?.toISOString()).toBe("2023-10-01T18:30:00.000Z");
    expect(range?.lt?.toISOString()).toBe("2023-10-02T18:30:00.000Z");
    expect(at >= range!.gte! && at < range!.lt!).toBe(true);
    const before = dayRange("2023-10-01", "2023-10-01")!;
    expect(at < before.lt!).toBe(false);
    expect(dayRange(undefined, undefined)).toBeUndefined();
    expect(dayRange(undefined, "2023-12-31")).toEqual({
      lt: new Date("2023-12-31T18:30:00.000Z"),
    });
    expect(nextDay("2023-12-31")).toBe("2024-01-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
  });

  it("gives a DST day its 23 or 25 hours (Europe/London)", () => {
    const london = "Europe/London";
    const spring = dayRange("2024-03-31", "2024-03-31", london)!;
    expect(spring.gte?.toISOString()).toBe("2024-03-31T00:00:00.000Z");
    expect(spring.lt?.toISOString()).toBe("2024-03-30T23:00:00.000Z".replace("30T23", "31T23"));
    expect((+spring.lt! - +spring.gte!) / HOUR).toBe(23);
    const autumn = dayRange("2024-10-27", "2024-10-27", london)!;
    expect(autumn.gte?.toISOString()).toBe("2024-10-26T23:00:00.000Z");
    expect((+autumn.lt! - +autumn.gte!) / HOUR).toBe(25);
  });

  it("starts every day at the first instant Intl puts in it, across DST changes and odd offsets", () => {
    // London and New York change at night; Santiago skips midnight itself (2023-09-03 starts at
    // 01:00); Lord Howe moves by half an hour; Chatham is +13:45; Kathmandu +05:45.
    const zones = [
      "Europe/London",
      "America/New_York",
      "America/Santiago",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "Asia/Kathmandu",
      "Asia/Kolkata",
    ];
    const days: string[] = [];
    for (let d = "2023-03-20"; d <= "2023-04-05"; d = nextDay(d)) days.push(d);
    for (let d = "2023-08-30"; d <= "2023-11-08"; d = nextDay(d)) days.push(d);
    for (const zone of zones)
      for (const day of days) {
        const start = dayStart(day, zone).getTime();
        expect(intlDay(start, zone), `${zone} ${day}`).toBe(day);
        expect(intlDay(start - 1, zone), `${zone} ${day} - 1 ms`).not.toBe(day);
        expect(newsroomDay(new Date(start), zone)).toBe(day);
      }
  });

  it("takes the zone from PRAMAAN_TIME_ZONE, and refuses a name that is not a zone", () => {
    const at = new Date("2023-10-01T20:00:00Z"); // 21:00 in London (BST), 01:30 on the 2nd in Kolkata
    process.env.PRAMAAN_TIME_ZONE = "Europe/London";
    expect(newsroomTimeZone()).toBe("Europe/London");
    expect(newsroomDay(at)).toBe("2023-10-01");
    expect(dayStart("2023-10-02").toISOString()).toBe("2023-10-01T23:00:00.000Z");
    expect(formatDate(at)).toBe("1 Oct 2023");
    process.env.PRAMAAN_TIME_ZONE = "IST";
    expect(() => newsroomTimeZone()).toThrow(/PRAMAAN_TIME_ZONE must be an IANA time zone/);
    process.env.PRAMAAN_TIME_ZONE = "Mars/Olympus_Mons";
    expect(() => newsroomTimeZone()).toThrow(/Configuration error/);
    delete process.env.PRAMAAN_TIME_ZONE;
    expect(newsroomDay(at)).toBe("2023-10-02");
    expect(formatDate(at)).toBe("2 Oct 2023");
  });

  it("reads a typed day or wall-clock time as the newsroom's, and an offset as stated", () => {
    expect(parseNewsroomTime("2023-10-02")?.toISOString()).toBe("2023-10-01T18:30:00.000Z");
    expect(parseNewsroomTime("2023-10-02T01:30")?.toISOString()).toBe("2023-10-01T20:00:00.000Z");
    expect(parseNewsroomTime("2023-10-02T01:30:15.5")?.toISOString()).toBe(
      "2023-10-01T20:00:15.500Z",
    );
    expect(parseNewsroomTime("2023-10-01T20:00:00Z")?.toISOString()).toBe(
      "2023-10-01T20:00:00.000Z",
    );
    expect(parseNewsroomTime("2023-10-02T01:30:00+05:30")?.toISOString()).toBe(
      "2023-10-01T20:00:00.000Z",
    );
    // London's clocks skip 01:00–02:00 on 31 March 2024: 01:30 is read as the moment they jump.
    expect(parseNewsroomTime("2024-03-31T01:30", "Europe/London")?.toISOString()).toBe(
      "2024-03-31T01:00:00.000Z",
    );
    for (const bad of ["2023-02-30", "2023-10-02T24:00", "2/10/2023", "2023-10-02T01:30+5", ""])
      expect(parseNewsroomTime(bad), bad).toBeNull();
  });

  it("keeps date-only values as the days they hold, whatever the zone", () => {
    const sep14 = new Date("2023-09-14T00:00:00Z"); // how an event date or a source's day is stored
    process.env.PRAMAAN_TIME_ZONE = "America/Los_Angeles"; // where UTC midnight is still the 13th
    expect(newsroomDay(sep14)).toBe("2023-09-13");
    expect(storedDay(sep14)).toBe("2023-09-14");
    expect(formatStoredDay(sep14)).toBe("14 Sept 2023");
    expect(articleDay({ publishedAt: null, eventDate: sep14 })).toBe("2023-09-14");
    expect(formatArticleDate({ publishedAt: null, eventDate: sep14 })).toBe("14 Sept 2023");
    expect(articleDay({ publishedAt: new Date("2023-09-14T06:00:00Z"), eventDate: sep14 })).toBe(
      "2023-09-13",
    );
    expect(storedDayRange("2023-09-14", "2023-09-14")).toEqual({
      gte: new Date("2023-09-14T00:00:00Z"),
      lt: new Date("2023-09-15T00:00:00Z"),
    });
    expect(storedDay(null)).toBeNull();
  });

  it("says a range of days in words for a report's heading", () => {
    expect(dayRangeWords("2023-10-01", "2023-12-31")).toBe("1 Oct – 31 Dec 2023");
    expect(dayRangeWords("2023-12-01", "2024-01-31")).toBe("1 Dec 2023 – 31 Jan 2024");
    expect(dayRangeWords("2023-10-02", "2023-10-02")).toBe("2 Oct 2023");
    expect(dayRangeWords("2023-10-01")).toBe("from 1 Oct 2023");
    expect(dayRangeWords(undefined, "2023-12-31")).toBe("until 31 Dec 2023");
  });

  it("stores 'read today' as the newsroom's day, not the UTC one", () => {
    // 01:30 on 2 October in Kolkata is still 1 October in UTC.
    expect(todayStored(new Date("2023-10-01T20:00:00Z"), "Asia/Kolkata").toISOString()).toBe(
      "2023-10-02T00:00:00.000Z",
    );
    expect(todayStored(new Date("2023-10-01T20:00:00Z"), "America/New_York").toISOString()).toBe(
      "2023-10-01T00:00:00.000Z",
    );
  });
});
