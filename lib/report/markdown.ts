// The report as Markdown: for pasting into a CMS or a chat thread, with every citation a link. Its
// headings and labels are in the language the editor chose; what the desk typed stays as typed, and
// where the data has both languages (claim, summary, notes) the report's language comes first.

import { dayOf } from "../calendar/zoned";
import type { Lang } from "../i18n/locale";
import { type Translator, translator } from "../i18n/translator";
import type { CitationReport, ReportClaim, ReportSource } from "./model";
import { attributionLine, authorsText, inLang } from "./text";
import { type WriterFactory, writeAll } from "./writer";

// Characters that would start markup inside a line of running text.
const mdText = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1").replace(/\s*\n\s*/g, " ");
// A link target with spaces or parentheses would end the link early.
const target = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
const link = (text: string, url: string) => `[${mdText(text)}](${target(url)})`;

/** A text the data has in both languages: the report's language first, the other in brackets. */
function both(hi: string | null | undefined, en: string | null | undefined, lang: Lang): string {
  const b = inLang(hi, en, lang);
  if (!b) return "";
  return mdText(b.first) + (b.second ? ` (${mdText(b.second)})` : "");
}

function sourceLine(s: ReportSource, t: Translator): string {
  const parts = [
    s.authors.length > 0 && mdText(authorsText(s.authors) ?? ""),
    s.publisher && mdText(s.publisher),
    link(s.title, s.url),
    s.publishedAt && t("reports.doc.published", { when: dayOf(s.publishedAt) ?? "" }),
    s.accessedAt && t("reports.doc.accessed", { when: dayOf(s.accessedAt) ?? "" }),
    s.archiveUrl && `[${mdText(t("reports.doc.archived"))}](${target(s.archiveUrl)})`,
  ].filter(Boolean);
  const pinpoint = s.pinpoint ? ` — “${mdText(s.pinpoint)}”` : "";
  return `- ${parts.join(". ")}. *${t(`enums.Stance.${s.stance}`)}*${pinpoint}`;
}

// A retracted fact check no longer stands behind its rating: said before anything else about it.
function retractionLines(c: ReportClaim, t: Translator, lang: Lang): string[] {
  if (!c.retractedAt) return [];
  const note = c.corrections.find((k) => k.kind === "RETRACTION");
  return [
    `> **${t("reports.doc.retracted", { day: dayOf(c.retractedAt) ?? "" })}**` +
      (note ? ` — ${both(note.textHi, note.textEn, lang)}` : ""),
    "",
  ];
}

function claimSection(c: ReportClaim, n: number, t: Translator, lang: Lang): string[] {
  const v = c.verdict;
  const text = inLang(c.textHi, c.textEn, lang);
  const draft = c.isDraft ? ` — **${t("reports.doc.draft")}**` : "";
  const lines = [`## ${n}. ${mdText(text?.first ?? "")}${draft}`, ""];
  lines.push(...retractionLines(c, t, lang));
  if (text?.second) lines.push(`*${mdText(text.second)}*`, "");
  lines.push(
    `- ${t("reports.doc.claimStatus")}: ${t(`enums.ClaimStatus.${c.status}`)}` +
      (c.url ? ` · ${link(t("reports.doc.publicPage"), c.url)}` : ""),
  );
  if (v) {
    const rating = inLang(v.rating.labelHi, v.rating.labelEn, lang);
    lines.push(
      `- ${t("reports.doc.verdict")}: **${mdText(rating?.first ?? "")}**` +
        `${rating?.second ? ` (${mdText(rating.second)})` : ""}, ${t(`enums.VerdictStatus.${v.status}`)}`,
      `- ${t("reports.doc.by")}: ${v.authors.map((a) => mdText(a.name)).join(", ") || "—"}` +
        (v.reviewer ? `; ${t("reports.doc.reviewedBy", { name: mdText(v.reviewer.name) })}` : ""),
    );
    if (v.publishedAt) lines.push(`- ${t("reports.doc.publishedLine", { when: v.publishedAt })}`);
    const summary = inLang(v.summaryHi, v.summaryEn, lang);
    if (summary) {
      lines.push("", mdText(summary.first), "");
      if (summary.second) lines.push(mdText(summary.second), "");
    } else lines.push("");
    // The rationale keeps its line breaks: each line is a paragraph of the quote block (a bare
    // line break inside a Markdown paragraph would be joined up into one line).
    if (v.rationale.trim())
      lines.push(
        `### ${t("reports.doc.why")}`,
        "",
        v.rationale
          .trim()
          .split(/\s*\n\s*/)
          .map((l) => `> ${mdText(l)}`)
          .join("\n>\n"),
        "",
      );
  } else lines.push(`- ${t("reports.doc.noVerdict")}`, "");
  lines.push(`### ${t("reports.doc.appearances")}`, "");
  for (const a of c.appearances) {
    // The chain already ends with the outlet ("… ने छापा"), as on the verdict page.
    lines.push(
      `- “${mdText(a.quote)}”`,
      `  - ${mdText(attributionLine(a, lang))}`,
      `  - ${t("reports.doc.inArticle")} ${link(a.article.title, a.article.url)}, ${dayOf(a.article.date) ?? t("reports.doc.undated")}`,
    );
  }
  if (c.appearances.length === 0) lines.push(t("reports.doc.none"));
  lines.push("", `### ${t("reports.doc.sources")}`, "");
  lines.push(
    ...(c.sources.length ? c.sources.map((s) => sourceLine(s, t)) : [t("reports.doc.noSources")]),
  );
  lines.push("", `### ${t("reports.doc.corrections")}`, "");
  lines.push(
    ...(c.corrections.length
      ? c.corrections.map(
          (k) =>
            `- ${dayOf(k.at)} — ${t(`enums.CorrectionKind.${k.kind}`)}: ${both(k.textHi, k.textEn, lang)}`,
        )
      : [t("reports.doc.none")]),
  );
  return [...lines, ""];
}

export const markdownWriter: WriterFactory = (meta, lang = "hi") => {
  const t = translator(lang);
  let n = 0;
  return {
    head: () =>
      [
        `# ${mdText(t("reports.doc.title", { title: meta.scope.title }))}`,
        "",
        `${t("reports.doc.generated", { when: meta.generatedAt, zone: meta.timeZone })} ` +
          (meta.includesDrafts ? t("reports.doc.draftsIncluded") : t("reports.doc.publishedOnly")),
        "",
        "",
      ].join("\n"),
    claims: (batch) => batch.map((c) => `${claimSection(c, ++n, t, lang).join("\n")}\n`).join(""),
    tail: () => (n ? "" : `${t("reports.doc.noClaims")}\n`),
  };
};

export const reportMarkdown = (report: CitationReport, lang: Lang = "hi") =>
  writeAll(markdownWriter, report, lang);
