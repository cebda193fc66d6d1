import "server-only";
import { db } from "../db";
import type { EntityKind } from "../generated/prisma/enums";
import { requireEditor } from "../require-editor";
import { fold } from "../text/fold";
import { ENTITY_CARD, likeEscape } from "./registry";
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
export type EntitySuggestion = Awaited<ReturnType<typeof findEntities>>[number];

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
