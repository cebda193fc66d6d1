import { describe, expect, it } from "vitest";
import { zonedIso } from "@/lib/calendar/zoned";
import { buildReport } from "@/lib/report/build";
import { reportMarkdown } from "@/lib/report/markdown";
import { formatCitation } from "@/lib/report/text";
import { publishedDossier } from "./dossier-fixture";

const report = () =>
  buildReport({ title: "t", filters: { claim: "claim1" } }, [publishedDossier()], {
    baseUrl: "https://pramaan.example",
    generatedAt: new Date("2024-01-01T00:00:00Z"),
  });

describe("citation report", () => {
  it("lists the verdict, every appearance with its attribution chain, and every source", () => {
    const r = report();
    expect(r.claims[0].url).toBe("https://pramaan.example/claims/train-speed-abc123");
    expect(r).toMatchObject({
      generatedAt: "2024-01-01T05:30:00+05:30",
      timeZone: "Asia/Kolkata",
      includesDrafts: false,
    });
    expect(r.claims[0]).toMatchObject({ isDraft: false, corrections: [] });
    expect(r.claims[0].verdict).toMatchObject({
      status: "PUBLISHED",
      rating: { labelHi: "अधिकांशतः सत्य", labelEn: "Mostly true", value: 4, best: 5 },
      authors: [{ id: "u1", name: "Asha Verma" }],
      reviewer: { id: "u2", name: "Ravi Kumar" },
      publishedAt: "2023-09-20T15:30:00+05:30",
    });
    const a = r.claims[0].appearances[0];
    // Only the day of the events is known: a calendar day, no invented time.
    expect(a.article).toMatchObject({
      date: "2023-09-12",
      url: "https://pramaan.example/articles/art_002",
    });
    // Structured, not display strings: the chain keeps roles, entities and the article's own verbs.
    expect(a.attribution.map((c) => [c.role, c.entity?.nameHi, c.cue])).toEqual([
      ["SPEAKER", "बीबीसी", "BBC के मुताबिक"],
      ["RELAY", "एनके न्यूज", "के हवाले से"],
    ]);
    expect(r.claims[0].sources[0]).toMatchObject({
      sourceId: "s1",
      url: "https://example.org/bbc/train?a=1,2",
      publishedAt: "2023-09-11",
      accessedAt: "2023-09-15",
      stance: "SUPPORTS",
      authors: [{ family: "Doe", given: "Jane" }],
    });
  });

  it("dates are written in the newsroom's zone with the offset stated", () => {
    expect(zonedIso(new Date("2023-09-11T20:00:00Z"))).toBe("2023-09-12T01:30:00+05:30");
    expect(zonedIso("2023-09-11T20:00:00Z", "UTC")).toBe("2023-09-11T20:00:00+00:00");
    expect(zonedIso(null)).toBeNull();
  });

  it("the cached offsets agree with Intl across daylight-saving changes and odd offsets", () => {
    const intl = (ms: number, timeZone: string) => {
      const p = Object.fromEntries(
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
          .formatToParts(ms)
          .map((x) => [x.type, x.value]),
      );
      const off = p.timeZoneName === "GMT" ? "+00:00" : p.timeZoneName.slice(3);
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${off}`;
    };
    // Around New York's spring-forward (2024-03-10 07:00 UTC), Kathmandu's +05:45, Chatham's +13:45.
    const start = Date.parse("2024-03-10T05:00:00Z");
    for (const zone of ["America/New_York", "Asia/Kathmandu", "Pacific/Chatham", "Asia/Kolkata"])
      for (let ms = start; ms < start + 4 * 3_600_000; ms += 7 * 60_000 + 13_000)
        expect(zonedIso(new Date(ms), zone), `${zone} ${new Date(ms).toISOString()}`).toBe(
          intl(ms, zone),
        );
  });

  it("drafts only when asked for, and then marked as drafts", () => {
    const open = publishedDossier();
    open.id = "claim_open";
    open.status = "OPEN";
    const revising = publishedDossier();
    revising.id = "claim_revising";
    revising.verdict!.status = "DRAFT";
    const dossiers = [publishedDossier(), open, revising];
    const scope = { title: "t", filters: { article: "a" } };
    const published = buildReport(scope, dossiers, { baseUrl: "https://x" });
    expect(published.claims.map((c) => [c.id, c.isDraft, c.verdict?.status ?? null])).toEqual([
      ["claim1", false, "PUBLISHED"],
      ["claim_revising", false, null],
    ]);
    const all = buildReport(scope, dossiers, { baseUrl: "https://x", includeDrafts: true });
    expect(all.includesDrafts).toBe(true);
    expect(all.claims.map((c) => [c.id, c.isDraft, c.verdict?.status ?? null])).toEqual([
      ["claim1", false, "PUBLISHED"],
      ["claim_open", true, "PUBLISHED"],
      ["claim_revising", true, "DRAFT"],
    ]);
  });

  it("an unpublished claim has no public URL in the report", () => {
    const d = publishedDossier();
    d.status = "OPEN";
    expect(
      buildReport({ title: "t", filters: { claim: "c" } }, [d], {
        baseUrl: "https://x",
        includeDrafts: true,
      }).claims[0].url,
    ).toBeNull();
  });

  // The CSV's own tests are in report-csv.test.ts.
  it("formats a readable citation line", () => {
    expect(formatCitation(report().claims[0].sources[0])).toBe(
      "Jane Doe. BBC News. “Kim's train, explained”. published 2023-09-11. https://example.org/bbc/train?a=1,2. accessed 2023-09-15.",
    );
  });
});

describe("corrections log in reports", () => {
  it("carries approved corrections with their kind, dated in the newsroom's zone; pending ones stay out", () => {
    const d = publishedDossier();
    const base = {
      noteEn: null,
      version: 2,
      createdAt: new Date("2023-09-21T00:00:00Z"),
      requestedBy: { id: "u1", name: "Asha Verma" },
      approvedBy: { id: "u2", name: "Ravi Kumar" },
      from: null,
      to: null,
    };
    d.corrections = [
      { ...base, id: "c2", kind: "CLARIFICATION", noteHi: "वर्तनी सुधारी", publishedAt: null },
      {
        ...base,
        id: "c1",
        kind: "CORRECTION",
        noteHi: "रेटिंग बदली",
        publishedAt: new Date("2023-09-22T10:00:00Z"),
      },
    ];
    const r = buildReport({ title: "t", filters: { claim: "claim1" } }, [d], {
      baseUrl: "https://pramaan.example",
    });
    expect(r.claims[0].corrections).toEqual([
      { at: "2023-09-22T15:30:00+05:30", kind: "CORRECTION", textHi: "रेटिंग बदली", textEn: null },
    ]);
    expect(reportMarkdown(r, "hi")).toContain("- 2023-09-22 — सुधार: रेटिंग बदली");
    // An English report words the kind in English; the note stays as the desk typed it.
    expect(reportMarkdown(r, "en")).toContain("- 2023-09-22 — Correction: रेटिंग बदली");
  });
});
