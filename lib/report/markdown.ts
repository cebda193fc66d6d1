// The report as Markdown: for pasting into a CMS or a chat thread, with every citation a link.

import { dayOf } from "../calendar/zoned";
import { CORRECTION_KIND_LABELS } from "../labels";
import type { CitationReport, ReportClaim, ReportSource } from "./model";
import { attributionLine, authorsText } from "./text";
import { type WriterFactory, writeAll } from "./writer";

// Characters that would start markup inside a line of running text.
const mdText = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1").replace(/\s*\n\s*/g, " ");
// A link target with spaces or parentheses would end the link early.
const target = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
const link = (text: string, url: string) => `[${mdText(text)}](${target(url)})`;

function sourceLine(s: ReportSource): string {
  const parts = [
    s.authors.length > 0 && mdText(authorsText(s.authors) ?? ""),
    s.publisher && mdText(s.publisher),
    link(s.title, s.url),
    s.publishedAt && `published ${dayOf(s.publishedAt)}`,
    s.accessedAt && `accessed ${dayOf(s.accessedAt)}`,
    s.archiveUrl && `[archived](${target(s.archiveUrl)})`,
  ].filter(Boolean);
  const pinpoint = s.pinpoint ? ` — “${mdText(s.pinpoint)}”` : "";
  return `- ${parts.join(". ")}. *${s.stance.toLowerCase()}*${pinpoint}`;
}

// A retracted fact check no longer stands behind its rating: said before anything else about it.
function retractionLines(c: ReportClaim): string[] {
  if (!c.retractedAt) return [];
  const note = c.corrections.find((k) => k.kind === "RETRACTION");
  return [
    `> **वापस लिया गया / Retracted** ${dayOf(c.retractedAt)}` +
      (note ? ` — ${mdText(note.textHi)}${note.textEn ? ` (${mdText(note.textEn)})` : ""}` : ""),
    "",
  ];
}

function claimSection(c: ReportClaim, n: number): string[] {
  const v = c.verdict;
  const lines = [`## ${n}. ${mdText(c.textHi)}${c.isDraft ? " — **DRAFT**" : ""}`, ""];
  lines.push(...retractionLines(c));
  if (c.textEn) lines.push(`*${mdText(c.textEn)}*`, "");
  lines.push(`- Claim status: ${c.status}${c.url ? ` · ${link("public page", c.url)}` : ""}`);
  if (v) {
    lines.push(
      `- Verdict: **${mdText(v.rating.labelHi)}** (${mdText(v.rating.labelEn)}), ${v.status}`,
      `- By ${v.authors.map((a) => mdText(a.name)).join(", ") || "—"}` +
        (v.reviewer ? `; reviewed by ${mdText(v.reviewer.name)}` : ""),
    );
    if (v.publishedAt) lines.push(`- Published ${v.publishedAt}`);
    lines.push("", mdText(v.summaryHi), "");
    if (v.summaryEn) lines.push(mdText(v.summaryEn), "");
    // The rationale keeps its line breaks: each line is a paragraph of the quote block (a bare
    // line break inside a Markdown paragraph would be joined up into one line).
    if (v.rationale.trim())
      lines.push(
        "### हमारी पड़ताल / Why this rating",
        "",
        v.rationale
          .trim()
          .split(/\s*\n\s*/)
          .map((l) => `> ${mdText(l)}`)
          .join("\n>\n"),
        "",
      );
  } else lines.push("- No verdict yet", "");
  lines.push("### Appearances", "");
  for (const a of c.appearances) {
    // The chain already ends with the outlet ("… ने छापा"), as on the verdict page.
    lines.push(
      `- “${mdText(a.quote)}”`,
      `  - ${mdText(attributionLine(a))}`,
      `  - *${mdText(attributionLine(a, "en"))}*`,
      `  - In ${link(a.article.title, a.article.url)}, ${dayOf(a.article.date) ?? "undated"}`,
    );
  }
  lines.push("", "### Sources", "");
  lines.push(...(c.sources.length ? c.sources.map(sourceLine) : ["No sources attached."]));
  lines.push("", "### Corrections", "");
  lines.push(
    ...(c.corrections.length
      ? c.corrections.map(
          (k) =>
            `- ${dayOf(k.at)} — ${CORRECTION_KIND_LABELS[k.kind].hi} / ${CORRECTION_KIND_LABELS[k.kind].en}: ${mdText(k.textHi)}` +
            (k.textEn ? ` (${mdText(k.textEn)})` : ""),
        )
      : ["None."]),
  );
  return [...lines, ""];
}

export const markdownWriter: WriterFactory = (meta) => {
  let n = 0;
  return {
    head: () =>
      [
        `# Citation report: ${mdText(meta.scope.title)}`,
        "",
        `Generated ${meta.generatedAt} (dates in ${meta.timeZone}). ` +
          (meta.includesDrafts ? "Includes drafts, marked **DRAFT**." : "Published work only."),
        "",
        "",
      ].join("\n"),
    claims: (batch) => batch.map((c) => `${claimSection(c, ++n).join("\n")}\n`).join(""),
    tail: () => (n ? "" : "No claims match this report.\n"),
  };
};

export const reportMarkdown = (report: CitationReport) => writeAll(markdownWriter, report);
