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
import { setTestLang } from "../support/intl";
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

describe("human report formats, in the language the editor chose", () => {
  it("Markdown in Hindi, read by pandoc: Hindi headings, the chain, the rationale, the retraction first", () => {
    const text = pandocPlain(reportMarkdown(retractedReport(), "hi"));
    expect(text).toContain("संदर्भ रिपोर्ट: t");
    expect(text).toContain(LINE);
    expect(text).not.toContain(LINE_EN);
    // The fixture's rationale has a quote mark and a line break: both survive as text.
    expect(text).toContain("हमारी पड़ताल");
    expect(text).not.toContain("Why this rating");
    expect(text).toContain('कारण, "उद्धरण" और');
    expect(text).toContain("नई पंक्ति");
    for (const heading of ["उल्लेख", "स्रोत", "सुधार"]) expect(text).toContain(heading);
    const retracted = text.indexOf("वापस लिया गया 2023-10-02");
    expect(retracted).toBeGreaterThan(-1);
    // The note in the report's language first, the other language's after it.
    expect(text).toContain("नए सबूत के बाद वापस लिया (Withdrawn after new evidence)");
    // Said before the verdict, not only in the corrections log at the end.
    expect(retracted).toBeLessThan(text.indexOf("अधिकांशतः सत्य"));
    expect(text).toContain("2023-10-02 — वापस लिया गया: नए सबूत के बाद वापस लिया");
    // No English label is left in a Hindi report.
    for (const english of ["Citation report", "Appearances", "Sources", "Corrections", "Verdict"])
      expect(text).not.toContain(english);
  });

  it("Markdown in English, read by pandoc: English headings, the English chain, notes English first", () => {
    const text = pandocPlain(reportMarkdown(retractedReport(), "en"));
    expect(text).toContain("Citation report: t");
    expect(text).toContain(LINE_EN);
    expect(text).toContain("Why this rating");
    for (const heading of ["Appearances", "Sources", "Corrections"])
      expect(text).toContain(heading);
    const retracted = text.indexOf("Retracted 2023-10-02");
    expect(retracted).toBeGreaterThan(-1);
    expect(text).toContain("Withdrawn after new evidence (नए सबूत के बाद वापस लिया)");
    expect(retracted).toBeLessThan(text.indexOf("Mostly true"));
    expect(text).toContain("2023-10-02 — Retraction: Withdrawn after new evidence");
    expect(text).not.toContain("हमारी पड़ताल");
  });

  for (const lang of ["hi", "en"] as const)
    it(`the printable page (${lang}): the chain, the rationale and the retraction`, () => {
      setTestLang(lang);
      const report = { ...retractedReport(), truncated: false };
      const html = renderToStaticMarkup(
        createElement(CitationReportView, { report, builderHref: "/desk/reports" }),
      );
      setTestLang("en");
      const text = (id: string, tag = "span") =>
        new RegExp(`data-testid="${id}"[^>]*>([\\s\\S]*?)</${tag}>`)
          .exec(html)?.[1]
          ?.replace(/<[^>]+>/g, "")
          .replaceAll("&quot;", '"')
          .replace(/<!-- -->/g, "");
      expect(text("report-chain")).toBe(lang === "hi" ? LINE : LINE_EN);
      expect(text("report-rationale", "p")).toBe('कारण, "उद्धरण" और\nनई पंक्ति');
      expect(text("report-retracted", "p")).toContain(
        lang === "hi" ? "वापस लिया गया 2023-10-02" : "Retracted 2023-10-02",
      );
      expect(text("report-retracted", "p")).toContain("नए सबूत के बाद वापस लिया");
      expect(html).toContain(lang === "hi" ? "संदर्भ रिपोर्ट" : "Citation report");
      expect(html).not.toContain(lang === "hi" ? "Citation report" : "संदर्भ रिपोर्ट");
    });

  it("the PDF's input: the chain in the report's language, the rationale and the retraction", () => {
    const { claims, ...meta } = retractedReport();
    for (const [lang, line, day, note, other] of [
      [
        "hi",
        LINE,
        "वापस लिया गया 2023-10-02",
        "नए सबूत के बाद वापस लिया",
        "Withdrawn after new evidence",
      ],
      [
        "en",
        LINE_EN,
        "Retracted 2023-10-02",
        "Withdrawn after new evidence",
        "नए सबूत के बाद वापस लिया",
      ],
    ] as const) {
      const input = JSON.parse(
        pdfInput.head(meta, lang) + pdfInput.claims(claims, meta, true, lang) + pdfInput.tail(meta),
      );
      expect(input.lang).toBe(lang);
      const c = input.claims[0];
      expect(c.appearances[0]).toMatchObject({ attribution: line });
      expect(c.verdict.rationale).toBe('कारण, "उद्धरण" और\nनई पंक्ति');
      expect(c.retracted).toEqual({ day, note, noteOther: other });
    }
  });

  it("the PDF in Hindi, read by pdftotext: Hindi labels, the retraction, the rationale, the chain", async () => {
    const pdf = await reportPdf(retractedReport(), "hi");
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
      input: pdf,
      encoding: "utf8",
    });
    // pdftotext puts a space inside some words with the e-matra ("के वल"): compared without spaces.
    const bare = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
    for (const part of [
      "संदर्भ रिपोर्ट: t",
      "वापस लिया गया 2023-10-02",
      "नए सबूत के बाद वापस लिया",
      "हमारी पड़ताल",
      'कारण, "उद्धरण" और',
      "नई पंक्ति",
      LINE,
      "वापस लिया गया: नए सबूत के बाद वापस लिया",
      "किसने कहा:",
      "उल्लेख",
      "स्रोत",
      "सुधार",
    ])
      expect(bare(text)).toContain(bare(part));
    for (const english of ["Citation report", "Why this rating", "Appearances", "Said by"])
      expect(text).not.toContain(english);
    // The retraction is said before the verdict.
    expect(bare(text).indexOf(bare("वापस लिया गया 2023-10-02"))).toBeLessThan(
      bare(text).indexOf(bare("अधिकांशतः सत्य")),
    );
  }, 60_000);

  it("the PDF in English, read by pdftotext: English labels, the English chain", async () => {
    const pdf = await reportPdf(retractedReport(), "en");
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
      input: pdf,
      encoding: "utf8",
    });
    const bare = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
    for (const part of [
      "Citation report: t",
      "Retracted 2023-10-02",
      "Withdrawn after new evidence",
      "Why this rating",
      LINE_EN,
      "Retraction: Withdrawn after new evidence",
      "Said by:",
      "Appearances",
    ])
      expect(bare(text)).toContain(bare(part));
    expect(bare(text)).not.toContain(bare("संदर्भ रिपोर्ट"));
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
