// Every streamed format writes the same report whether the claims arrive in one batch or in many:
// what a 100,000-claim download holds is what a one-claim download would hold, batch after batch.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { REPORT_FORMATS, type ReportFormat, type TextFormat } from "@/lib/report/formats";
import type { CitationReport } from "@/lib/report/model";
import { writeAll } from "@/lib/report/writer";
import { publishedDossier } from "./dossier-fixture";

/** Seven claims, several sharing an article (written once) and a source (cited once per claim). */
function report(): CitationReport {
  const dossiers = Array.from({ length: 7 }, (_, i) => {
    const d = publishedDossier();
    d.id = `claim${i}`;
    d.textHi = `दावा नंबर ${i}: किम जोंग उन की ट्रेन`;
    if (i % 2) d.mentions[0].article = { ...d.mentions[0].article, id: `art_${i}` };
    d.evidence[0] = { ...d.evidence[0], id: `e${i}` };
    return d;
  });
  return buildReport({ title: "सभी", filters: {} }, dossiers, {
    baseUrl: "https://pramaan.example",
    generatedAt: new Date("2024-01-01T00:00:00Z"),
  });
}

function inBatches(format: TextFormat, r: CitationReport, size: number): string {
  const { claims, ...meta } = r;
  const w = REPORT_FORMATS[format].writer(meta);
  let out = w.head();
  for (let i = 0; i < claims.length; i += size) out += w.claims(claims.slice(i, i + size));
  return out + w.tail();
}

// The binary XLSX has its own tests (report-xlsx.test.ts).
const STREAMED = (Object.keys(REPORT_FORMATS) as ReportFormat[]).filter(
  (f): f is TextFormat => REPORT_FORMATS[f].kind === "stream",
);

describe("streamed report formats", () => {
  for (const format of STREAMED) {
    it(`${format}: batches of 1, 2 and 3 claims read back as the whole report does`, () => {
      const r = report();
      const whole = writeAll(REPORT_FORMATS[format].writer, r);
      for (const size of [1, 2, 3]) {
        const streamed = inBatches(format, r, size);
        expect(readBack(format, streamed), `${format} in batches of ${size}`).toEqual(
          readBack(format, whole),
        );
      }
    });
  }

  it("JSON streamed is exactly the structured report", () => {
    const r = report();
    expect(JSON.parse(inBatches("json", r, 2))).toEqual(JSON.parse(JSON.stringify(r)));
    const { claims: _, ...meta } = r;
    const empty = REPORT_FORMATS.json.writer(meta);
    expect(JSON.parse(empty.head() + empty.tail()).claims).toEqual([]);
  });

  it("CSV writes its header once, whatever the number of batches", () => {
    const csv = inBatches("csv", report(), 1);
    expect(csv.match(/claim_id,claim_url/g)).toHaveLength(1);
    expect(csv.startsWith("\uFEFF")).toBe(true);
  });

  it("a shared article is one citation across batches; each claim's evidence is its own", () => {
    const items = JSON.parse(inBatches("csl", report(), 1)) as { id: string }[];
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("claim_"))).toHaveLength(7);
    expect(ids).toContain("article_art_002");
    expect(ids.filter((id) => id.startsWith("article_"))).toHaveLength(4); // art_002, art_1, art_3, art_5
    expect(ids.filter((id) => id.startsWith("evidence_"))).toHaveLength(7);
  });
});

/** Each format read back by a parser, so a test compares content rather than whitespace. */
function readBack(format: ReportFormat, text: string): unknown {
  switch (format) {
    case "csv":
      return parse(text, { columns: true, bom: true });
    case "json":
    case "csl":
      return JSON.parse(text);
    case "bibtex":
    case "ris":
      return (new Cite(text).data as Record<string, unknown>[]).map((i) => ({
        ...i,
        _graph: null,
      }));
    case "claimreview":
      return JSON.parse(text);
    default:
      return text.split("\n").filter(Boolean);
  }
}
