// One audit event as a person reads it: a sentence ("Ravi Kumar sent the verdict back: ‘…’") and the
// fields it changed under readable labels, long texts as a word-level diff. Pure (no framework, no
// database): the desk's history panel and its tests share it. Names the stored rows only point at
// (entities, ratings, articles, sources) arrive resolved in `names`, fetched once per page.

import { showsFullText } from "../article/text-rights";
import { type ChainLinkText, linkText, partyText } from "../attribution/render";
import type { AuditAction } from "../audit-actions";
import { describeAction } from "../audit-words";
import { storedAuthorsText } from "../author/schema";
import { formatDate, formatStoredDay } from "../calendar/format";
import type { ClaimFields } from "../claim/shape";
import { ATTRIBUTION_VERBS, type AttributionVerbName } from "../entity/kinds";
import { STANCE_LABELS, STATUS_LABELS, TEXT_RIGHTS_LABELS, type TextRightsValue } from "../labels";
import { diffWords, type WordPart } from "../text/word-diff";

/** How many events a history panel shows, newest first; older ones stay in the audit log. */
export const HISTORY_LIMIT = 50;

export interface HistoryEvent {
  action: string;
  before: unknown;
  after: unknown;
  actorName: string | null;
}

/** Names for the ids an event stores, resolved by the page's loader in one batch. */
export interface HistoryNames {
  entities?: Record<string, string>;
  ratings?: Record<string, string>;
  articles?: Record<string, string>;
  sources?: Record<string, string>;
}

interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** Word by word, for texts long enough that two whole copies would hide what changed. */
  diff: WordPart[] | null;
}

export interface DescribedEvent {
  sentence: string;
  changes: FieldChange[];
}

// Only these fields are ever shown: ids, versions, search text, offsets, hashes and timestamps of
// bookkeeping are not history a reader can use, and a list of what to show cannot leak a new column.
const LABELS: Record<string, string> = {
  textHi: "Hindi wording",
  textEn: "English wording",
  topic: "topic",
  status: "status",
  withdrawReason: "reason for withdrawing",
  ratingId: "rating",
  summaryHi: "Hindi summary",
  summaryEn: "English summary",
  rationale: "rationale",
  reviewComment: "reviewer's note",
  stance: "stance",
  quote: "quote",
  note: "note",
  exact: "quoted words",
  speaker: "speaker",
  relays: "relays",
  cues: "cue words",
  articleId: "article",
  sourceId: "source",
  title: "title",
  outlet: "outlet",
  outletId: "outlet",
  url: "URL",
  archiveUrl: "archive URL",
  publisher: "publisher",
  // "author": the one free-text field of events recorded before sources kept a list of authors.
  author: "author",
  authors: "authors",
  lang: "language",
  publishedAt: "published date",
  accessedAt: "accessed date",
  eventDate: "event date",
  kind: "kind",
  noteHi: "Hindi note",
  noteEn: "English note",
  body: "text",
  reason: "reason",
  nameHi: "Hindi name",
  nameEn: "English name",
  aliases: "other spellings",
  description: "description",
  affiliationId: "affiliation",
  name: "name",
  email: "e-mail",
  role: "role",
  originatorId: "who it really came from",
  originatorNote: "note on who it really came from",
  misattributedMentionIds: "appearances that attribute it wrongly",
};

// Ids shown as the name they stand for, from `names`.
const LOOKUP: Record<string, keyof HistoryNames> = {
  ratingId: "ratings",
  articleId: "articles",
  sourceId: "sources",
  outletId: "entities",
  affiliationId: "entities",
  mergedIntoId: "entities",
  mergedFromId: "entities",
  originatorId: "entities",
};

type Row = Record<string, unknown>;
const asRow = (v: unknown): Row | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Row) : null;

interface Link {
  role?: string;
  position?: number;
  entityId?: string | null;
  verb?: string | null;
  cue?: string | null;
  anonymousAs?: string | null;
  affiliationId?: string | null;
}

const isVerb = (v: unknown): v is AttributionVerbName =>
  typeof v === "string" && (ATTRIBUTION_VERBS as readonly string[]).includes(v);

/**
 * An appearance's stored attribution links as speaker and relays, by name, with their verbs, said by
 * the verdict page's renderer (lib/attribution/render.ts) in English, the history's language.
 */
function chainOf(row: Row | null, names: HistoryNames) {
  const links = Array.isArray(row?.attribution) ? (row.attribution as Link[]) : null;
  if (!links) return null;
  // An event stores ids; the name is resolved for the page, or said as unknown when it is gone.
  const entityOf = (id: string | null | undefined) =>
    id ? { nameHi: null, nameEn: names.entities?.[id] ?? "an unnamed source" } : null;
  const textOf = (l: Link | undefined) => {
    if (!l) return "the article itself";
    const link: ChainLinkText = {
      role: l.role === "RELAY" ? "RELAY" : "SPEAKER",
      verb: isVerb(l.verb) ? l.verb : "SAID",
      entity: entityOf(l.entityId),
      anonymousAs: l.anonymousAs,
      affiliation: entityOf(l.affiliationId),
    };
    if (link.role === "SPEAKER" && !link.entity && !link.anonymousAs && !link.affiliation)
      return "the article itself";
    // Older events stored no verb: then the name stands alone, as it did.
    return isVerb(l.verb) ? linkText(link, "en") : partyText(link, "en");
  };
  const sorted = [...links].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const speaker = sorted.find((l) => l.role === "SPEAKER");
  const relays = sorted.filter((l) => l.role === "RELAY");
  return {
    speaker: textOf(speaker),
    relays: relays.map(textOf).join(", "),
    cues: sorted.some((l) => l.cue) ? sorted.map((l) => l.cue ?? "—").join(" | ") : null,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

function show(field: string, v: unknown, names: HistoryNames): string | null {
  if (v === null || v === undefined || v === "") return null;
  // Appearance ids say nothing to a reader; how many were marked does.
  if (field === "misattributedMentionIds" && Array.isArray(v))
    return v.length ? `${v.length} appearance${v.length === 1 ? "" : "s"}` : null;
  const table = LOOKUP[field];
  if (table && typeof v === "string") return names[table]?.[v] ?? v;
  if (field === "stance" && typeof v === "string")
    return STANCE_LABELS[v as keyof typeof STANCE_LABELS]?.en ?? v;
  if (field === "status" && typeof v === "string")
    return STATUS_LABELS[v as keyof typeof STATUS_LABELS]?.en ?? v;
  if (field === "authors") {
    const text = storedAuthorsText(v);
    if (text !== undefined) return text;
  }
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ") || null;
  // A bare day (a source's typed day) is printed as that day; a time as its newsroom day.
  if (typeof v === "string" && ISO_DATE.test(v))
    return v.length === 10 ? formatStoredDay(v) : formatDate(v);
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

// Past a few words, before and after side by side make the reader hunt for the change.
const wordy = (s: string | null) => !!s && s.trim().split(/\s+/).length > 3;

/** The labelled fields whose value differs between before and after (a missing side is empty). */
function fieldChanges(before: unknown, after: unknown, names: HistoryNames = {}) {
  const b = { ...asRow(before) };
  const a = { ...asRow(after) };
  const chainB = chainOf(asRow(before), names);
  const chainA = chainOf(asRow(after), names);
  if (chainB) Object.assign(b, chainB);
  if (chainA) Object.assign(a, chainA);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f in LABELS);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = show(field, b[field], names);
    const now = show(field, a[field], names);
    if (was === now) continue;
    changes.push({
      field,
      label: LABELS[field],
      before: was,
      after: now,
      diff: was && now && (wordy(was) || wordy(now)) ? diffWords(was, now) : null,
    });
  }
  return changes;
}

const QUOTE_MAX = 80;
/** A quotation inside a sentence, cut short: the full text is in the changes below it. */
const quoted = (s: unknown) => {
  if (typeof s !== "string" || !s.trim()) return "";
  const t = s.trim();
  return `‘${t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX).trimEnd()}…` : t}’`;
};
const withQuote = (words: string, s: unknown) => (quoted(s) ? `${words}: ${quoted(s)}` : words);

const CORRECTION_KIND: Record<string, string> = {
  CORRECTION: "a correction",
  CLARIFICATION: "a clarification",
  RETRACTION: "a retraction",
};

/** What an entity merge moved, as the history says it: "3 appearances, 1 article as outlet". */
function movedWords(moved: unknown): string {
  const m = asRow(moved) ?? {};
  const parts: [unknown, string][] = [
    [m.attributions, "appearance links"],
    [m.anonymousAffiliations, "anonymous sources"],
    [m.outletArticles, "articles as outlet"],
    [m.members, "members"],
    [m.originatorVerdicts, "verdicts naming it as originator"],
  ];
  const said = parts
    .filter(([n]) => typeof n === "number" && n > 0)
    .map(([n, words]) => `${n} ${words}`);
  return said.length ? `moved ${said.join(", ")}` : "nothing pointed at it";
}

/** The sentence, after the actor's name, for one event. */
function predicate(e: HistoryEvent, changes: FieldChange[], names: HistoryNames): string {
  const b = asRow(e.before) ?? {};
  const a = asRow(e.after) ?? {};
  const changed = new Set(changes.map((c) => c.field));
  const articleOf = (r: Row) =>
    typeof r.articleId === "string" ? (names.articles?.[r.articleId] ?? null) : null;
  const inArticle = (r: Row) => (articleOf(r) ? ` in ${articleOf(r)}` : "");
  const sourceOf = (r: Row) =>
    typeof r.sourceId === "string" && names.sources?.[r.sourceId]
      ? `: ${names.sources[r.sourceId]}`
      : "";
  // Typed as the actions the code writes, so a case that names no such action fails `tsc`; an old
  // row's action outside the union still reaches `default` at run time.
  switch (e.action as AuditAction) {
    case "claim.update":
      if (changed.has("textHi") || changed.has("textEn")) return "changed the claim's wording";
      if (changed.has("topic")) return "changed the claim's topic";
      return "edited the claim";
    case "claim.withdraw":
      return withQuote("withdrew the claim", a.withdrawReason);
    case "mention.create":
      return `added an appearance${inArticle(a)}`;
    case "mention.delete":
      return withQuote(`removed an appearance${inArticle(b)}`, a.reason);
    case "mention.reselect":
      return `re-selected an appearance's words${inArticle(a)}`;
    case "mention.attribution": {
      const was = chainOf(b, names);
      const now = chainOf(a, names);
      if (was && now && was.speaker !== now.speaker)
        return `re-attributed an appearance: ${was.speaker} → ${now.speaker}`;
      if (was && now && was.relays !== now.relays)
        return `changed who relayed an appearance: ${was.relays || "nobody"} → ${now.relays || "nobody"}`;
      if (was && now && was.cues !== now.cues)
        return "changed the cue words of an appearance's attribution";
      return "re-attributed an appearance";
    }
    case "evidence.create":
      return `added a source${sourceOf(a)}`;
    case "evidence.update":
      return `edited what a source shows${sourceOf(a)}`;
    case "evidence.delete":
      return `removed a source${sourceOf(b)}`;
    case "source.create":
      return withQuote("added a source to the library", a.title);
    case "source.update":
      return withQuote("corrected a source's library record", a.title);
    case "verdict.create": {
      const rating = show("ratingId", a.ratingId, names);
      return rating ? `started the verdict, rated ${rating}` : "started the verdict";
    }
    case "verdict.update":
      if (changed.has("ratingId")) {
        const c = changes.find((x) => x.field === "ratingId");
        return `changed the verdict's rating: ${c?.before ?? "none"} → ${c?.after ?? "none"}`;
      }
      if (changed.has("originatorId")) {
        const c = changes.find((x) => x.field === "originatorId");
        if (!c?.before) return `recorded who the claim really came from: ${c?.after}`;
        if (!c.after) return "cleared who the claim really came from";
        return `changed who the claim really came from: ${c.before} → ${c.after}`;
      }
      if (changed.has("misattributedMentionIds"))
        return "changed which appearances attribute the claim wrongly";
      return "edited the verdict";
    case "verdict.send-back":
      return withQuote("sent the verdict back", a.reviewComment);
    case "verdict.hand-over": {
      // Taking a stale draft over is a hand-over to oneself: said so, naming whose it was.
      const to = typeof a.authorName === "string" ? a.authorName : "another editor";
      const from = typeof b.authorName === "string" ? b.authorName : "its author";
      return a.tookOver === true ? `took over the draft from ${from}` : `handed the draft to ${to}`;
    }
    case "review.send-back":
      return withQuote("wrote in the review thread why the verdict went back", a.body);
    case "review.comment":
      return withQuote("commented in the review thread", a.body);
    case "review.resubmit-note":
      return withQuote("wrote a note on submitting again", a.body);
    case "correction.create":
      return withQuote(
        `asked for ${CORRECTION_KIND[String(a.kind)] ?? "a correction"}`,
        a.noteHi ?? a.noteEn,
      );
    case "entity.create":
      return `added ${String(a.nameEn ?? a.nameHi ?? "a name")} to the registry`;
    case "entity.update":
      if (changed.has("nameHi") || changed.has("nameEn")) return "renamed the registry entry";
      return changed.has("aliases")
        ? "changed the registry entry's other spellings"
        : "edited the registry entry";
    case "entity.merge":
      return withQuote(
        `merged this entity into ${show("mergedIntoId", a.mergedIntoId, names) ?? "another"}`,
        a.reason,
      );
    case "entity.merge-in":
      return withQuote(
        `merged ${show("mergedFromId", a.mergedFromId, names) ?? "a duplicate"} into this entity (${movedWords(a.moved)})`,
        a.reason,
      );
    case "article.import":
      return withQuote("imported the article", a.title);
    case "article.text-rights":
      return textRightsSentence(b.textRights, a.textRights);
    case "suggestion.dismiss":
      return withQuote("dismissed a spotter suggestion", a.quote);
    case "suggestion.restore":
      return withQuote("restored a dismissed suggestion", b.quote);
    case "user.create":
      return `created the account of ${String(a.name ?? a.email ?? "an editor")}`;
    case "user.password":
      return "set a new password for the account";
    case "user.disable":
      return "disabled the account";
    case "user.enable":
      return "enabled the account again";
    default:
      // Every other action reads well as its fixed words; an unknown one falls back to them too.
      return describeAction(e.action);
  }
}

// Events whose payload is a whole row written once: its fields are what was added or removed, shown
// only where they say something (a source's stance and quote), not a dump of the row.
const CREATE_FIELDS: Partial<Record<AuditAction, string[]>> = {
  "claim.create": ["textHi", "textEn", "topic"],
  "mention.create": ["exact", "speaker", "relays"],
  "evidence.create": ["stance", "quote", "note"],
  "evidence.delete": ["stance", "quote", "note"],
  "mention.delete": ["exact", "speaker", "relays"],
  "verdict.create": ["ratingId", "summaryHi", "summaryEn", "rationale", "originatorId"],
  "correction.create": ["kind", "noteHi", "noteEn"],
  "source.create": ["title", "url", "publisher", "author", "authors", "publishedAt"],
  "article.import": ["title", "url", "publishedAt"],
};
// Workflow steps: the sentence says it all; their payloads repeat the whole row.
const NO_FIELD_ACTIONS: AuditAction[] = [
  "article.text-rights",
  "verdict.submit",
  "verdict.publish",
  "verdict.send-back",
  "verdict.discard",
  "verdict.hand-over",
  "claim.publish",
  "claim.retract",
  "claim.merge",
  "claim.merge-in",
  "entity.merge",
  "claim.restore",
  "claim.withdraw",
  "correction.publish",
  "correction.withdraw",
  "correction.decline",
  "correction.discard",
  "review.send-back",
  "review.comment",
  "review.resubmit-note",
  "suggestion.dismiss",
  "suggestion.restore",
  "user.password",
  "user.disable",
  "user.enable",
];
const NO_FIELDS = new Set<string>(NO_FIELD_ACTIONS);

/** "marked the text as Licensed (was Another outlet's article): readers now see the full text". */
function textRightsSentence(was: unknown, now: unknown): string {
  const label = (v: unknown) =>
    typeof v === "string" && v in TEXT_RIGHTS_LABELS
      ? TEXT_RIGHTS_LABELS[v as TextRightsValue]
      : null;
  const to = label(now);
  if (!to) return describeAction("article.text-rights");
  const from = label(was);
  const readers = showsFullText(now as TextRightsValue)
    ? "readers now see the full text"
    : "readers now see only the claims in context and a link to the original";
  return `marked the text as ${to.en} · ${to.hi}${from ? ` (was ${from.en})` : ""}: ${readers}`;
}

/** The event in words, with the changes a "Show changes" disclosure lists. */
export function describeEvent(e: HistoryEvent, names: HistoryNames = {}): DescribedEvent {
  const all = fieldChanges(e.before, e.after, names);
  const only = CREATE_FIELDS[e.action as AuditAction];
  const changes = NO_FIELDS.has(e.action)
    ? []
    : only
      ? all.filter((c) => only.includes(c.field))
      : all;
  const actor = e.actorName ?? "The system";
  return { sentence: `${actor} ${predicate(e, all, names)}`, changes };
}

/** The ids of names an event's payload points at, for the loader to fetch in one batch. */
export function referencedIds(events: { before: unknown; after: unknown }[]) {
  const ids = {
    entities: new Set<string>(),
    ratings: new Set<string>(),
    articles: new Set<string>(),
    sources: new Set<string>(),
  };
  for (const e of events)
    for (const side of [e.before, e.after]) {
      const r = asRow(side);
      if (!r) continue;
      for (const [field, table] of Object.entries(LOOKUP))
        if (typeof r[field] === "string") ids[table].add(r[field] as string);
      if (Array.isArray(r.attribution))
        for (const l of r.attribution as Link[])
          for (const id of [l.entityId, l.affiliationId]) if (id) ids.entities.add(id);
    }
  return {
    entities: [...ids.entities],
    ratings: [...ids.ratings],
    articles: [...ids.articles],
    sources: [...ids.sources],
  };
}

const DAY = 86_400_000;
/** "5 minutes ago", "3 days ago": how long before `now`, in the largest unit that fits. */
export function relativeTime(when: Date, now: Date): string {
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const ms = when.getTime() - now.getTime();
  const abs = Math.abs(ms);
  if (abs < 60_000) return "just now";
  if (abs < 3_600_000) return rtf.format(Math.round(ms / 60_000), "minute");
  if (abs < DAY) return rtf.format(Math.round(ms / 3_600_000), "hour");
  if (abs < 30 * DAY) return rtf.format(Math.round(ms / DAY), "day");
  if (abs < 365 * DAY) return rtf.format(Math.round(ms / (30 * DAY)), "month");
  return rtf.format(Math.round(ms / (365 * DAY)), "year");
}

const BOOKKEEPING = "omitted: bookkeeping the audit log keeps but a reader cannot use";
const LIBRARY = "shown as the source library's own history (source.update events)";

/**
 * What the history panel says when a part of a claim changes, and why it leaves the rest out: each
 * "shown" field is one of LABELS above. A field added to the dossier does not compile until it is
 * declared here (lib/claim/shape.ts).
 */
export const HISTORY_CLAIM_FIELDS = {
  id: BOOKKEEPING,
  slug: "omitted: made once from the wording when the claim is published, never edited",
  textHi: "shown",
  textEn: "shown",
  topic: "shown",
  status: "shown",
  version: BOOKKEEPING,
  createdAt: "shown as the time of the claim.create event",
  publishedAt: "shown as the time of the claim.publish event",
  retractedAt: "shown as the time of the claim.retract event",
  createdBy: "shown as the actor of the claim.create event",
  withdrawnAt: "shown as the time of the claim.withdraw event",
  withdrawnBy: "shown as the actor of the claim.withdraw event",
  withdrawReason: "shown",
  mergedIntoId: "shown as the claim.merge event's sentence",
  verdict: {
    id: BOOKKEEPING,
    status: "shown",
    version: BOOKKEEPING,
    summaryHi: "shown",
    summaryEn: "shown",
    rationale: "shown",
    reviewComment: "shown",
    originator: "shown as originatorId, by name",
    originatorId: "shown",
    originatorEvidenceId: "omitted: said with the originator; the source's own events name it",
    originatorNote: "shown",
    misattributedMentionIds: "shown",
    submittedAt: "shown as the time of the verdict's submit event",
    publishedAt: "shown as the time of the claim.publish event",
    updatedAt: "shown as the time of each verdict event",
    author: "shown as the actor of the verdict.create event",
    authors: "shown as the actors of the verdict's events",
    reviewer: "shown as the actor of the review events",
    rating: "shown as ratingId, by name",
  },
  mentions: {
    id: BOOKKEEPING,
    exact: "shown",
    prefix: BOOKKEEPING,
    suffix: BOOKKEEPING,
    context: BOOKKEEPING,
    start: BOOKKEEPING,
    end: BOOKKEEPING,
    orphanedFromRevision: "shown as the article's revision events",
    article: "shown as articleId, by title",
    chain: {
      position: "shown as the order of speaker and relays",
      role: "shown as speaker and relays",
      verb: "shown",
      cue: "shown",
      entity: "shown",
      anonymousAs: "shown",
      affiliation: "shown",
    },
  },
  evidence: {
    id: BOOKKEEPING,
    stance: "shown",
    quote: "shown",
    note: "shown",
    createdAt: "shown as the time of the evidence.create event",
    source: {
      id: BOOKKEEPING,
      url: LIBRARY,
      title: LIBRARY,
      publisher: LIBRARY,
      authors: LIBRARY,
      lang: LIBRARY,
      publishedAt: LIBRARY,
      accessedAt: LIBRARY,
      archiveUrl: LIBRARY,
      version: BOOKKEEPING,
      createdAt: "shown as the time of the source.create event",
    },
  },
  corrections: {
    id: BOOKKEEPING,
    kind: "shown",
    noteHi: "shown",
    noteEn: "shown",
    version: BOOKKEEPING,
    createdAt: "shown as the time of the correction.create event",
    publishedAt: "shown as the time of the correction.publish event",
    requestedBy: "shown as the actor of the correction.create event",
    approvedBy: "shown as the actor of the correction.publish event",
    from: "shown as ratingId before, by name",
    to: "shown as ratingId after, by name",
  },
} satisfies ClaimFields;
