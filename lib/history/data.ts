// Reads for the history panels: the names an audit event's stored ids stand for, fetched in one
// batch per page (four small queries whatever the number of events), never one query per row.
import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";
import {
  type DescribedEvent,
  describeEvent,
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

/** Resolves the names the events point at. */
async function loadHistoryNames(
  events: { before: unknown; after: unknown }[],
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
    entities: byId(entities, (e) => e.nameEn ?? e.nameHi ?? e.id),
    ratings: byId(ratings, (r) => `${r.labelEn} (${r.labelHi})`),
    articles: byId(articles, (a) => a.title),
    sources: byId(sources, (s) => s.title),
  };
}

/** Stored audit events (newest first, as the loaders return them) in words. */
export async function describeHistory(events: StoredEvent[]): Promise<HistoryEntry[]> {
  const names = await loadHistoryNames(events);
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
      ...describeEvent(input, names),
    };
  });
}
