import "server-only";
import { db } from "../db";
import type { EntityKind } from "../generated/prisma/enums";
import { parseId } from "../ids";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { fold } from "../text/fold";
import { ENTITY_CARD } from "./card";
import { likeEscape } from "./names";
import { type EntityListQuery, entityListQuery } from "./schema";
import { rankEntities } from "./search-key";

/**
 * The picker's suggestions for what an editor has typed: live entities any of whose names (Hindi,
 * English or alias, folded as lib/text/fold does) contain every typed word, best first. Read on the
 * server (the registry can be large); at most `take`, each with what tells look-alikes apart.
 */
export async function findEntities(q: string, kinds?: EntityKind[], take = 8) {
  await requireEditor();
  const words = fold(q).trim().split(/\s+/u).filter(Boolean).slice(0, 6);
  if (words.length === 0) return [];
  const candidates = await db().entity.findMany({
    where: {
      mergedIntoId: null,
      ...(kinds?.length ? { kind: { in: kinds } } : {}),
      AND: words.map((w) => ({ searchKey: { contains: likeEscape(w) } })),
    },
    select: ENTITY_CARD,
    orderBy: { id: "asc" },
    take: 60,
  });
  return rankEntities(candidates, q, take);
}

/** Entities by id (a form's chosen ones, to show their names again): at most 50. */
export async function entitiesByIds(ids: string[]) {
  await requireEditor();
  if (ids.length === 0) return [];
  return db().entity.findMany({
    where: { id: { in: ids.slice(0, 50) } },
    select: ENTITY_CARD,
    take: 50,
  });
}

const APPEARANCE_CAP = 1000;

/**
 * One page of the desk's registry: live entities in slug order (the English name), narrowed
 * by words in any name or alias and by kind. Each row carries how many chain links name it, counted
 * for the page's ids in one grouped query, so a page costs the same whatever it holds.
 */
export async function listEntities(query: EntityListQuery = entityListQuery.parse({})) {
  await requireEditor();
  const start = pageStart(query, "text");
  // By slug: unique, indexed, short and readable (the English name), so a cursor always fits.
  // (searchKey holds every alias and can outgrow a cursor.)
  const page = keyset("slug", "asc", start);
  const words = fold(query.q ?? "")
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 6);
  const rows = await db().entity.findMany({
    where: {
      AND: [
        page.where,
        { mergedIntoId: null },
        ...(query.kind ? [{ kind: query.kind }] : []),
        ...words.map((w) => ({ searchKey: { contains: likeEscape(w) } })),
      ],
    },
    orderBy: page.orderBy,
    take: page.take,
    select: ENTITY_CARD,
  });
  const paged = pageOf(rows, start, (r) => r.slug);
  // Counted up to a cap: the BBC can be named in 70,000 chains, and a list row only needs to say
  // "1,000+" (the entity's own page has its full numbers). Each count stops at the cap, so a page
  // costs the same however often its entities are named.
  const counts = await db().$queryRaw<{ id: string; n: number }[]>`
    SELECT e.id, (SELECT count(*)::int FROM (
      SELECT 1 FROM "AttributionLink" l WHERE l."entityId" = e.id LIMIT ${APPEARANCE_CAP + 1}) x) AS n
    FROM unnest(${paged.items.map((e) => e.id)}::text[]) AS e(id)`;
  const named = new Map(counts.map((c) => [c.id, c.n]));
  return {
    ...paged,
    items: paged.items.map((e) => {
      const n = named.get(e.id) ?? 0;
      return {
        ...e,
        appearances: Math.min(n, APPEARANCE_CAP),
        appearancesCapped: n > APPEARANCE_CAP,
      };
    }),
  };
}

/** One entity for its desk page: the card, what it was merged into, its members (at most 50). */
export async function getEntityForDesk(rawId: string) {
  await requireEditor();
  const id = parseId(rawId);
  if (!id) return null;
  return db().entity.findUnique({
    where: { id },
    select: {
      ...ENTITY_CARD,
      url: true,
      version: true,
      mergedAt: true,
      mergedInto: { select: { id: true, nameHi: true, nameEn: true, slug: true } },
      members: {
        where: { mergedIntoId: null },
        orderBy: { searchKey: "asc" },
        take: 50,
        select: { id: true, kind: true, nameHi: true, nameEn: true, description: true },
      },
    },
  });
}
export type DeskEntity = NonNullable<Awaited<ReturnType<typeof getEntityForDesk>>>;

/** What points at each entity, for a merge's side-by-side comparison: six grouped counts in all. */
export async function entityUsage(ids: string[]) {
  await requireEditor();
  const where = { in: ids.slice(0, 10) };
  const [links, anonymous, outlets, members, origins] = await Promise.all([
    db().attributionLink.groupBy({
      by: ["entityId", "role"],
      where: { entityId: where },
      _count: true,
    }),
    db().attributionLink.groupBy({
      by: ["affiliationId"],
      where: { affiliationId: where },
      _count: true,
    }),
    db().article.groupBy({ by: ["outletId"], where: { outletId: where }, _count: true }),
    db().entity.groupBy({
      by: ["affiliationId"],
      where: { affiliationId: where, mergedIntoId: null },
      _count: true,
    }),
    db().verdict.groupBy({ by: ["originatorId"], where: { originatorId: where }, _count: true }),
  ]);
  const count = <T extends { _count: number }>(rows: T[], pick: (r: T) => boolean) =>
    rows.filter(pick).reduce((n, r) => n + r._count, 0);
  return Object.fromEntries(
    ids.map((id) => [
      id,
      {
        said: count(links, (r) => r.entityId === id && r.role === "SPEAKER"),
        relayed: count(links, (r) => r.entityId === id && r.role === "RELAY"),
        anonymousSources: count(anonymous, (r) => r.affiliationId === id),
        outletArticles: count(outlets, (r) => r.outletId === id),
        members: count(members, (r) => r.affiliationId === id),
        originatorVerdicts: count(origins, (r) => r.originatorId === id),
      },
    ]),
  );
}
export type EntityUsage = Awaited<ReturnType<typeof entityUsage>>[string];
