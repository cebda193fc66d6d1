// The report as a PDF, typeset by typst (the compiler ships as a native npm package, so no system
// tools or fonts are needed). pdfkit and @react-pdf shape Devanagari but write the text layer in visual
// order ("िनयुिक्त"), so copying or searching the PDF finds nothing; typst writes it in logical order.
// User text never becomes markup: the report goes in as JSON through `sys.inputs`, and the template
// only ever displays its strings, so "#", "$" or "[" in a quote are just characters.
import { spawn } from "node:child_process";
import path from "node:path";
import { dayOf } from "../calendar/zoned";
import type { Lang } from "../i18n/locale";
import { type Translator, translator } from "../i18n/translator";
import type { CitationReport, ReportClaim, ReportMeta, ReportSource } from "./model";
import { PDF_FONT_FAMILIES, pdfFonts } from "./pdf-fonts";
import { attributionLine, authorsText, inLang } from "./text";
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

function sourceView(s: ReportSource, t: Translator) {
  return {
    title: s.title,
    by: [authorsText(s.authors), s.publisher].filter(Boolean).join(". ") || null,
    dates:
      [
        s.publishedAt && t("reports.doc.published", { when: dayOf(s.publishedAt) ?? "" }),
        s.accessedAt && t("reports.doc.accessed", { when: dayOf(s.accessedAt) ?? "" }),
      ]
        .filter(Boolean)
        .join(", ") || null,
    url: s.url,
    archiveUrl: s.archiveUrl,
    stance: t(`enums.Stance.${s.stance}`),
    pinpoint: s.pinpoint,
    note: s.note,
  };
}

/** Both languages' wording of a text, the report's language first; the second only when it differs. */
function pair(hi: string | null | undefined, en: string | null | undefined, lang: Lang) {
  const b = inLang(hi, en, lang);
  return { first: b?.first ?? "", second: b?.second ?? null };
}

function claimView(c: ReportClaim, t: Translator, lang: Lang) {
  const v = c.verdict;
  const r = v?.rating;
  const retraction = c.corrections.find((k) => k.kind === "RETRACTION");
  const text = pair(c.textHi, c.textEn, lang);
  const rating = v && pair(v.rating.labelHi, v.rating.labelEn, lang);
  const summary = v && pair(v.summaryHi, v.summaryEn, lang);
  return {
    // A retracted fact check no longer stands behind its rating: the template says so first.
    retracted: c.retractedAt
      ? {
          day: t("reports.doc.retracted", { day: dayOf(c.retractedAt) ?? "" }),
          note: retraction ? pair(retraction.textHi, retraction.textEn, lang).first || null : null,
          noteOther: retraction ? pair(retraction.textHi, retraction.textEn, lang).second : null,
        }
      : null,
    text: text.first,
    textOther: text.second,
    draft: c.isDraft,
    status: t(`enums.ClaimStatus.${c.status}`),
    url: c.url,
    logged: t("reports.doc.logged", { when: when(c.createdAt) ?? "" }),
    published: c.publishedAt
      ? t("reports.doc.published", { when: when(c.publishedAt) ?? "" })
      : null,
    verdict: v && {
      rating: rating?.second ? `${rating.first} (${rating.second})` : (rating?.first ?? ""),
      scale:
        r?.value != null && r.best != null
          ? t("reports.doc.scale", {
              value: String(r.value),
              worst: String(r.worst ?? 1),
              best: String(r.best),
            })
          : null,
      status: t(`enums.VerdictStatus.${v.status}`),
      authors: v.authors.map((a) => a.name).join(", ") || "—",
      reviewer: v.reviewer ? t("reports.doc.reviewedBy", { name: v.reviewer.name }) : null,
      dates:
        [
          v.submittedAt && t("reports.doc.submitted", { when: when(v.submittedAt) ?? "" }),
          v.publishedAt && t("reports.doc.published", { when: when(v.publishedAt) ?? "" }),
          v.updatedAt && t("reports.doc.updated", { when: when(v.updatedAt) ?? "" }),
        ]
          .filter(Boolean)
          .join(" · ") || null,
      summary: summary?.first || null,
      summaryOther: summary?.second ?? null,
      rationale: v.rationale.trim() || null,
    },
    appearances: c.appearances.map((a) => ({
      quote: a.quote,
      // The chain ends with the outlet ("… ने छापा"), as on the verdict page, in the report's language.
      attribution: attributionLine(a, lang),
      title: a.article.title,
      date: dayOf(a.article.date) ?? t("reports.doc.undated"),
      url: a.article.url,
    })),
    sources: c.sources.map((s) => sourceView(s, t)),
    corrections: c.corrections.map((k) => {
      const note = pair(k.textHi, k.textEn, lang);
      return {
        at: when(k.at),
        kind: t(`enums.CorrectionKind.${k.kind}`),
        text: note.first,
        textOther: note.second,
      };
    }),
  };
}

/** The template's own words, in the report's language: typst only ever displays them. */
function labels(t: Translator) {
  return {
    draft: t("reports.doc.draft"),
    claim: t("reports.doc.claim"),
    publicPage: t("reports.doc.publicPage"),
    verdict: t("reports.doc.verdict"),
    by: t("reports.doc.by"),
    dates: t("reports.doc.dates"),
    noVerdict: t("reports.doc.noVerdict"),
    why: t("reports.doc.why"),
    appearances: t("reports.doc.appearances"),
    saidBy: t("reports.doc.saidBy"),
    inArticle: t("reports.doc.inArticle"),
    sources: t("reports.doc.sources"),
    noSources: t("reports.doc.noSources"),
    archived: t("reports.doc.archived"),
    stance: t("reports.doc.stance"),
    note: t("reports.doc.note"),
    corrections: t("reports.doc.corrections"),
    none: t("reports.doc.none"),
  };
}

/**
 * The report as typst's JSON input, written in pieces to the streaming-serializer shape, so a large
 * report need not be held as a model: only this compact text is. Every claim is followed by a comma
 * and the list ends in null (dropped by the template), so batches of any size, empty ones too, join up.
 * Its words are in `lang`, the language the editor chose (Hindi when not given).
 */
export const pdfInput = {
  head: (meta: ReportMeta, lang: Lang = "hi") => {
    const t = translator(lang);
    return `${JSON.stringify({
      lang,
      title: meta.scope.title,
      heading: t("reports.doc.title", { title: meta.scope.title }),
      generated: t("reports.doc.generated", {
        when: when(meta.generatedAt) ?? "",
        zone: meta.timeZone,
      }),
      timeZone: meta.timeZone,
      drafts: meta.includesDrafts,
      draftsNote: meta.includesDrafts
        ? t("reports.doc.draftsIncluded")
        : t("reports.doc.publishedOnly"),
      l: labels(t),
    }).slice(0, -1)},"claims":[`;
  },
  claims: (batch: ReportClaim[], _meta: ReportMeta, _first: boolean, lang: Lang = "hi") => {
    const t = translator(lang);
    return batch.map((c) => `${JSON.stringify(claimView(c, t, lang))},`).join("");
  },
  tail: (_meta: ReportMeta) => "null]}",
};

// The app's font first. Its fontsource subsets lack a few symbols a report uses ("→" in attribution
// chains) and any script other than Devanagari and Latin: those come from DejaVu Sans Mono, which is
// built into the typst binary, so every machine draws them the same. `fallback: false`: nothing else,
// never whatever fonts the server happens to have installed.
const FONTS = `(${[...PDF_FONT_FAMILIES, "DejaVu Sans Mono"].map((f) => JSON.stringify(f)).join(", ")})`;

const TEMPLATE = `
#let r = json(bytes(sys.inputs.report))
#let l = r.l
#set document(title: r.heading, date: none)
#set text(font: ${FONTS}, fallback: false, size: 10pt, lang: r.lang)
#set page(paper: "a4", margin: (x: 18mm, y: 20mm), footer: context [
  #set text(size: 8pt, fill: luma(90))
  #r.title #h(1fr) #counter(page).display("1 / 1", both: true)
])
#set par(spacing: 0.8em)
#show link: set text(fill: rgb("#1d4ed8"))
#let url(u) = link(u, u)
#let lbl(s) = text(fill: luma(80), weight: "bold", s + ":")
#let joined(..parts) = parts.pos().filter(p => p != none).join([ · ])

#text(size: 17pt, weight: "bold", r.heading)

#r.generated #r.draftsNote

#for (i, c) in r.claims.filter(c => c != none).enumerate(start: 1) [
  #v(1.2em)
  #block(breakable: false)[
    #text(size: 13pt, weight: "bold")[#i. #c.text]
    #if c.draft [ #box(fill: rgb("#fde68a"), inset: (x: 4pt, y: 2pt), radius: 2pt, text(weight: "bold", size: 9pt, l.draft)) ]
    #if c.textOther != none [ \\ #emph(c.textOther) ]
  ]
  #if c.retracted != none [
    #block(fill: rgb("#fee2e2"), inset: 6pt, radius: 2pt, width: 100%)[
      #text(weight: "bold", fill: rgb("#991b1b"), c.retracted.day)
      #if c.retracted.note != none [ \\ #c.retracted.note ]
      #if c.retracted.noteOther != none [ \\ #c.retracted.noteOther ]
    ]
  ]
  #lbl(l.claim) #joined(c.status, c.logged, c.published)
  #if c.url != none [ \\ #lbl(l.publicPage) #url(c.url) ]

  #if c.verdict == none [ #l.noVerdict ] else [
    #let vd = c.verdict
    #lbl(l.verdict) #text(weight: "bold", vd.rating)#if vd.scale != none [ (#vd.scale)], #vd.status \\
    #lbl(l.by) #vd.authors#if vd.reviewer != none [; #vd.reviewer]
    #if vd.dates != none [ \\ #lbl(l.dates) #vd.dates ]

    #v(0.2em)
    #if vd.summary != none [ #vd.summary ]
    #if vd.summaryOther != none [ \\ #vd.summaryOther ]
    #if vd.rationale != none [
      #v(0.2em)
      #text(fill: luma(80), weight: "bold", l.why) \\
      #for (j, p) in vd.rationale.split("\\n").enumerate() [#if j > 0 [ \\ ]#p]
    ]
  ]

  #text(weight: "bold", l.appearances)
  #if c.appearances.len() == 0 [ #l.none ]
  #for a in c.appearances [
    - “#a.quote” \\
      #lbl(l.saidBy) #a.attribution \\
      #lbl(l.inArticle) #joined(a.title, a.date) \\
      #url(a.url)
  ]

  #text(weight: "bold", l.sources)
  #if c.sources.len() == 0 [ #l.noSources ]
  #for s in c.sources [
    - #joined(s.by, [“#s.title”], s.dates) \\
      #url(s.url)
      #if s.archiveUrl != none [ \\ #lbl(l.archived) #url(s.archiveUrl) ]
      \\ #lbl(l.stance) #s.stance#if s.pinpoint != none [ — “#s.pinpoint”]
      #if s.note != none [ \\ #lbl(l.note) #s.note ]
  ]

  #text(weight: "bold", l.corrections)
  #if c.corrections.len() == 0 [ #l.none ]
  #for k in c.corrections [
    - #k.at · #k.kind: #k.text#if k.textOther != none [ \\ #k.textOther]
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
export const pdfInputWriter: WriterFactory = (meta, lang = "hi") => ({
  head: () => pdfInput.head(meta, lang),
  claims: (batch) => pdfInput.claims(batch, meta, false, lang),
  tail: () => pdfInput.tail(meta),
});

export async function reportPdf(report: CitationReport, lang: Lang = "hi"): Promise<Uint8Array> {
  if (report.claims.length > PDF_MAX_CLAIMS) {
    throw new RangeError(`A PDF holds at most ${PDF_MAX_CLAIMS} claims`);
  }
  const { claims, ...meta } = report;
  return pdfFromInput(
    pdfInput.head(meta, lang) + pdfInput.claims(claims, meta, true, lang) + pdfInput.tail(meta),
  );
}
