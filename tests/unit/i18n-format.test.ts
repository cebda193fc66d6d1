// Dates and figures in the page's language (lib/calendar/format.ts, issue 19): Hindi or English
// words, Latin or Devanagari digits (PRAMAAN_DIGITS), always on the newsroom's calendar
// (PRAMAAN_TIME_ZONE, Asia/Kolkata by default), never the process's (vitest pins America/New_York).
import { afterEach, describe, expect, it } from "vitest";
import {
  formatArticleDate,
  formatDate,
  formatDateTime,
  formatNumber,
  formatStoredDay,
  joinNames,
  zoneLabel,
} from "@/lib/calendar/format";
import { intlLocale, langOf } from "@/lib/i18n/locale";

afterEach(() => {
  delete process.env.PRAMAAN_DIGITS;
  delete process.env.PRAMAAN_TIME_ZONE;
});

// 23:30 UTC on 13 September is 05:00 on 14 September in Kolkata: the day line falls between them.
const LATE = new Date("2023-09-13T23:30:00Z");
const LATIN_DIGIT = /[0-9]/;
const DEVANAGARI_DIGIT = /[०-९]/;

describe("locales", () => {
  it("name the language and the digits", () => {
    expect(intlLocale("hi")).toBe("hi-IN");
    expect(intlLocale("hi", "devanagari")).toBe("hi-IN-u-nu-deva");
    expect(intlLocale("en", "devanagari")).toBe("en-IN");
    expect(langOf("hi-IN-u-nu-deva")).toBe("hi");
    expect(langOf("en-IN")).toBe("en");
    expect(langOf("EN")).toBe("en");
    expect(langOf(undefined)).toBe("hi");
  });
});

describe("an instant's day, in words", () => {
  it("is the newsroom's day, in Hindi and in English", () => {
    expect(formatDate(LATE, "hi")).toBe("14 सित॰ 2023");
    expect(formatDate(LATE, "en")).toBe("14 Sept 2023");
    expect(formatDate(LATE.toISOString(), "hi")).toBe("14 सित॰ 2023"); // from the JSON cache
    expect(formatDate(null, "hi")).toBe("—");
  });

  it("prints Devanagari digits when the newsroom asks, in Hindi only", () => {
    process.env.PRAMAAN_DIGITS = "devanagari";
    expect(formatDate(LATE, "hi")).toBe("१४ सित॰ २०२३");
    expect(formatDate(LATE, "hi")).not.toMatch(LATIN_DIGIT);
    expect(formatDate(LATE, "en")).toBe("14 Sept 2023");
    process.env.PRAMAAN_DIGITS = "latin";
    expect(formatDate(LATE, "hi")).toBe("14 सित॰ 2023");
  });

  it("takes the locale next-intl hands a component, which already says the digits", () => {
    expect(formatDate(LATE, "hi-IN-u-nu-deva")).toBe("१४ सित॰ २०२३");
    expect(formatDate(LATE, "hi-IN")).toBe("14 सित॰ 2023");
    expect(formatDate(LATE, "en-IN")).toBe("14 Sept 2023");
  });

  it("follows PRAMAAN_TIME_ZONE across the day line", () => {
    for (const [zone, hi, en] of [
      ["Asia/Kolkata", "14 सित॰ 2023", "14 Sept 2023"],
      ["Europe/London", "14 सित॰ 2023", "14 Sept 2023"], // 00:30 BST
      ["UTC", "13 सित॰ 2023", "13 Sept 2023"],
      ["America/New_York", "13 सित॰ 2023", "13 Sept 2023"], // 19:30 EDT
    ]) {
      process.env.PRAMAAN_TIME_ZONE = zone;
      expect(formatDate(LATE, "hi"), zone).toBe(hi);
      expect(formatDate(LATE, "en"), zone).toBe(en);
    }
    process.env.PRAMAAN_TIME_ZONE = "UTC";
    process.env.PRAMAAN_DIGITS = "devanagari";
    expect(formatDate(LATE, "hi")).toBe("१३ सित॰ २०२३");
  });

  it("refuses a digits setting it does not know", () => {
    process.env.PRAMAAN_DIGITS = "roman";
    expect(() => formatDate(LATE, "hi")).toThrow(/PRAMAAN_DIGITS/);
  });
});

describe("a stored day (an event date)", () => {
  it("is the day as stored, in any zone and language", () => {
    const day = new Date("2023-09-13T00:00:00Z");
    for (const zone of ["Asia/Kolkata", "UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      process.env.PRAMAAN_TIME_ZONE = zone;
      expect(formatStoredDay(day, "hi"), zone).toBe("13 सित॰ 2023");
      expect(formatStoredDay(day, "en"), zone).toBe("13 Sept 2023");
    }
    process.env.PRAMAAN_DIGITS = "devanagari";
    expect(formatStoredDay(day, "hi")).toBe("१३ सित॰ २०२३");
  });

  it("is what an article without a publication time is dated", () => {
    expect(formatArticleDate({ publishedAt: null, eventDate: "2023-09-13T00:00:00Z" }, "hi")).toBe(
      "13 सित॰ 2023",
    );
    expect(formatArticleDate({ publishedAt: LATE, eventDate: "2023-09-01" }, "en")).toBe(
      "14 Sept 2023",
    );
  });
});

describe("an instant on the newsroom's clock", () => {
  it("reads 24-hour in Hindi, with no Latin am/pm, and am/pm in English", () => {
    const hi = formatDateTime(LATE, "hi");
    expect(hi).toContain("14 सित॰ 2023");
    expect(hi).toContain("05:00");
    expect(hi).not.toMatch(/[ap]\.?m/i);
    expect(formatDateTime(LATE, "en")).toMatch(/^14 Sept 2023, 5:00\s?am$/);
  });

  it("in Devanagari digits, every digit is Devanagari", () => {
    process.env.PRAMAAN_DIGITS = "devanagari";
    const hi = formatDateTime(LATE, "hi");
    expect(hi).toContain("०५:००");
    expect(hi).toMatch(DEVANAGARI_DIGIT);
    expect(hi).not.toMatch(LATIN_DIGIT);
    expect(formatDateTime(LATE, "en")).not.toMatch(DEVANAGARI_DIGIT);
  });

  it("moves with the zone", () => {
    process.env.PRAMAAN_TIME_ZONE = "UTC";
    expect(formatDateTime(LATE, "hi")).toContain("13 सित॰ 2023");
    expect(formatDateTime(LATE, "hi")).toContain("23:30");
    expect(zoneLabel(LATE, "en")).toBe("UTC");
    process.env.PRAMAAN_TIME_ZONE = "Asia/Kolkata";
    expect(zoneLabel(LATE, "en")).toBe("IST");
  });
});

describe("figures and lists", () => {
  it("group digits the Indian way, in the newsroom's digits", () => {
    expect(formatNumber(123456, "hi")).toBe("1,23,456");
    expect(formatNumber(123456, "en")).toBe("1,23,456");
    expect(formatNumber(0, "hi")).toBe("0");
    process.env.PRAMAAN_DIGITS = "devanagari";
    expect(formatNumber(123456, "hi")).toBe("१,२३,४५६");
    expect(formatNumber(7, "hi")).toBe("७");
    expect(formatNumber(123456, "en")).toBe("1,23,456");
  });

  it("join names with the language's 'and'", () => {
    const people = [{ name: "आशा" }, { name: "रवि" }, { name: "Mira" }];
    expect(joinNames(people, "hi")).toContain("और Mira");
    expect(joinNames(people, "en")).toBe("आशा, रवि and Mira");
    expect(joinNames(people.slice(0, 2), "hi")).toBe("आशा और रवि");
    expect(joinNames([], "hi")).toBe("—");
  });
});

describe("the catalogue outside React (lib/i18n/translator)", () => {
  it("prints counts in the newsroom's digits in Hindi, Latin in English", async () => {
    const { translator } = await import("@/lib/i18n/translator");
    const { CATALOGUE } = await import("@/lib/i18n/messages");
    // Any message of the catalogue that prints a count with `#` or {count, number}.
    const find = (tree: object, prefix = ""): string | null => {
      for (const [k, v] of Object.entries(tree)) {
        const key = prefix ? `${prefix}.${k}` : k;
        const onlyCount =
          typeof v === "string" &&
          /\{count, (plural|number)/.test(v) &&
          [...v.matchAll(/\{\s*(\w+)\s*[,}]/g)].every((m) => m[1] === "count") &&
          !/</.test(v);
        if (onlyCount) return key;
        if (typeof v === "object") {
          const found = find(v, key);
          if (found) return found;
        }
      }
      return null;
    };
    const key = find(CATALOGUE.hi);
    expect(key).not.toBeNull();
    const say = (lang: "hi" | "en") => (translator(lang) as any)(key, { count: 1234 }) as string;
    expect(say("hi")).toMatch(/1,234/);
    expect(say("en")).toMatch(/1,234/);
    process.env.PRAMAAN_DIGITS = "devanagari";
    expect(say("hi")).toMatch(/१,२३४/);
    expect(say("en")).toMatch(/1,234/);
  });
});
