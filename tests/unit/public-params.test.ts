// Route params and query strings of the public pages and the v1 API (lib/public/params.ts).
import { describe, expect, it } from "vitest";
import { isCalendarDay } from "@/lib/calendar/stored-day";
import {
  articleIdSchema,
  claimListQuerySchema,
  claimSlugSchema,
  correctionsQuerySchema,
  entityApiQuerySchema,
  entityIndexQuerySchema,
  parseParam,
} from "@/lib/public/params";
import { parseReportFilters } from "@/lib/report/scope";
import { addEvidenceSchema } from "@/lib/source/schema";
import { claimSlug } from "@/lib/text/slug";

describe("public params", () => {
  it("accepts every slug the app makes and the ids it stores", () => {
    for (const text of [
      "In 2017 Russia set the record",
      "",
      "Ünïcödé — “quoted” 59 km/h",
      "a".repeat(1000),
    ]) {
      expect(parseParam(claimSlugSchema, claimSlug(text))).not.toBeNull();
    }
    expect(parseParam(claimSlugSchema, "russia-2017-grain-world-record-demo")).toBe(
      "russia-2017-grain-world-record-demo",
    );
    for (const id of ["art_000", "cmfz3k1ab0000x8qd7h2c9e4v"])
      expect(parseParam(articleIdSchema, id)).toBe(id);
  });

  it("refuses NUL, decoding debris, paths and anything else no claim or article could have", () => {
    for (const bad of [
      "\u0000",
      "a\u0000b",
      "\uFFFD",
      "..",
      ".",
      "a/b",
      "a b",
      "Russia",
      "रूस",
      "-a",
      "a-",
      "a--b",
      "",
      "x".repeat(1025),
    ]) {
      expect(parseParam(claimSlugSchema, bad), JSON.stringify(bad)).toBeNull();
    }
    for (const bad of ["\u0000", "\uFFFD", "..", "a/b", "a b", "", "x".repeat(65)])
      expect(parseParam(articleIdSchema, bad), JSON.stringify(bad)).toBeNull();
  });

  it("?limit= is a whole number from 1; absent is 50; more than 100 reads as 100", () => {
    const limit = (v: string | undefined) => {
      const r = claimListQuerySchema.safeParse({ limit: v });
      return r.success ? r.data.limit : "400";
    };
    expect([limit(undefined), limit("7"), limit("100"), limit("5000")]).toEqual([50, 7, 100, 100]);
    for (const bad of ["0", "-1", "1.5", "abc", "", "\u0000", "1e3", " 5", "9999999999"])
      expect(limit(bad), JSON.stringify(bad)).toBe("400");
  });

  it("pages the corrections log: page from 1, limit at most 50, nothing else", () => {
    expect(correctionsQuerySchema.parse({})).toEqual({ page: 1, limit: 50 });
    expect(correctionsQuerySchema.parse({ page: "3", limit: "500" })).toEqual({
      page: 3,
      limit: 50,
    });
    for (const bad of [
      { page: "0" },
      { page: "-1" },
      { page: "x" },
      { limit: "0" },
      { limit: "1e3" },
    ])
      expect(correctionsQuerySchema.safeParse(bad).success).toBe(false);
  });
});

// Issue 16, item 14: bad input is the caller's mistake (400 or a field error), never a 500 or a
// different day.
describe("impossible input", () => {
  it("refuses NUL and control characters in the entity search words (the API: 400)", () => {
    for (const bad of ["a\u0000b", "\u0000", "a\u0007", "x".repeat(201)])
      expect(entityApiQuerySchema.safeParse({ q: bad }).success, JSON.stringify(bad)).toBe(false);
    expect(entityApiQuerySchema.parse({ q: " मोदी  BBC " }).q).toBe("मोदी BBC");
    expect(entityApiQuerySchema.parse({}).q).toBeUndefined();
    // The page drops what it cannot search for instead of failing.
    expect(entityIndexQuerySchema.parse({ q: "a\u0000b" }).q).toBeUndefined();
  });

  it("refuses days that are not on the calendar: report filters, desk filters, source dates", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2023-09-13T10:26:00+05:30")).toBe(true);
    for (const bad of ["2023-02-30", "2023-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "x"])
      expect(isCalendarDay(bad), bad).toBe(false);

    const report = parseReportFilters(new URLSearchParams("from=2023-02-30&to=2023-03-31"));
    expect(report.success).toBe(false);
    expect(report.error?.issues[0].path).toEqual(["from"]);
    expect(parseReportFilters(new URLSearchParams("from=2023-02-28")).success).toBe(true);

    const evidence = {
      claimId: "claim_1",
      url: "https://example.org/a",
      title: "A source",
      stance: "SUPPORTS",
    };
    expect(addEvidenceSchema.safeParse({ ...evidence, publishedAt: "2023-02-30" }).success).toBe(
      false,
    );
    expect(addEvidenceSchema.safeParse({ ...evidence, publishedAt: "2023-02-28" }).success).toBe(
      true,
    );
  });
});
