// The report as a PDF, typeset by typst (the compiler ships as a native npm package, so no system
// tools or fonts are needed). pdfkit and @react-pdf shape Devanagari but write the text layer in visual
// order ("िनयुिक्त"), so copying or searching the PDF finds nothing; typst writes it in logical order.
// User text never becomes markup: the report goes in as JSON through `sys.inputs`, and the template
// only ever displays its strings, so "#", "$" or "[" in a quote are just characters.
import { spawn } from "node:child_process";
import path from "node:path";
import { dayOf } from "../calendar/zoned";
import { CORRECTION_KIND_LABELS } from "../labels";
import type { CitationReport, ReportClaim, ReportMeta, ReportSource } from "./model";
import { PDF_FONT_FAMILIES, pdfFonts } from "./pdf-fonts";
import { attributionLine, authorsText } from "./text";
import type { WriterFactory } from "./writer";

/**
 * typst lays out the whole document in memory at once: 1000 claims (3 sources each) took 10–15 s of
 * CPU and ~850 MB in the child, 2000 took 24 s and 1.5 GB. Measured again (issue 16 item 5), the
 * child's peak RSS: 100 claims 124 MB, 300 claims 220 MB, 900 claims 537 MB. With up to three layouts
 * at once (lib/report/respond.ts: two for editors, one for readers), 300 keeps them under ~700 MB
 * together. Bigger reports are refused with a message pointing to CSV or JSON, not attempted.
 */
export const PDF_MAX_CLAIMS = 300;

// The zone is stated once at the top, so times inside go without their offset.
const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : null);

const STANCE = { SUPPORTS: "supports", CONTRADICTS: "contradicts", CONTEXT: "context" } as const;

function sourceView(s: ReportSource) {
  return {
    title: s.title,
    by: [authorsText(s.authors), s.publisher].filter(Boolean).join(". ") || null,
    dates:
      [
        s.publishedAt && `published ${dayOf(s.publishedAt)}`,
        s.accessedAt && `accessed ${dayOf(s.accessedAt)}`,
      ]
        .filter(Boolean)
        .join(", ") || null,
    url: s.url,
    archiveUrl: s.archiveUrl,
    stance: STANCE[s.stance],
    pinpoint: s.pinpoint,
    note: s.note,
  };
}

function claimView(c: ReportClaim) {
  const v = c.verdict;
  const r = v?.rating;
  const retraction = c.corrections.find((k) => k.kind === "RETRACTION");
  return {
    // A retracted fact check no longer stands behind its rating: the template says so first.
    retracted: c.retractedAt
      ? {
          day: dayOf(c.retractedAt),
          noteHi: retraction?.textHi ?? null,
          noteEn: retraction?.textEn ?? null,
        }
      : null,
    textHi: c.textHi,
    textEn: c.textEn,
    draft: c.isDraft,
    status: c.status,
    url: c.url,
    logged: when(c.createdAt),
    published: when(c.publishedAt),
    verdict: v && {
      rating: `${v.rating.labelHi} (${v.rating.labelEn})`,
      scale:
        r?.value != null && r.best != null
          ? `${r.value} on a ${r.worst ?? 1}–${r.best} scale`
          : null,
      status: v.status,
      authors: v.authors.map((a) => a.name).join(", ") || "—",
      reviewer: v.reviewer?.name ?? null,
      dates:
        [
          v.submittedAt && `submitted ${when(v.submittedAt)}`,
          v.publishedAt && `published ${when(v.publishedAt)}`,
          v.updatedAt && `updated ${when(v.updatedAt)}`,
        ]
          .filter(Boolean)
          .join(" · ") || null,
      summaryHi: v.summaryHi,
      summaryEn: v.summaryEn,
      rationale: v.rationale.trim() || null,
    },
    appearances: c.appearances.map((a) => ({
      quote: a.quote,
      // The chain ends with the outlet ("… ने छापा"), as on the verdict page.
      attribution: attributionLine(a),
      attributionEn: attributionLine(a, "en"),
      title: a.article.title,
      date: dayOf(a.article.date) ?? "undated",
      url: a.article.url,
    })),
    sources: c.sources.map(sourceView),
    corrections: c.corrections.map((k) => ({
      at: when(k.at),
      kind: `${CORRECTION_KIND_LABELS[k.kind].hi} · ${CORRECTION_KIND_LABELS[k.kind].en}`,
      textHi: k.textHi,
      textEn: k.textEn,
    })),
  };
}

/**
 * The report as typst's JSON input, written in pieces to the streaming-serializer shape, so a large
 * report need not be held as a model: only this compact text is. Every claim is followed by a comma
 * and the list ends in null (dropped by the template), so batches of any size, empty ones too, join up.
 */
export const pdfInput = {
  head: (meta: ReportMeta) =>
    `${JSON.stringify({
      title: meta.scope.title,
      generated: when(meta.generatedAt),
      timeZone: meta.timeZone,
      drafts: meta.includesDrafts,
    }).slice(0, -1)},"claims":[`,
  claims: (batch: ReportClaim[], _meta: ReportMeta, _first: boolean) =>
    batch.map((c) => `${JSON.stringify(claimView(c))},`).join(""),
  tail: (_meta: ReportMeta) => "null]}",
};

// The app's font first. Its fontsource subsets lack a few symbols a report uses ("→" in attribution
// chains) and any script other than Devanagari and Latin: those come from DejaVu Sans Mono, which is
// built into the typst binary, so every machine draws them the same. `fallback: false`: nothing else,
// never whatever fonts the server happens to have installed.
const FONTS = `(${[...PDF_FONT_FAMILIES, "DejaVu Sans Mono"].map((f) => JSON.stringify(f)).join(", ")})`;

const TEMPLATE = `
#let r = json(bytes(sys.inputs.report))
#set document(title: "Citation report: " + r.title, date: none)
#set text(font: ${FONTS}, fallback: false, size: 10pt, lang: "hi")
#set page(paper: "a4", margin: (x: 18mm, y: 20mm), footer: context [
  #set text(size: 8pt, fill: luma(90))
  #r.title #h(1fr) #counter(page).display("1 / 1", both: true)
])
#set par(spacing: 0.8em)
#show link: set text(fill: rgb("#1d4ed8"))
#let url(u) = link(u, u)
#let lbl(s) = text(fill: luma(80), weight: "bold", s)
#let joined(..parts) = parts.pos().filter(p => p != none).join([ · ])

#text(size: 17pt, weight: "bold")[Citation report: #r.title]

Generated #r.generated. All dates and times are in #r.timeZone.
#if r.drafts [ This report includes unpublished work, marked *DRAFT*. ] else [ Published work only. ]

#for (i, c) in r.claims.filter(c => c != none).enumerate(start: 1) [
  #v(1.2em)
  #block(breakable: false)[
    #text(size: 13pt, weight: "bold")[#i. #c.textHi]
    #if c.draft [ #box(fill: rgb("#fde68a"), inset: (x: 4pt, y: 2pt), radius: 2pt, text(weight: "bold", size: 9pt)[DRAFT]) ]
    #if c.textEn != none [ \\ #emph(c.textEn) ]
  ]
  #if c.retracted != none [
    #block(fill: rgb("#fee2e2"), inset: 6pt, radius: 2pt, width: 100%)[
      #text(weight: "bold", fill: rgb("#991b1b"))[वापस लिया गया · Retracted #c.retracted.day]
      #if c.retracted.noteHi != none [ \\ #c.retracted.noteHi ]
      #if c.retracted.noteEn != none [ \\ #c.retracted.noteEn ]
    ]
  ]
  #lbl[Claim:] #joined(c.status, [logged #c.logged], if c.published != none [published #c.published])
  #if c.url != none [ \\ #lbl[Public page:] #url(c.url) ]

  #if c.verdict == none [ No verdict yet. ] else [
    #let vd = c.verdict
    #lbl[Verdict:] #text(weight: "bold", vd.rating)#if vd.scale != none [ (#vd.scale)], #vd.status \\
    #lbl[By:] #vd.authors#if vd.reviewer != none [; reviewed by #vd.reviewer]
    #if vd.dates != none [ \\ #lbl[Dates:] #vd.dates ]

    #v(0.2em)
    #vd.summaryHi
    #if vd.summaryEn != none [ \\ #vd.summaryEn ]
    #if vd.rationale != none [
      #v(0.2em)
      #lbl[हमारी पड़ताल · Why this rating] \\
      #for (j, p) in vd.rationale.split("\\n").enumerate() [#if j > 0 [ \\ ]#p]
    ]
  ]

  #text(weight: "bold")[Appearances]
  #if c.appearances.len() == 0 [ None. ]
  #for a in c.appearances [
    - “#a.quote” \\
      #lbl[Said by:] #a.attribution \\
      #text(fill: luma(70), a.attributionEn) \\
      #lbl[In:] #joined(a.title, a.date) \\
      #url(a.url)
  ]

  #text(weight: "bold")[Sources]
  #if c.sources.len() == 0 [ No sources attached. ]
  #for s in c.sources [
    - #joined(s.by, [“#s.title”], s.dates) \\
      #url(s.url)
      #if s.archiveUrl != none [ \\ #lbl[Archived:] #url(s.archiveUrl) ]
      \\ #lbl[Stance:] #s.stance#if s.pinpoint != none [ — “#s.pinpoint”]
      #if s.note != none [ \\ #lbl[Note:] #s.note ]
  ]

  #text(weight: "bold")[Corrections]
  #if c.corrections.len() == 0 [ None. ]
  #for k in c.corrections [
    - #k.at · #k.kind: #k.textHi#if k.textEn != none [ \\ #k.textEn]
  ]
]
`;

// Resolved from the app's directory at run time, like the fonts: the server bundle never holds it.
const WORKER = () => path.join(process.cwd(), "scripts/typst-pdf.mjs");

/** Runs typst in a child process (see scripts/typst-pdf.mjs for why) and collects the PDF. */
function typst(template: string, inputs: Record<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    // A runaway layout is killed rather than left to hold its memory (300 claims: a few s of CPU).
    const child = spawn(process.execPath, [WORKER()], { stdio: "pipe", timeout: 120_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    // A child that fails at start closes its stdin: the write's EPIPE is that same failure, which
    // the close handler reports with typst's or node's message.
    child.stdin.on("error", () => {});
    child.on("close", (code, signal) => {
      if (code === 0) return resolve(new Uint8Array(Buffer.concat(out)));
      const why = signal ? `killed by ${signal}` : Buffer.concat(err).toString();
      reject(new Error(`typst could not lay out the report: ${why}`));
    });
    const fonts = pdfFonts().map((f) => f.toString("base64"));
    child.stdin.end(JSON.stringify({ template, inputs, fonts }));
  });
}

/** Lays out input written by `pdfInput`; the caller keeps to PDF_MAX_CLAIMS. */
export function pdfFromInput(input: string): Promise<Uint8Array<ArrayBuffer>> {
  return typst(TEMPLATE, { report: input });
}

/** The typst input as one of the report writers: collected whole, then laid out (see formats.ts). */
export const pdfInputWriter: WriterFactory = (meta) => ({
  head: () => pdfInput.head(meta),
  claims: (batch) => pdfInput.claims(batch, meta, false),
  tail: () => pdfInput.tail(meta),
});

export async function reportPdf(report: CitationReport): Promise<Uint8Array> {
  if (report.claims.length > PDF_MAX_CLAIMS) {
    throw new RangeError(`A PDF holds at most ${PDF_MAX_CLAIMS} claims`);
  }
  const { claims, ...meta } = report;
  return pdfFromInput(
    pdfInput.head(meta) + pdfInput.claims(claims, meta, true) + pdfInput.tail(meta),
  );
}
