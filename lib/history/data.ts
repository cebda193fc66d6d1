// Reads for the history panels: each page's audit events (an article's, a claim's, an entity's),
// and the names those events' stored ids stand for, fetched in one batch per page (four small
// queries whatever the number of events), never one query per row.
import "server-only";
import { getLocale } from "next-intl/server";
import { HISTORY_READ } from "../audit";
import { db } from "../db";
import { type Lang, langOf } from "../i18n/locale";
import { requireEditor } from "../require-editor";
import {
  type DescribedEvent,
  describeEvent,
  HISTORY_LIMIT,
  type HistoryEvent,
  type HistoryNames,
  referencedIds,
} from "./describe";

interface StoredEvent {
  id: string;
  action: string;
  createdAt: Date;
  before: unknown;
  after: unknown;
  actor: { name: string } | null;
}

export type HistoryEntry = DescribedEvent & {
  id: string;
  action: string;
  createdAt: Date;
  actorName: string | null;
};

const byId = <T extends { id: string }>(rows: T[], name: (r: T) => string) =>
  Object.fromEntries(rows.map((r) => [r.id, name(r)]));

/** Resolves the names the events point at, in the page's language (the other as a fallback). */
async function loadHistoryNames(
  events: { before: unknown; after: unknown }[],
  lang: Lang,
): Promise<HistoryNames> {
  await requireEditor();
  const ids = referencedIds(events);
  const [entities, ratings, articles, sources] = await Promise.all([
    db().entity.findMany({
      where: { id: { in: ids.entities } },
      select: { id: true, nameEn: true, nameHi: true },
    }),
    db().rating.findMany({
      where: { id: { in: ids.ratings } },
      select: { id: true, labelEn: true, labelHi: true },
    }),
    db().article.findMany({
      where: { id: { in: ids.articles } },
      select: { id: true, title: true },
    }),
    db().source.findMany({ where: { id: { in: ids.sources } }, select: { id: true, title: true } }),
  ]);
  return {
    entities: byId(entities, (e) =>
      lang === "hi" ? (e.nameHi ?? e.nameEn ?? e.id) : (e.nameEn ?? e.nameHi ?? e.id),
    ),
    ratings: byId(ratings, (r) => (lang === "hi" ? r.labelHi : r.labelEn)),
    articles: byId(articles, (a) => a.title),
    sources: byId(sources, (s) => s.title),
  };
}

/** Stored audit events (newest first, as the loaders return them) in words, in the page's language. */
export async function describeHistory(events: StoredEvent[], lang?: Lang): Promise<HistoryEntry[]> {
  const language = lang ?? langOf(await getLocale());
  const names = await loadHistoryNames(events, language);
  return events.map((e) => {
    const input: HistoryEvent = {
      action: e.action,
      before: e.before,
      after: e.after,
      actorName: e.actor?.name ?? null,
    };
    return {
      id: e.id,
      action: e.action,
      createdAt: e.createdAt,
      actorName: input.actorName,
      ...describeEvent(input, names, language),
    };
  });
}

// The history panels' reads: each page's own audit events, newest first (HISTORY_LIMIT of them).

/** Who imported the article and who corrected its details: newest first. */
export async function listArticleHistory(articleId: string) {
  await requireEditor();
  return db().auditEvent.findMany({
    where: { entityType: "Article", entityId: articleId },
    ...HISTORY_READ,
    take: HISTORY_LIMIT,
  });
}

/** Who did what to a claim, its appearances, sources and verdicts: newest first. */
export async function listClaimHistory(claim: {
  id: string;
  mentions: { id: string }[];
  evidence: { id: string; source: { id: string } }[];
}) {
  await requireEditor();
  const [verdictIds, removedEvidenceIds] = await Promise.all([
    db()
      .verdict.findMany({ where: { claimId: claim.id }, select: { id: true } })
      .then((rows) => rows.map((v) => v.id)),
    // Removed sources: their rows are gone, but the removal event names the claim, and the
    // evidence's earlier events (added, edited) belong in the history too.
    db()
      .auditEvent.findMany({
        where: {
          entityType: "Evidence",
          action: "evidence.delete",
          before: { path: ["claimId"], equals: claim.id },
        },
        select: { entityId: true },
      })
      .then((rows) => rows.map((e) => e.entityId)),
  ]);
  return db().auditEvent.findMany({
    take: HISTORY_LIMIT,
    where: {
      OR: [
        { entityType: "Claim", entityId: claim.id },
        { entityType: "Verdict", entityId: { in: verdictIds } },
        { entityType: "Mention", entityId: { in: claim.mentions.map((m) => m.id) } },
        // Appearances removed from the claim: their rows are gone; the event's before names the claim.
        {
          entityType: "Mention",
          action: "mention.delete",
          before: { path: ["claimId"], equals: claim.id },
        },
        {
          entityType: "Evidence",
          entityId: { in: [...claim.evidence.map((e) => e.id), ...removedEvidenceIds] },
        },
        // Shared library records this claim cites: who changed their citation fields, and how.
        { entityType: "Source", entityId: { in: claim.evidence.map((e) => e.source.id) } },
        // Corrections and retraction requests, withdrawn ones included (their rows are gone; the
        // events name the claim).
        { entityType: "Correction", after: { path: ["claimId"], equals: claim.id } },
        { entityType: "Correction", before: { path: ["claimId"], equals: claim.id } },
        // The review thread: send-backs, comments and resubmission notes.
        { entityType: "ReviewComment", after: { path: ["claimId"], equals: claim.id } },
      ],
    },
    ...HISTORY_READ,
  });
}

/** The entity's audit events, newest first (edits, merges in and out). */
export async function listEntityHistory(entityId: string) {
  await requireEditor();
  return db().auditEvent.findMany({
    where: { entityType: "Entity", entityId },
    ...HISTORY_READ,
    take: HISTORY_LIMIT,
  });
}
