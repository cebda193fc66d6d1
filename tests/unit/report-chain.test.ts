// The human report formats (Markdown, the printable page, the PDF's input, CSV) say a chain as the
// verdict page does, and show the rationale and a retraction with its note. Markdown is read back by
// pandoc (its own parser, not ours) into plain text; the printable page by React's server renderer.
import { execFileSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CitationReportView } from "@/components/desk/citation-report";
import { buildReport } from "@/lib/report/build";
import { reportCsv } from "@/lib/report/csv";
import { reportMarkdown } from "@/lib/report/markdown";
import { pdfInput, reportPdf } from "@/lib/report/pdf";
import { publishedDossier } from "./dossier-fixture";

const mfa = {
  id: "ent_ru_mfa",
  slug: "russian-ministry-of-foreign-affairs",
  kind: "ORGANISATION" as const,
  nameHi: "रूसी विदेश मंत्रालय",
  nameEn: "Russian Ministry of Foreign Affairs",
};
const jagran = { ...mfa, id: "ent_jagran", slug: "jagran", nameHi: "जागरण", nameEn: "Jagran" };

/** A retracted claim whose chain is an anonymous official relayed by NK News, printed by Jagran. */
function retractedReport() {
  const d = publishedDossier();
  const m = d.mentions[0];
  const relay = m?.chain[1];
  if (!m || !relay) throw new Error("fixture changed");
  m.article.outlet = jagran;
  m.chain = [
    {
      position: 0,
      role: "SPEAKER",
      verb: "SAID",
      cue: null,
      entity: null,
      anonymousAs: "एक अधिकारी",
      affiliation: mfa,
    },
    { ...relay, verb: "REPORTED", cue: "के हवाले से" },
  ];
  d.retractedAt = new Date("2023-10-02T06:00:00Z");
  d.corrections = [
    {
      id: "c1",
      kind: "RETRACTION",
      noteHi: "नए सबूत के बाद वापस लिया",
      noteEn: "Withdrawn after new evidence",
      version: 1,
      createdAt: new Date("2023-10-01T06:00:00Z"),
      publishedAt: new Date("2023-10-02T06:00:00Z"),
      requestedBy: { id: "u1", name: "Asha Verma" },
      approvedBy: { id: "u2", name: "Ravi Kumar" },
      from: null,
      to: null,
    },
  ];
  return buildReport({ title: "t", filters: { claim: d.id } }, [d], {
    baseUrl: "https://pramaan.example",
  });
}

const LINE = "रूसी विदेश मंत्रालय के एक अधिकारी ने कहा → एनके न्यूज ने बताया (“के हवाले से”) → जागरण ने छापा";
const LINE_EN =
  "An official of Russian Ministry of Foreign Affairs said → NK News reported (“के हवाले से”) → Jagran published";

function pandocPlain(markdown: string): string {
  try {
    return execFileSync("pandoc", ["-f", "markdown-smart", "-t", "plain", "--wrap=none"], {
      input: markdown,
      encoding: "utf8",
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error("pandoc not found: install it (apt-get install -y pandoc)");
    throw e;
  }
}

describe("human report formats", () => {
  it("Markdown, read by pandoc: the chain in Hindi and English, the rationale, the retraction first", () => {
    const text = pandocPlain(reportMarkdown(retractedReport()));
    expect(text).toContain(LINE);
    expect(text).toContain(LINE_EN);
    // The fixture's rationale has a quote mark and a line break: both survive as text.
    expect(text).toContain("हमारी पड़ताल / Why this rating");
    expect(text).toContain('कारण, "उद्धरण" और');
    expect(text).toContain("नई पंक्ति");
    const retracted = text.indexOf("वापस लिया गया / Retracted 2023-10-02");
    expect(retracted).toBeGreaterThan(-1);
    expect(text).toContain("नए सबूत के बाद वापस लिया (Withdrawn after new evidence)");
    // Said before the verdict, not only in the corrections log at the end.
    expect(retracted).toBeLessThan(text.indexOf("अधिकांशतः सत्य"));
    expect(text).toContain("2023-10-02 — वापस लिया गया / Retraction: नए सबूत के बाद वापस लिया");
  });

  it("the printable page: the chain, the rationale and the retraction", () => {
    const report = { ...retractedReport(), truncated: false };
    const html = renderToStaticMarkup(
      createElement(CitationReportView, { report, builderHref: "/desk/reports" }),
    );
    const text = (id: string, tag = "span") =>
      new RegExp(`data-testid="${id}"[^>]*>([\\s\\S]*?)</${tag}>`)
        .exec(html)?.[1]
        ?.replace(/<[^>]+>/g, "")
        .replaceAll("&quot;", '"')
        .replace(/<!-- -->/g, "");
    expect(text("report-chain")).toBe(LINE);
    expect(text("report-rationale", "p")).toBe('कारण, "उद्धरण" और\nनई पंक्ति');
    expect(text("report-retracted", "p")).toContain("वापस लिया गया · Retracted 2023-10-02");
    expect(text("report-retracted", "p")).toContain("नए सबूत के बाद वापस लिया");
  });

  it("the PDF's input: the chain in both languages, the rationale and the retraction", () => {
    const { claims, ...meta } = retractedReport();
    const input = JSON.parse(
      pdfInput.head(meta) + pdfInput.claims(claims, meta, true) + pdfInput.tail(meta),
    );
    const c = input.claims[0];
    expect(c.appearances[0]).toMatchObject({ attribution: LINE, attributionEn: LINE_EN });
    expect(c.verdict.rationale).toBe('कारण, "उद्धरण" और\nनई पंक्ति');
    expect(c.retracted).toEqual({
      day: "2023-10-02",
      noteHi: "नए सबूत के बाद वापस लिया",
      noteEn: "Withdrawn after new evidence",
    });
  });

  it("the PDF, read by pdftotext: the retraction, the rationale, the chain", async () => {
    const pdf = await reportPdf(retractedReport());
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
      input: pdf,
      encoding: "utf8",
    });
    // pdftotext puts a space inside some words with the e-matra ("के वल"): compared without spaces.
    const bare = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
    for (const part of [
      "वापस लिया गया · Retracted 2023-10-02",
      "नए सबूत के बाद वापस लिया",
      "हमारी पड़ताल · Why this rating",
      'कारण, "उद्धरण" और',
      "नई पंक्ति",
      LINE,
      LINE_EN,
      "वापस लिया गया · Retraction: नए सबूत के बाद वापस लिया",
    ])
      expect(bare(text)).toContain(bare(part));
    // The retraction is said before the verdict.
    expect(bare(text).indexOf(bare("Retracted 2023-10-02"))).toBeLessThan(
      bare(text).indexOf(bare("अधिकांशतः सत्य")),
    );
  }, 60_000);

  it("CSV, read by csv-parse: the chain column as the verdict page says it", () => {
    const rows: Record<string, string>[] = parse(reportCsv(retractedReport()), {
      bom: true,
      columns: true,
    });
    expect(rows.find((r) => r.row_type === "appearance")).toMatchObject({
      speaker: "रूसी विदेश मंत्रालय के एक अधिकारी",
      relayed_by: "एनके न्यूज",
      attribution_chain: LINE,
    });
  });
});
