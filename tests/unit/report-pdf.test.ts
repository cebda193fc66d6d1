// The PDF is read back the way a reader's tools read it: poppler's pdftotext for the text layer (which
// must be the Devanagari in logical order, NFC-equal to the source, not "िनयुिक्त") and pdftoppm for
// the page image. Both come from poppler-utils; without it these tests fail and say so.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import { PDF_MAX_CLAIMS, pdfFromInput, pdfInput, reportPdf } from "@/lib/report/pdf";
import { woffToSfnt } from "@/lib/report/pdf-fonts";
import { publishedDossier } from "./dossier-fixture";

// Conjuncts (क्त, क्ष, प्र, त्र), reph (र्य) and the i-matra drawn before its consonant (नि, ति, कि).
const WORDS = ["नियुक्ति", "कार्यक्रम", "प्रतिबंध", "क्षेत्र", "किलोमीटर"];
const MARKUP = "# $ * _ ` [ ] \\ < > @ = / // /* <b> #strong[x] $x^2$";

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        `${tool} not found: install poppler-utils (apt-get install -y poppler-utils)`,
      );
    }
    throw e;
  }
}

function hindiReport() {
  const d = publishedDossier();
  d.textHi = "नियुक्ति कार्यक्रम पर प्रतिबंध: क्षेत्र में 59 किलोमीटर";
  d.verdict!.summaryHi = `सारांश ${MARKUP}`;
  d.mentions[0].exact = `उद्धरण ${MARKUP}`;
  d.mentions[0].article.outlet = {
    id: "ent_bbc",
    slug: "bbc",
    kind: "OUTLET",
    nameHi: "बीबीसी",
    nameEn: "BBC",
  };
  const s = d.evidence[0].source;
  s.title = "रेल मंत्रालय की रिपोर्ट";
  s.archiveUrl = "https://web.archive.org/web/2023/https://example.org/x";
  d.evidence[0].quote = "पिनपॉइंट अंश";
  d.evidence[0].note = "Источник: Москва";
  const draft = publishedDossier();
  draft.id = "claim_draft";
  draft.status = "IN_REVIEW";
  draft.verdict!.status = "IN_REVIEW";
  draft.textHi = "मसौदा दावा";
  return buildReport(
    { title: "किम जोंग ट्रेन से रूस पहुंचे", filters: { article: "art_002" } },
    [d, draft],
    {
      baseUrl: "https://pramaan.example",
      includeDrafts: true,
      generatedAt: new Date("2024-01-01T00:00:00Z"),
    },
  );
}

let dir: string;
let file: string;
let text: string;

// Timeouts here are ceilings, not measurements: typst runs in a child process, and CI machines are busy.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-pdf-"));
  file = path.join(dir, "report.pdf");
  // The English PDF of a Hindi report: the labels English, the content as typed (the Hindi PDF
  // is read back in report-chain.test.ts).
  fs.writeFileSync(file, await reportPdf(hindiReport(), "en"));
  text = poppler("pdftotext", ["-enc", "UTF-8", file, "-"]);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

describe("PDF report", { timeout: 60_000 }, () => {
  it("is a PDF whose text layer has the Devanagari in logical order, NFC-equal to the source", () => {
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const extracted = squash(text);
    for (const w of WORDS) expect(extracted).toContain(w.normalize("NFC"));
    expect(extracted).toContain("नियुक्ति कार्यक्रम पर प्रतिबंध: क्षेत्र में 59 किलोमीटर");
    // The visual-order text layer pdfkit writes: the i-matra before its consonant.
    expect(extracted).not.toContain("िनयुिक्त");
  });

  it("the -layout reading keeps the words too", () => {
    const layout = squash(poppler("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]));
    for (const w of WORDS) expect(layout).toContain(w);
  });

  it("carries every part of a claim, the zone once, and marks the draft", () => {
    const t = squash(text);
    for (const part of [
      "All dates and times are in Asia/Kolkata",
      "Kim's train cannot go faster than 59 km/h",
      "Mostly true (अधिकांशतः सत्य) (4 on a 1–5 scale), Published",
      "Asha Verma; reviewed by Ravi Kumar",
      "published 2023-09-20 15:30",
      // The chain as the verdict page says it (lib/attribution/render.ts), in the report's language.
      "BBC said (“BBC के मुताबिक”) → NK News quoted (“के हवाले से”) → BBC published",
      "रेल मंत्रालय की रिपोर्ट",
      "Jane Doe. BBC News",
      "published 2023-09-11, accessed 2023-09-15",
      "https://example.org/bbc/train?a=1,2",
      "https://web.archive.org/web/2023/https://example.org/x",
      "supports — “पिनपॉइंट अंश”",
      "Corrections",
      "मसौदा दावा",
      "DRAFT",
    ]) {
      expect(t).toContain(part);
    }
    expect(t.match(/Asia\/Kolkata/g)).toHaveLength(1);
  });

  it("user text with typst markup characters comes out as the characters typed", () => {
    const t = squash(text);
    expect(t).toContain(`सारांश ${MARKUP}`);
    expect(t).toContain(`उद्धरण ${MARKUP}`);
  });

  it("embeds the app's own font, and typst's built-in DejaVu only for what it lacks", () => {
    const fonts = poppler("pdffonts", [file]);
    const names = new Set([...fonts.matchAll(/^\w{6}\+(\S+)/gm)].map((m) => m[1]));
    expect(names).toEqual(
      new Set(["NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold", "DejaVuSansMono"]),
    );
    // The arrow of the attribution chain and a Cyrillic note are drawn (by the fallback) and extractable.
    expect(squash(text)).toContain("BBC said (“BBC के मुताबिक”) → NK News");
    expect(squash(text)).toContain("Note: Источник: Москва");
  });

  it("page 1 renders to a PNG", () => {
    poppler("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", file, path.join(dir, "page")]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith("page") && f.endsWith(".png"));
    expect(png).toBeDefined();
    const bytes = fs.readFileSync(path.join(dir, png!));
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    if (process.env.REPORT_PDF_KEEP)
      fs.copyFileSync(path.join(dir, png!), process.env.REPORT_PDF_KEEP);
  });

  it("lays out a bare claim: no verdict, appearances, sources, English text or page; a correction", async () => {
    const r = hindiReport();
    const bare = r.claims[1];
    Object.assign(bare, { textEn: null, url: null, verdict: null, appearances: [], sources: [] });
    bare.corrections = [
      {
        at: "2024-02-01T10:00:00+05:30",
        kind: "CLARIFICATION",
        textHi: "सुधार: तारीख़ ठीक की",
        textEn: null,
      },
    ];
    const v = r.claims[0].verdict!;
    Object.assign(v, {
      reviewer: null,
      summaryEn: null,
      submittedAt: null,
      publishedAt: null,
      updatedAt: null,
    });
    v.rating.value = null;
    r.claims[0].appearances[0].article.outlet = null;
    const out = path.join(dir, "bare.pdf");
    fs.writeFileSync(out, await reportPdf(r, "en"));
    const t = squash(poppler("pdftotext", ["-enc", "UTF-8", out, "-"]));
    expect(t).toContain("No verdict yet.");
    expect(t).toContain("2. मसौदा दावा");
    expect(t).toContain("No sources attached.");
    expect(t).toContain("2024-02-01 10:00 · Clarification: सुधार: तारीख़ ठीक की");
    expect(t).toContain("Mostly true (अधिकांशतः सत्य), Published");
    expect(t).not.toContain("reviewed by");
  });

  it("the streaming input joins up whatever the batches: one, several, or empty ones", () => {
    const { claims, ...meta } = hindiReport();
    const whole = pdfInput.head(meta) + pdfInput.claims(claims, meta, true) + pdfInput.tail(meta);
    const pieces = [
      pdfInput.head(meta),
      pdfInput.claims([], meta, true),
      pdfInput.claims([claims[0]], meta, false),
      pdfInput.claims([], meta, false),
      pdfInput.claims([claims[1]], meta, false),
      pdfInput.tail(meta),
    ].join("");
    expect(pieces).toBe(whole);
    const parsed = JSON.parse(whole);
    expect(parsed.timeZone).toBe("Asia/Kolkata");
    expect(parsed.claims.map((c: { text: string } | null) => c?.text)).toEqual([
      claims[0].textHi,
      claims[1].textHi,
      undefined,
    ]);
    expect(JSON.parse(pdfInput.head(meta) + pdfInput.tail(meta)).claims).toEqual([null]);
  });

  it("a layout that fails rejects with typst's own message", async () => {
    await expect(pdfFromInput("{not json")).rejects.toThrow(
      /typst could not lay out the report: .+/,
    );
  });

  it("refuses more than PDF_MAX_CLAIMS claims", async () => {
    const r = hindiReport();
    r.claims = Array.from({ length: PDF_MAX_CLAIMS + 1 }, () => r.claims[0]);
    await expect(reportPdf(r)).rejects.toThrow(/at most/);
  });

  it("rejects a file that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("wOF2...."), "x")).toThrow(/WOFF 1.0/);
  });
});
