import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildReport, CSV_COLUMNS, formatCitation } from "@/lib/report/build";
import { neutraliseCell, reportCsv } from "@/lib/report/csv";
import { publishedDossier } from "./dossier-fixture";

const report = () =>
  buildReport(
    { type: "claim", id: "claim1", title: "t" },
    [publishedDossier()],
    "https://pramaan.example",
    new Date("2024-01-01T00:00:00Z"),
  );

describe("citation report", () => {
  it("lists the verdict, every appearance with its attribution chain, and every source", () => {
    const r = report();
    expect(r.claims[0].url).toBe("https://pramaan.example/claims/train-speed-abc123");
    expect(r.claims[0].verdict).toMatchObject({
      ratingHi: "अधिकांशतः सत्य",
      author: "Asha Verma",
      reviewer: "Ravi Kumar",
    });
    expect(r.claims[0].appearances[0]).toMatchObject({
      speaker: "बीबीसी",
      relayedBy: ["एनके न्यूज"],
      date: "2023-09-12",
      articleUrl: "https://pramaan.example/articles/art_002",
    });
    expect(r.claims[0].sources[0]).toMatchObject({
      url: "https://example.org/bbc/train?a=1,2",
      publishedAt: "2023-09-11",
      accessedAt: "2023-09-15",
      stance: "SUPPORTS",
    });
  });

  it("an unpublished claim has no public URL in the report", () => {
    const d = publishedDossier();
    d.status = "OPEN";
    expect(
      buildReport({ type: "claim", id: "c", title: "t" }, [d], "https://x").claims[0].url,
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
      speaker: "बीबीसी",
      relayed_by: "एनके न्यूज",
      rating_value: "4",
    });
    expect(rows[1]).toMatchObject({
      source_url: "https://example.org/bbc/train?a=1,2",
      pinpoint_quote: 'maximum speed of 59 km/h, "reportedly"',
      source_author: "Jane Doe",
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
    const csv = reportCsv(buildReport({ type: "claim", id: "c", title: "t" }, [d], "https://x"));
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
});
