// Builds the structured report (./model.ts) from claim dossiers. Pure: no database, no framework, so
// every format's tests run in milliseconds. Display strings are the serializers' business, not this one's.
import type { ClaimDossier, DossierEvidence, DossierMention } from "../claim/dossier";
import { displayName } from "../entity/search-key";
import type {
  CitationReport,
  ReportAppearance,
  ReportClaim,
  ReportEntity,
  ReportMeta,
  ReportScope,
  ReportSource,
} from "./model";
import { OWN_ASSERTION } from "./text";
import { NEWSROOM_TIME_ZONE, zonedIso } from "./zoned";

// The public API (lib/public/api.ts) reads speakers straight from dossiers; it keeps these two.
export function speakerOf(m: DossierMention): string {
  const s = m.chain.find((c) => c.role === "SPEAKER");
  return s?.entity ? displayName(s.entity) : OWN_ASSERTION;
}

export function relaysOf(m: DossierMention): string[] {
  return m.chain
    .filter((c) => c.role === "RELAY")
    .map((c) => (c.entity ? displayName(c.entity) : ""));
}

export type BuildOptions = {
  baseUrl: string;
  /** Unpublished claims and verdicts are left out unless asked for. */
  includeDrafts?: boolean;
  generatedAt?: Date;
  timeZone?: string;
};

export function buildReport(
  scope: ReportScope,
  dossiers: ClaimDossier[],
  options: BuildOptions,
): CitationReport {
  return { ...reportMeta(scope, options), claims: reportClaims(dossiers, options) };
}

/** The report's heading data: written before its first claim when the report is streamed. */
export function reportMeta(scope: ReportScope, options: BuildOptions): ReportMeta {
  const tz = options.timeZone ?? NEWSROOM_TIME_ZONE;
  return {
    site: options.baseUrl,
    generatedAt: zonedIso(options.generatedAt ?? new Date(), tz) ?? "",
    timeZone: tz,
    includesDrafts: options.includeDrafts ?? false,
    scope,
  };
}

/** Claims as the report carries them, one batch of dossiers at a time; drafts only when asked for. */
export function reportClaims(dossiers: ClaimDossier[], options: BuildOptions): ReportClaim[] {
  const tz = options.timeZone ?? NEWSROOM_TIME_ZONE;
  const at = (d: Date | string | null | undefined) => zonedIso(d, tz);
  return dossiers
    .map((d) => claimOf(d, options.baseUrl, at))
    .flatMap((c) => (options.includeDrafts ? [c] : withoutDrafts(c)));
}

// Without drafts, an unpublished claim is left out, and a published claim whose newest verdict is
// being revised keeps no verdict (the dossier carries only the newest one).
function withoutDrafts(c: ReportClaim): ReportClaim[] {
  if (c.status !== "PUBLISHED") return [];
  if (!c.isDraft) return [c];
  return [{ ...c, isDraft: false, verdict: null }];
}

type At = (d: Date | string | null | undefined) => string | null;

function claimOf(d: ClaimDossier, baseUrl: string, at: At): ReportClaim {
  const v = d.verdict;
  return {
    id: d.id,
    url: d.status === "PUBLISHED" ? `${baseUrl}/claims/${d.slug}` : null,
    textHi: d.textHi,
    textEn: d.textEn,
    topic: d.topic,
    status: d.status,
    // A published claim whose newest verdict is being revised still shows that draft: mark it.
    isDraft: d.status !== "PUBLISHED" || (v !== null && v.status !== "PUBLISHED"),
    createdAt: at(d.createdAt) ?? "",
    publishedAt: at(d.publishedAt),
    retractedAt: at(d.retractedAt),
    verdict: v && {
      id: v.id,
      status: v.status,
      rating: {
        labelHi: v.rating.labelHi,
        labelEn: v.rating.labelEn,
        value: v.rating.value,
        best: v.rating.best,
        worst: v.rating.worst,
      },
      summaryHi: v.summaryHi,
      summaryEn: v.summaryEn,
      rationale: v.rationale,
      ...(v.originator && {
        originator: {
          kind: v.originator.kind,
          nameHi: v.originator.nameHi,
          nameEn: v.originator.nameEn,
          url: v.originator.url,
        },
      }),
      authors: v.authors.map((p) => ({ id: p.id, name: p.name })),
      reviewer: v.reviewer && { id: v.reviewer.id, name: v.reviewer.name },
      submittedAt: at(v.submittedAt),
      publishedAt: at(v.publishedAt),
      updatedAt: at(v.updatedAt),
    },
    appearances: d.mentions.map((m) => appearanceOf(m, baseUrl, at)),
    sources: d.evidence.map(sourceOf),
    // Approved changes only: a pending correction is a draft verdict, shown as such above.
    corrections: d.corrections.flatMap((c) =>
      c.publishedAt
        ? [{ at: at(c.publishedAt) ?? "", kind: c.kind, textHi: c.noteHi, textEn: c.noteEn }]
        : [],
    ),
  };
}

function appearanceOf(m: DossierMention, baseUrl: string, at: At): ReportAppearance {
  return {
    mentionId: m.id,
    article: {
      id: m.article.id,
      title: m.article.title,
      url: m.article.url ?? `${baseUrl}/articles/${m.article.id}`,
      outlet: m.article.outlet,
      date: m.article.publishedAt ? at(m.article.publishedAt) : calendarDay(m.article.eventDate),
      lang: m.article.lang,
    },
    quote: m.exact,
    attribution: m.chain.map((c) => ({
      position: c.position,
      role: c.role,
      verb: c.verb,
      cue: c.cue,
      entity: c.entity && reportEntity(c.entity),
      anonymousAs: c.anonymousAs,
      affiliation: c.affiliation && reportEntity(c.affiliation),
    })),
  };
}

/** Days are stored as UTC midnight (a date column, or a form's "2023-09-13"): the day is the UTC date. */
const calendarDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

const reportEntity = (e: ReportEntity): ReportEntity => ({
  id: e.id,
  kind: e.kind,
  nameHi: e.nameHi,
  nameEn: e.nameEn,
});

function sourceOf(e: DossierEvidence): ReportSource {
  const s = e.source;
  return {
    evidenceId: e.id,
    sourceId: s.id,
    title: s.title,
    publisher: s.publisher,
    // Until sources keep a list of authors, the free text is split at ";" and each name kept whole.
    authors: (s.author ?? "")
      .split(";")
      .map((n) => n.trim())
      .filter(Boolean)
      .map((literal) => ({ literal })),
    publishedAt: calendarDay(s.publishedAt),
    accessedAt: calendarDay(s.accessedAt),
    url: s.url,
    archiveUrl: s.archiveUrl,
    language: s.lang,
    stance: e.stance,
    pinpoint: e.quote,
    note: e.note,
  };
}
