// The date field's pure parts (components/ui/date-field.tsx): month names in the page's language,
// a stored day split into parts, and parts assembled back into an ISO day or a reason they are not one.
import { describe, expect, it } from "vitest";
import { assembleIso, latinDigits, monthNames, splitIso } from "@/lib/calendar/date-parts";
import { CATALOGUE } from "@/lib/i18n/messages";

describe("monthNames", () => {
  it("names the months in Hindi and in English", () => {
    const hi = monthNames("hi-IN");
    expect(hi).toHaveLength(12);
    expect(hi[0]).toBe("जनवरी");
    expect(hi[1].normalize("NFC")).toMatch(/^(फ़|फ़)रवरी$/u);
    expect(hi[11]).toBe("दिसंबर");
    expect(monthNames("en-IN")).toEqual([
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ]);
  });

  it("does not depend on the process's time zone (the first of the month stays in its month)", () => {
    expect(monthNames("hi-IN-u-nu-deva")[0]).toBe("जनवरी");
  });
});

describe("splitIso", () => {
  it("splits a stored day", () => {
    expect(splitIso("2026-02-07")).toEqual({ day: "7", month: "2", year: "2026" });
  });
  it("reads anything else as empty", () => {
    for (const v of ["", null, undefined, "1/9/2023", "2026-2-7"])
      expect(splitIso(v)).toEqual({ day: "", month: "", year: "" });
  });
});

describe("assembleIso", () => {
  it("assembles a day, padded", () => {
    expect(assembleIso({ day: "7", month: "2", year: "2026" })).toEqual({
      ok: true,
      iso: "2026-02-07",
    });
    expect(assembleIso({ day: "31", month: "12", year: "2023" })).toEqual({
      ok: true,
      iso: "2023-12-31",
    });
  });
  it("takes all-empty as an empty value", () => {
    expect(assembleIso({ day: "", month: "", year: "" })).toEqual({ ok: true, iso: "" });
  });
  it("reads Devanagari digits", () => {
    expect(latinDigits("२०२६")).toBe("2026");
    expect(assembleIso({ day: "२९", month: "2", year: "२०२४" })).toEqual({
      ok: true,
      iso: "2024-02-29",
    });
  });
  it("refuses a day that does not exist, and still sends it so the server refuses it too", () => {
    expect(assembleIso({ day: "31", month: "2", year: "2026" })).toEqual({
      ok: false,
      error: "noSuchDay",
      iso: "2026-02-31",
    });
    expect(assembleIso({ day: "29", month: "2", year: "2023" })).toMatchObject({
      error: "noSuchDay",
    });
    expect(assembleIso({ day: "31", month: "4", year: "2026" })).toMatchObject({
      error: "noSuchDay",
    });
  });
  it("says what is wrong with unfinished or malformed parts", () => {
    expect(assembleIso({ day: "7", month: "", year: "2026" })).toEqual({
      ok: false,
      error: "incomplete",
      iso: "",
    });
    expect(assembleIso({ day: "0", month: "2", year: "2026" })).toMatchObject({ error: "badDay" });
    expect(assembleIso({ day: "x", month: "2", year: "2026" })).toMatchObject({ error: "badDay" });
    expect(assembleIso({ day: "7", month: "2", year: "26" })).toMatchObject({ error: "badYear" });
  });
  it("has a message in both languages for every error", () => {
    for (const error of ["incomplete", "badDay", "badYear", "noSuchDay"] as const) {
      expect(CATALOGUE.hi.dateField.errors[error]).toBeTruthy();
      expect(CATALOGUE.en.dateField.errors[error]).toBeTruthy();
    }
  });
});
