// Citation reports: the claims in scope, their verdicts, where each appeared (outlet, date, quote,
// who said it and who relayed it) and every source with its full citation fields.
// Pure: takes dossiers, returns the report; the CSV and JSON files and the printable page all read this.
import type { ClaimDossier, DossierEvidence, DossierMention } from "../claim/dossier";
import { displayName } from "../entity/search-key";
import { isoDay as day, isoTime as iso } from "../format";

export type ReportScope = { type: "claim" | "article"; id: string; title: string };

const nameOf = (e: { nameHi: string | null; nameEn: string | null } | null) =>
  e ? displayName(e) : null;

export function speakerOf(m: DossierMention): string {
  const s = m.chain.find((c) => c.role === "SPEAKER");
  return s?.entity ? displayName(s.entity) : "लेख का अपना दावा (the article's own assertion)";
}

export function relaysOf(m: DossierMention): string[] {
  return m.chain.filter((c) => c.role === "RELAY").map((c) => nameOf(c.entity) ?? "");
}

export function buildReport(
  scope: ReportScope,
  dossiers: ClaimDossier[],
  baseUrl: string,
  generatedAt = new Date(),
) {
  return {
    generatedAt: generatedAt.toISOString(),
    scope,
    claims: dossiers.map((d) => ({
      id: d.id,
      url: d.status === "PUBLISHED" ? `${baseUrl}/claims/${d.slug}` : null,
      textHi: d.textHi,
      textEn: d.textEn,
      topic: d.topic,
      status: d.status,
      verdict: d.verdict && {
        status: d.verdict.status,
        ratingHi: d.verdict.rating.labelHi,
        ratingEn: d.verdict.rating.labelEn,
        ratingValue: d.verdict.rating.value,
        summaryHi: d.verdict.summaryHi,
        summaryEn: d.verdict.summaryEn,
        author: d.verdict.authors.map((a) => a.name).join(", "),
        reviewer: d.verdict.reviewer?.name ?? null,
        publishedAt: iso(d.verdict.publishedAt),
      },
      appearances: d.mentions.map((m) => ({
        mentionId: m.id,
        articleId: m.article.id,
        articleTitle: m.article.title,
        articleUrl: m.article.url ?? `${baseUrl}/articles/${m.article.id}`,
        outlet: nameOf(m.article.outlet),
        date: day(m.article.publishedAt ?? m.article.eventDate),
        quote: m.exact,
        speaker: speakerOf(m),
        relayedBy: relaysOf(m),
        cues: m.chain.map((c) => c.cue).filter(Boolean),
      })),
      sources: d.evidence.map((e) => citationOf(e)),
    })),
  };
}

export type CitationReport = ReturnType<typeof buildReport>;
export type ReportSource = ReturnType<typeof citationOf>;

function citationOf(e: DossierEvidence) {
  const s = e.source;
  return {
    evidenceId: e.id,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    url: s.url,
    publishedAt: day(s.publishedAt),
    accessedAt: day(s.accessedAt),
    archiveUrl: s.archiveUrl,
    language: s.lang,
    stance: e.stance,
    pinpoint: e.quote,
    note: e.note,
  };
}

/** A human-readable citation line (for the printable report). */
export function formatCitation(s: ReportSource): string {
  const parts = [
    s.author,
    s.publisher,
    `“${s.title}”`,
    s.publishedAt && `published ${s.publishedAt}`,
    s.url,
    s.accessedAt && `accessed ${s.accessedAt}`,
    s.archiveUrl && `archived at ${s.archiveUrl}`,
  ];
  return `${parts.filter(Boolean).join(". ")}.`;
}

export const CSV_COLUMNS = [
  "claim_id",
  "claim_url",
  "claim_hi",
  "claim_en",
  "claim_status",
  "rating_hi",
  "rating_en",
  "rating_value",
  "verdict_summary_hi",
  "verdict_author",
  "verdict_reviewer",
  "verdict_published_at",
  "row_type",
  "article_title",
  "outlet",
  "article_date",
  "article_url",
  "quote",
  "speaker",
  "relayed_by",
  "source_title",
  "source_publisher",
  "source_author",
  "source_url",
  "source_published",
  "source_accessed",
  "source_archive_url",
  "stance",
  "pinpoint_quote",
  "note",
] as const;

/** One row per appearance and one per source, each repeating its claim's columns (a tidy table). */
export function reportRows(
  report: CitationReport,
): Record<(typeof CSV_COLUMNS)[number], string | number | null>[] {
  const rows: Record<(typeof CSV_COLUMNS)[number], string | number | null>[] = [];
  const blank = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as Record<
    (typeof CSV_COLUMNS)[number],
    null
  >;
  for (const c of report.claims) {
    const claim = {
      ...blank,
      claim_id: c.id,
      claim_url: c.url,
      claim_hi: c.textHi,
      claim_en: c.textEn,
      claim_status: c.status,
      rating_hi: c.verdict?.ratingHi ?? null,
      rating_en: c.verdict?.ratingEn ?? null,
      rating_value: c.verdict?.ratingValue ?? null,
      verdict_summary_hi: c.verdict?.summaryHi ?? null,
      verdict_author: c.verdict?.author ?? null,
      verdict_reviewer: c.verdict?.reviewer ?? null,
      verdict_published_at: c.verdict?.publishedAt ?? null,
    };
    for (const a of c.appearances) {
      rows.push({
        ...claim,
        row_type: "appearance",
        article_title: a.articleTitle,
        outlet: a.outlet,
        article_date: a.date,
        article_url: a.articleUrl,
        quote: a.quote,
        speaker: a.speaker,
        relayed_by: a.relayedBy.join(" → "),
      });
    }
    for (const s of c.sources) {
      rows.push({
        ...claim,
        row_type: "source",
        source_title: s.title,
        source_publisher: s.publisher,
        source_author: s.author,
        source_url: s.url,
        source_published: s.publishedAt,
        source_accessed: s.accessedAt,
        source_archive_url: s.archiveUrl,
        stance: s.stance,
        pinpoint_quote: s.pinpoint,
        note: s.note,
      });
    }
  }
  return rows;
}
