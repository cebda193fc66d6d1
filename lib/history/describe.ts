// One audit event as a person reads it: a sentence ("Ravi Kumar sent the verdict back: ‘…’") and the
// fields it changed under readable labels, long texts as a word-level diff, in the page's language
// (the words are the catalogue's `history` namespace). Pure (no framework, no database): the desk's
// history panel and its tests share it. Names the stored rows only point at
// (entities, ratings, articles, sources) arrive resolved in `names`, fetched once per page.

import { showsFullText } from "../article/text-rights";
import { type ChainLinkText, linkText, partyText } from "../attribution/render";
import type { AuditAction } from "../audit-actions";
import { describeAction, translatorOf } from "../audit-words";
import { storedAuthorsText } from "../author/schema";
import { formatDate, formatStoredDay } from "../calendar/format";
import type { ClaimFields } from "../claim/shape";
import { ATTRIBUTION_VERBS, type AttributionVerbName } from "../entity/kinds";
import { newsroomDigits } from "../env";
import { intlLocale, type Lang } from "../i18n/locale";
import { history } from "../i18n/messages/history";
import type { Translator } from "../i18n/translator";
import { TEXT_RIGHTS, type TextRightsValue } from "../labels";
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

// Only these fields are ever shown (their labels: the catalogue's `history.field`): ids, versions,
// search text, offsets, hashes and timestamps of bookkeeping are not history a reader can use, and a
// list of what to show cannot leak a new column. "author" is the one free-text field of events
// recorded before sources kept a list of authors.
type FieldKey = keyof typeof history.hi.field;
const isLabelled = (field: string): field is FieldKey => Object.hasOwn(history.hi.field, field);

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
 * the verdict page's renderer (lib/attribution/render.ts) in the history's language.
 */
function chainOf(row: Row | null, names: HistoryNames, lang: Lang) {
  const t = translatorOf(lang);
  const links = Array.isArray(row?.attribution) ? (row.attribution as Link[]) : null;
  if (!links) return null;
  // An event stores ids; the name is resolved for the page, or said as unknown when it is gone.
  const entityOf = (id: string | null | undefined) =>
    id
      ? lang === "hi"
        ? { nameHi: names.entities?.[id] ?? t("history.event.unnamedSource"), nameEn: null }
        : { nameHi: null, nameEn: names.entities?.[id] ?? t("history.event.unnamedSource") }
      : null;
  const textOf = (l: Link | undefined) => {
    if (!l) return t("history.event.articleItself");
    const link: ChainLinkText = {
      role: l.role === "RELAY" ? "RELAY" : "SPEAKER",
      verb: isVerb(l.verb) ? l.verb : "SAID",
      entity: entityOf(l.entityId),
      anonymousAs: l.anonymousAs,
      affiliation: entityOf(l.affiliationId),
    };
    if (link.role === "SPEAKER" && !link.entity && !link.anonymousAs && !link.affiliation)
      return t("history.event.articleItself");
    // Older events stored no verb: then the name stands alone, as it did.
    return isVerb(l.verb) ? linkText(link, lang) : partyText(link, lang);
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

const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
const CLAIM_STATUSES = ["OPEN", "SENT_BACK", "IN_REVIEW", "PUBLISHED"] as const;
const VERDICT_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const;
const CORRECTION_KINDS = ["CORRECTION", "CLARIFICATION", "RETRACTION"] as const;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (list as readonly string[]).includes(v);

function show(field: string, v: unknown, names: HistoryNames, lang: Lang): string | null {
  if (v === null || v === undefined || v === "") return null;
  const t = translatorOf(lang);
  // Appearance ids say nothing to a reader; how many were marked does.
  if (field === "misattributedMentionIds" && Array.isArray(v))
    return v.length ? t("history.event.appearances", { count: v.length }) : null;
  const table = LOOKUP[field];
  if (table && typeof v === "string") return names[table]?.[v] ?? v;
  if (field === "stance" && oneOf(STANCES, v)) return t(`enums.Stance.${v}`);
  if (field === "status" && oneOf(CLAIM_STATUSES, v)) return t(`enums.ClaimStatus.${v}`);
  if (field === "status" && oneOf(VERDICT_STATUSES, v)) return t(`enums.VerdictStatus.${v}`);
  if (field === "kind" && oneOf(CORRECTION_KINDS, v)) return t(`enums.CorrectionKind.${v}`);
  if (field === "authors") {
    const text = storedAuthorsText(v);
    if (text !== undefined) return text;
  }
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ") || null;
  // A bare day (a source's typed day) is printed as that day; a time as its newsroom day.
  if (typeof v === "string" && ISO_DATE.test(v))
    return v.length === 10 ? formatStoredDay(v, lang) : formatDate(v, lang);
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

// Past a few words, before and after side by side make the reader hunt for the change.
const wordy = (s: string | null) => !!s && s.trim().split(/\s+/).length > 3;

/** The labelled fields whose value differs between before and after (a missing side is empty). */
function fieldChanges(before: unknown, after: unknown, names: HistoryNames, lang: Lang) {
  const t = translatorOf(lang);
  const b = { ...asRow(before) };
  const a = { ...asRow(after) };
  const chainB = chainOf(asRow(before), names, lang);
  const chainA = chainOf(asRow(after), names, lang);
  if (chainB) Object.assign(b, chainB);
  if (chainA) Object.assign(a, chainA);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(isLabelled);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = show(field, b[field], names, lang);
    const now = show(field, a[field], names, lang);
    if (was === now) continue;
    changes.push({
      field,
      label: t(`history.field.${field}`),
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

/** What an entity merge moved, as the history says it: "moved 3 appearance links, 1 member". */
function movedWords(moved: unknown, t: Translator): string {
  const m = asRow(moved) ?? {};
  const count = (n: unknown) => (typeof n === "number" && n > 0 ? n : 0);
  const said = [
    count(m.attributions) && t("history.event.movedAttributions", { count: count(m.attributions) }),
    count(m.anonymousAffiliations) &&
      t("history.event.movedAnonymous", { count: count(m.anonymousAffiliations) }),
    count(m.outletArticles) &&
      t("history.event.movedOutletArticles", { count: count(m.outletArticles) }),
    count(m.members) && t("history.event.movedMembers", { count: count(m.members) }),
    count(m.originatorVerdicts) &&
      t("history.event.movedOriginatorVerdicts", { count: count(m.originatorVerdicts) }),
  ].filter((x): x is string => !!x);
  return said.length
    ? t("history.event.moved", { list: said.join(", ") })
    : t("history.event.nothingPointed");
}

/** The whole sentence, the actor's name included, for one event. */
function sentenceOf(
  e: HistoryEvent,
  changes: FieldChange[],
  names: HistoryNames,
  lang: Lang,
  name: string,
): string {
  const t = translatorOf(lang);
  const b = asRow(e.before) ?? {};
  const a = asRow(e.after) ?? {};
  const changed = new Set(changes.map((c) => c.field));
  const fixed = () => describeAction(e.action, lang, name);
  const articleOf = (r: Row) =>
    typeof r.articleId === "string" ? (names.articles?.[r.articleId] ?? null) : null;
  const sourceOf = (r: Row) =>
    typeof r.sourceId === "string" ? (names.sources?.[r.sourceId] ?? null) : null;
  const withSource = (r: Row) => (sourceOf(r) ? `${fixed()}: ${sourceOf(r)}` : fixed());
  const none = t("history.event.none");
  // Typed as the actions the code writes, so a case that names no such action fails `tsc`; an old
  // row's action outside the union still reaches `default` at run time.
  switch (e.action as AuditAction) {
    case "claim.update":
      if (changed.has("textHi") || changed.has("textEn"))
        return t("history.event.claimWording", { name });
      if (changed.has("topic")) return t("history.event.claimTopic", { name });
      return t("history.event.claimEdited", { name });
    case "claim.withdraw":
      return withQuote(fixed(), a.withdrawReason);
    case "mention.create": {
      const article = articleOf(a);
      return article ? t("history.event.mentionCreateIn", { name, article }) : fixed();
    }
    case "mention.delete": {
      const article = articleOf(b);
      return withQuote(
        article ? t("history.event.mentionDeleteIn", { name, article }) : fixed(),
        a.reason,
      );
    }
    case "mention.reselect": {
      const article = articleOf(a);
      return article ? t("history.event.mentionReselectIn", { name, article }) : fixed();
    }
    case "mention.attribution": {
      const was = chainOf(b, names, lang);
      const now = chainOf(a, names, lang);
      if (was && now && was.speaker !== now.speaker)
        return t("history.event.reattributed", { name, was: was.speaker, now: now.speaker });
      if (was && now && was.relays !== now.relays) {
        const nobody = t("history.event.nobody");
        return t("history.event.relaysChanged", {
          name,
          was: was.relays || nobody,
          now: now.relays || nobody,
        });
      }
      if (was && now && was.cues !== now.cues) return t("history.event.cuesChanged", { name });
      return t("history.event.reattributedPlain", { name });
    }
    case "evidence.create":
    case "evidence.update":
      return withSource(a);
    case "evidence.delete":
      return withSource(b);
    case "source.create":
    case "source.update":
      return withQuote(fixed(), a.title);
    case "verdict.create": {
      const rating = show("ratingId", a.ratingId, names, lang);
      return rating ? t("history.event.verdictRated", { name, rating }) : fixed();
    }
    case "verdict.update":
      if (changed.has("ratingId")) {
        const c = changes.find((x) => x.field === "ratingId");
        return t("history.event.ratingChanged", {
          name,
          was: c?.before ?? none,
          now: c?.after ?? none,
        });
      }
      if (changed.has("originatorId")) {
        const c = changes.find((x) => x.field === "originatorId");
        if (!c?.before) return t("history.event.originatorSet", { name, who: c?.after ?? none });
        if (!c.after) return t("history.event.originatorCleared", { name });
        return t("history.event.originatorChanged", { name, was: c.before, now: c.after });
      }
      if (changed.has("misattributedMentionIds"))
        return t("history.event.misattribution", { name });
      return fixed();
    case "verdict.send-back":
      return withQuote(fixed(), a.reviewComment);
    case "verdict.hand-over": {
      // Taking a stale draft over is a hand-over to oneself: said so, naming whose it was.
      const to = typeof a.authorName === "string" ? a.authorName : t("history.event.anotherEditor");
      const from = typeof b.authorName === "string" ? b.authorName : t("history.event.itsAuthor");
      return a.tookOver === true
        ? t("history.event.tookOver", { name, from })
        : t("history.event.handedTo", { name, to });
    }
    case "review.send-back":
      return withQuote(t("history.event.reviewSendBack", { name }), a.body);
    case "review.comment":
    case "review.resubmit-note":
      return withQuote(fixed(), a.body);
    case "correction.create":
      return withQuote(
        t("history.event.correctionAsked", { name, kind: String(a.kind) }),
        lang === "en" ? (a.noteEn ?? a.noteHi) : (a.noteHi ?? a.noteEn),
      );
    case "entity.create":
      return t("history.event.entityAdded", {
        name,
        entity: String(
          (lang === "en" ? (a.nameEn ?? a.nameHi) : (a.nameHi ?? a.nameEn)) ??
            t("history.event.aName"),
        ),
      });
    case "entity.update":
      if (changed.has("nameHi") || changed.has("nameEn"))
        return t("history.event.entityRenamed", { name });
      return changed.has("aliases") ? t("history.event.entityAliases", { name }) : fixed();
    case "entity.merge":
      return withQuote(
        t("history.event.entityMergedInto", {
          name,
          into:
            show("mergedIntoId", a.mergedIntoId, names, lang) ?? t("history.event.anotherEntity"),
        }),
        a.reason,
      );
    case "entity.merge-in":
      return withQuote(
        t("history.event.entityMergedIn", {
          name,
          from: show("mergedFromId", a.mergedFromId, names, lang) ?? t("history.event.aDuplicate"),
          moved: movedWords(a.moved, t),
        }),
        a.reason,
      );
    case "article.import":
      return withQuote(fixed(), a.title);
    case "article.text-rights":
      return textRightsSentence(b.textRights, a.textRights, lang, name);
    case "suggestion.dismiss":
      return withQuote(fixed(), a.quote);
    case "suggestion.restore":
      return withQuote(fixed(), b.quote);
    case "user.create":
      return t("history.event.accountOf", {
        name,
        who: String(a.name ?? a.email ?? t("history.event.anEditor")),
      });
    default:
      // Every other action reads well as its fixed words; an unknown one falls back to them too.
      return fixed();
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

/** "marked the text as Licensed (was Another outlet's article): Readers see the full text". */
function textRightsSentence(was: unknown, now: unknown, lang: Lang, name: string): string {
  const t = translatorOf(lang);
  const isRights = (v: unknown): v is TextRightsValue => oneOf(TEXT_RIGHTS, v);
  if (!isRights(now)) return describeAction("article.text-rights", lang, name);
  const to = t(`enums.TextRights.${now}`);
  // What readers will see, from the rule itself (lib/article/text-rights.ts).
  const readers = t(`enums.TextRightsReaders.${showsFullText(now) ? "OWN" : "OTHER"}`);
  return isRights(was)
    ? t("history.event.textRightsWas", { name, to, from: t(`enums.TextRights.${was}`), readers })
    : t("history.event.textRights", { name, to, readers });
}

/** The event in words, in `lang`, with the changes a "Show changes" disclosure lists. */
export function describeEvent(
  e: HistoryEvent,
  names: HistoryNames = {},
  lang: Lang = "en",
): DescribedEvent {
  const all = fieldChanges(e.before, e.after, names, lang);
  const only = CREATE_FIELDS[e.action as AuditAction];
  const changes = NO_FIELDS.has(e.action)
    ? []
    : only
      ? all.filter((c) => only.includes(c.field))
      : all;
  const actor = e.actorName ?? translatorOf(lang)("history.system");
  return { sentence: sentenceOf(e, all, names, lang, actor), changes };
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
/** "5 minutes ago", "3 days ago", "5 मिनट पहले": how long before `now`, in the largest unit that fits. */
export function relativeTime(when: Date, now: Date, lang: Lang = "en"): string {
  // The newsroom's digits in Hindi (0-9 or ०-९), as every other number of the page.
  const rtf = new Intl.RelativeTimeFormat(
    lang === "hi" ? intlLocale("hi", newsroomDigits()) : "en",
    {
      numeric: "auto",
    },
  );
  const ms = when.getTime() - now.getTime();
  const abs = Math.abs(ms);
  if (abs < 60_000) return translatorOf(lang)("history.panel.justNow");
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
 * "shown" field is one of the labelled fields above (history.field). A field added to the dossier does not compile until it is
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
