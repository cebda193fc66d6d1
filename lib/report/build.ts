// Builds the structured report (./model.ts) from claim dossiers. Pure: no database, no framework, so
// every format's tests run in milliseconds. Display strings are the serializers' business, not this one's.

import { authorsOf } from "../author/schema";
import { storedDay } from "../calendar/days";
import { zonedIso } from "../calendar/zoned";
import type { ClaimDossier } from "../claim/dossier";
import type { ClaimFields } from "../claim/shape";
import { newsroomTimeZone } from "../env";
import type {
  CitationReport,
  ReportAppearance,
  ReportClaim,
  ReportEntity,
  ReportMeta,
  ReportScope,
  ReportSource,
} from "./model";
// Reads only what a report needs of a dossier (./report-dossier.ts), so the exports' narrow batch
// query (./report-query.ts) and the full dossier build the same claims.
import type { ReportDossier, ReportEvidenceRow, ReportMentionRow } from "./report-dossier";

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
  const tz = options.timeZone ?? newsroomTimeZone();
  return {
    site: options.baseUrl,
    generatedAt: zonedIso(options.generatedAt ?? new Date(), tz) ?? "",
    timeZone: tz,
    includesDrafts: options.includeDrafts ?? false,
    scope,
  };
}

/** Claims as the report carries them, one batch of dossiers at a time; drafts only when asked for. */
export function reportClaims(dossiers: ReportDossier[], options: BuildOptions): ReportClaim[] {
  const tz = options.timeZone ?? newsroomTimeZone();
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

function claimOf(d: ReportDossier, baseUrl: string, at: At): ReportClaim {
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

function appearanceOf(m: ReportMentionRow, baseUrl: string, at: At): ReportAppearance {
  return {
    mentionId: m.id,
    article: {
      id: m.article.id,
      title: m.article.title,
      url: m.article.url ?? `${baseUrl}/articles/${m.article.id}`,
      outlet: m.article.outlet && reportEntity(m.article.outlet),
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
const calendarDay = (d: Date | null): string | null => storedDay(d);

const reportEntity = (e: ReportEntity): ReportEntity => ({
  id: e.id,
  kind: e.kind,
  nameHi: e.nameHi,
  nameEn: e.nameEn,
});

function sourceOf(e: ReportEvidenceRow): ReportSource {
  const s = e.source;
  return {
    evidenceId: e.id,
    sourceId: s.id,
    title: s.title,
    publisher: s.publisher,
    // The library's list as stored: people with family/given names, names kept whole as literals.
    authors: authorsOf(s.authors),
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

/**
 * What the report model (and so every report format) carries of a claim, and why it leaves the rest
 * out. A field added to the dossier does not compile until it is declared here (lib/claim/shape.ts).
 */
export const REPORT_CLAIM_FIELDS = {
  id: "shown",
  slug: "shown",
  textHi: "shown",
  textEn: "shown",
  topic: "shown",
  status: "shown",
  version: "omitted: an edit counter for optimistic locking, not a fact about the claim",
  createdAt: "shown",
  publishedAt: "shown",
  retractedAt: "shown",
  createdBy: "omitted: who logged it is desk bookkeeping; the verdict's writers are credited",
  withdrawnAt: "omitted: withdrawn claims are never published; the desk's history keeps why",
  withdrawnBy: "omitted: withdrawn claims are never published; the desk's history keeps why",
  withdrawReason: "omitted: withdrawn claims are never published; the desk's history keeps why",
  mergedIntoId: "omitted: a merged claim lives on as the claim it was merged into",
  verdict: {
    id: "shown",
    status: "shown",
    version: "omitted: an edit counter for optimistic locking",
    summaryHi: "shown",
    summaryEn: "shown",
    rationale: "shown",
    reviewComment: "omitted: the reviewer's note to the writers, never public",
    originator: "shown",
    originatorId: "omitted: the originator itself is carried, by name",
    originatorEvidenceId: "omitted: the source that shows it is among the claim's sources",
    originatorNote: "omitted: not yet in the report model; the verdict page and API carry it",
    misattributedMentionIds:
      "omitted: not yet in the report model; the verdict page and API carry it",
    submittedAt: "shown",
    publishedAt: "shown",
    updatedAt: "shown",
    author: "omitted: `authors` names every writer, the first author first",
    authors: "shown",
    reviewer: "shown",
    rating: "shown",
  },
  mentions: {
    id: "shown",
    exact: "shown",
    prefix: "omitted: context for finding the words in the article, not part of the citation",
    suffix: "omitted: context for finding the words in the article, not part of the citation",
    context: "omitted: the words around the quote are not part of the citation",
    start: "omitted: offsets into the article's stored text",
    end: "omitted: offsets into the article's stored text",
    orphanedFromRevision: "omitted: a desk repair task; the quoted words are cited as published",
    article: "shown",
    chain: {
      position: "shown",
      role: "shown",
      verb: "shown",
      cue: "shown",
      entity: "shown",
      anonymousAs: "shown",
      affiliation: "shown",
    },
  },
  evidence: {
    id: "shown",
    stance: "shown",
    quote: "shown",
    note: "shown",
    createdAt: "omitted: when the desk attached it; citations carry the source's accessed date",
    source: {
      id: "shown",
      url: "shown",
      title: "shown",
      publisher: "shown",
      authors: "shown",
      lang: "shown",
      publishedAt: "shown",
      accessedAt: "shown",
      archiveUrl: "shown",
      version: "omitted: an edit counter for optimistic locking",
      createdAt: "omitted: when the library first recorded it, not when it was read",
    },
  },
  corrections: {
    id: "omitted: the verdict page's anchor, not a fact a citation needs",
    kind: "shown",
    noteHi: "shown",
    noteEn: "shown",
    version: "omitted: an edit counter for optimistic locking",
    createdAt: "omitted: when it was asked for; reports carry when readers were told (publishedAt)",
    publishedAt: "shown",
    requestedBy: "omitted: the desk's workflow, not the public record",
    approvedBy: "omitted: the desk's workflow, not the public record",
    from: "omitted: the rating before; the note says what changed and the verdict gives the rating now",
    to: "omitted: the version it made public, which is the verdict the report carries",
  },
} satisfies ClaimFields;
