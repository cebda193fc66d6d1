// The structured citation report: what every format (CSV, JSON, CSL-JSON, BibTeX, RIS, Markdown, the
// printable page) is serialised from. Plain data, no display strings: each serializer decides how a
// name, a date or a stance reads in its own format, so none of them has to parse another's output.

import type { SourceAuthor } from "../author/names";
import type { AttributionVerbName } from "../entity/kinds";
import type { ReportFilters } from "./scope";

/** An ISO 8601 instant written in the newsroom's time zone, offset included ("…T10:00:00+05:30"). */
type ZonedIso = string;
/** A calendar day, "2023-09-14", for values that are only ever known to the day (an article's event
 * date, a source's publication and access dates): no invented time, no offset. */
type CalendarDay = string;

type ReportPerson = { id: string; name: string };

/** An author as citation formats want one: lib/author/schema.ts is where the shape is declared. */
type ReportName = SourceAuthor;

export type ReportEntity = {
  id: string;
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
};

type ReportVerdict = {
  id: string;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED";
  rating: {
    labelHi: string;
    labelEn: string;
    value: number | null;
    best: number | null;
    worst: number | null;
  };
  summaryHi: string;
  summaryEn: string | null;
  /** The editors' reasoning, as readers see it on the verdict page. */
  rationale: string;
  /** Who the evidence shows the claim really came from, when the verdict records it. */
  originator?: { kind: string; nameHi: string | null; nameEn: string | null; url: string | null };
  /** Everyone who wrote it, in the order they joined. */
  authors: ReportPerson[];
  reviewer: ReportPerson | null;
  submittedAt: ZonedIso | null;
  publishedAt: ZonedIso | null;
  updatedAt: ZonedIso | null;
};

type ReportAttribution = {
  position: number;
  role: "SPEAKER" | "RELAY";
  /** What this link did: said, claimed, reported, relayed… (the registry's verbs). */
  verb: AttributionVerbName;
  /** The words in the text that carry the attribution ("के मुताबिक", "के हवाले से"). */
  cue: string | null;
  /** The registry entry; null for an anonymous source, or (a SPEAKER) the article's own assertion. */
  entity: ReportEntity | null;
  /** How the text names an anonymous source ("एक अधिकारी"). */
  anonymousAs: string | null;
  /** The organisation an anonymous source belongs to. */
  affiliation: ReportEntity | null;
};

export type ReportAppearance = {
  mentionId: string;
  article: {
    id: string;
    title: string;
    /** The article's own URL, or its page on this site when it has none. */
    url: string;
    outlet: ReportEntity | null;
    /** Publication time, or the day of the events when only that is known (then a CalendarDay). */
    date: ZonedIso | CalendarDay | null;
    lang: string;
  };
  quote: string;
  /** Who said it, then who relayed it, in the article's order. */
  attribution: ReportAttribution[];
};

export type ReportSource = {
  evidenceId: string;
  sourceId: string;
  title: string;
  publisher: string | null;
  /** People (family/given) or organisations and names that do not split (literal), in order. */
  authors: ReportName[];
  publishedAt: CalendarDay | null;
  accessedAt: CalendarDay | null;
  url: string;
  archiveUrl: string | null;
  language: string | null;
  stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
  /** The passage of the source that shows what the editor says it shows. */
  pinpoint: string | null;
  note: string | null;
};

/** A published change to a published verdict (or its retraction), with its public note. */
type ReportCorrection = {
  at: ZonedIso;
  kind: "CORRECTION" | "CLARIFICATION" | "RETRACTION";
  textHi: string;
  textEn: string | null;
};

export type ReportClaim = {
  id: string;
  /** Public verdict page; null until the claim is published. */
  url: string | null;
  textHi: string;
  textEn: string | null;
  topic: string | null;
  status: "OPEN" | "SENT_BACK" | "IN_REVIEW" | "PUBLISHED";
  /** Anything not yet published: only in reports built with drafts, and marked so in every format. */
  isDraft: boolean;
  createdAt: ZonedIso;
  publishedAt: ZonedIso | null;
  /** When the newsroom withdrew the fact check in public (its verdict page says so); null otherwise. */
  retractedAt: ZonedIso | null;
  verdict: ReportVerdict | null;
  appearances: ReportAppearance[];
  sources: ReportSource[];
  corrections: ReportCorrection[];
};

/** What the report covers: the filters it was asked with, and the same in words for its heading. */
export type ReportScope = { title: string; filters: ReportFilters };

export type CitationReport = {
  /** The newsroom's public site, which the report's links point into. */
  site: string;
  generatedAt: ZonedIso;
  /** The IANA zone every date in the report is written in. */
  timeZone: string;
  includesDrafts: boolean;
  scope: ReportScope;
  claims: ReportClaim[];
};

/** Everything but the claims: what a streamed report knows before its first claim is read. */
export type ReportMeta = Omit<CitationReport, "claims">;
