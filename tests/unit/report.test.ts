import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { CSV_COLUMNS, neutraliseCell, reportCsv } from "@/lib/report/csv";
import { reportMarkdown } from "@/lib/report/markdown";
import { formatCitation } from "@/lib/report/text";
import { zonedIso } from "@/lib/report/zoned";
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
    expect(a.article).toMatchObject({
      date: "2023-09-12T05:30:00+05:30",
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
      publishedAt: "2023-09-11T05:30:00+05:30",
      accessedAt: "2023-09-15T05:30:00+05:30",
      stance: "SUPPORTS",
      author: "Jane Doe",
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

  it("CSV: a BOM for Excel, one row per appearance and per source, Hindi, commas, quotes and newlines intact", () => {
    const csv = reportCsv(report());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.row_type)).toEqual(["appearance", "source"]);
    expect(rows[0]).toMatchObject({
      claim_hi: publishedDossier().textHi,
      verdict_status: "PUBLISHED",
      verdict_published_at: "2023-09-20T15:30:00+05:30",
      article_date: "2023-09-12T05:30:00+05:30",
      attribution_chain: "बीबीसी (BBC के मुताबिक) → एनके न्यूज (के हवाले से)",
      speaker: "बीबीसी",
      relayed_by: "एनके न्यूज",
      rating_value: "4",
    });
    expect(rows[1]).toMatchObject({
      source_url: "https://example.org/bbc/train?a=1,2",
      pinpoint_quote: 'maximum speed of 59 km/h, "reportedly"',
      source_author: "Jane Doe",
      source_published: "2023-09-11T05:30:00+05:30",
    });
  });

  it("formats a readable citation line", () => {
    expect(formatCitation(report().claims[0].sources[0])).toBe(
      "Jane Doe. BBC News. “Kim's train, explained”. published 2023-09-11. https://example.org/bbc/train?a=1,2. accessed 2023-09-15.",
    );
  });

  it("CSV: no cell can run as a formula in a spreadsheet (OWASP), and Hindi and numbers are untouched", () => {
    const d = publishedDossier();
    const payloads = [
      '=HYPERLINK("http://evil.example","x")',
      "+1+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A2)",
      "\t=1+1",
      "\r=1+1",
      "\uFF1D1+1",
    ];
    d.textHi = payloads[0];
    d.textEn = payloads[1];
    d.evidence[0].source.author = payloads[2];
    d.verdict!.summaryHi = payloads[3];
    d.mentions[0].exact = payloads[4];
    d.evidence[0].source.title = payloads[5];
    d.evidence[0].note = payloads[6];
    const csv = reportCsv(
      buildReport({ title: "t", filters: { claim: "c" } }, [d], { baseUrl: "https://x" }),
    );
    const rows = parse(csv, { bom: true, relax_quotes: true }) as string[][];
    const cells = rows.flat();
    for (const p of payloads) expect(cells).toContain(`'${p}`);
    expect(cells.filter((c) => /^[=+\-@\t\r\uFF1D]/u.test(c))).toEqual([]);
    // Numbers, negative ones included, and Hindi text stay as they are.
    expect(neutraliseCell("-3")).toBe("-3");
    expect(neutraliseCell("4")).toBe("4");
    expect(neutraliseCell("रूस ने 2017 में")).toBe("रूस ने 2017 में");
    expect(neutraliseCell("- एक सूची")).toBe("'- एक सूची");
  });

  it("CSV: a cell LibreOffice would read as a boolean stays text (the rating 'False')", () => {
    // What LibreOffice Calc itself makes of these is checked in report-csv-libreoffice.test.ts.
    for (const word of ["False", "TRUE", "true", " false "])
      expect(neutraliseCell(word)).toBe(`'${word}`);
    for (const text of ["Falsehood", "False claim", "असत्य", "सत्य"])
      expect(neutraliseCell(text)).toBe(text);
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
    expect(reportMarkdown(r)).toContain("- 2023-09-22T15:30:00+05:30 (correction): रेटिंग बदली");
  });
});
