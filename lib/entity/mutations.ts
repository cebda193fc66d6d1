import { recordAudit } from "../audit";
import type { Tx } from "../db";
import { notFound } from "../errors";
import type { EntityKind } from "../generated/prisma/enums";
import { searchText } from "../search/fold";
import { fold } from "../text/fold";
import { entitySearchKey } from "./search-key";

const DEVANAGARI = /[\u0900-\u097F]/u;

/**
 * Returns the id of the entity a form named: an existing one (checked to exist), or a new one
 * created here. A "new" name that folds to an existing entity's name reuses that entity instead of
 * making a duplicate (editors type किम जोंग उन and किम जोंग उन with different Unicode).
 */
export async function resolveParty(
  tx: Tx,
  actorId: string,
  party: { entityId?: string; newEntityName?: string; newEntityKind?: EntityKind },
): Promise<string> {
  if (party.entityId) {
    const found = await tx.entity.findUnique({
      where: { id: party.entityId },
      select: { id: true, mergedIntoId: true },
    });
    if (!found) throw notFound("Entity");
    return found.mergedIntoId ?? found.id;
  }
  // The schema guarantees a name and a kind when no entity was picked.
  if (!party.newEntityName || !party.newEntityKind) throw notFound("Entity");
  const name = party.newEntityName.trim();
  const key = fold(name);
  const same = await tx.entity.findFirst({
    where: { searchKey: { contains: key } },
    select: { id: true, nameHi: true, nameEn: true, aliases: true },
  });
  if (same && [same.nameHi, same.nameEn, ...same.aliases].some((n) => n && fold(n) === key))
    return same.id;

  const names = DEVANAGARI.test(name)
    ? { nameHi: name, nameEn: null }
    : { nameHi: null, nameEn: name };
  const entity = await tx.entity.create({
    data: {
      kind: party.newEntityKind,
      ...names,
      aliases: [],
      searchKey: entitySearchKey(names),
      searchText: searchText([names.nameHi, names.nameEn]),
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "entity.create",
    entityType: "Entity",
    entityId: entity.id,
    after: entity,
  });
  return entity.id;
}
