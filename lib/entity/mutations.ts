import type { Tx } from "../db";
import { notFound } from "../errors";

/**
 * The id of the registry entity a chain link names, checked to exist; a merged entity stands for its
 * survivor. Names are never created here: the picker adds them through the registry, which offers
 * an existing entity instead of a duplicate (typing "NK" and Enter used to create a person "NK").
 */
export async function resolveParty(tx: Tx, entityId: string): Promise<string> {
  const found = await tx.entity.findUnique({
    where: { id: entityId },
    select: { id: true, mergedIntoId: true },
  });
  if (!found) throw notFound("Entity");
  return found.mergedIntoId ?? found.id;
}
