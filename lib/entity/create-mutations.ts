// The registry's core, shared by every path that adds a name: duplicate detection by folded name or
// alias (किम जोंग उन typed with other Unicode, or its English spelling, is the same key), a readable
// unique slug, and the create itself with its audit event. Server only (takes a transaction).
import crypto from "node:crypto";
import { recordAudit } from "../audit";
import type { Tx } from "../db";
import { err, invalid } from "../errors";
import { fold } from "../text/fold";
import { slugify } from "../text/slug";
import { ENTITY_CARD } from "./card";
import { lockLiveEntities } from "./mutations";
import { likeEscape, namesOf } from "./names";
import type { CreateEntityData } from "./schema";
import { entitySearchKey, type NamedEntity } from "./search-key";

/** A name without the spaces and marks people type between its letters: B.B.C. and बी बी सी are BBC. */
const compact = (folded: string) => folded.replace(/[\s.'’-]+/gu, "");

/**
 * Live entities one of whose folded names or aliases equals one of `names` folded, or equals it once
 * spaces, dots, hyphens and apostrophes are dropped ("B.B.C.", "बी बी सी" for BBC): the ones a new
 * entity with these names would duplicate. Candidates come from the trigram-indexed searchKey (and,
 * for the compact form, a scan of the registry's keys: only on adding or renaming), then the
 * comparison is made here (searchKey holds every name, so "contains" is only a filter).
 */
export async function sameNamed(tx: Tx, names: string[], excludeId?: string) {
  const keys = [...new Set(names.map((n) => fold(n).trim()).filter(Boolean))];
  if (keys.length === 0) return [];
  const compactKeys = [...new Set(keys.map(compact).filter((k) => k.length >= 2))];
  const byCompact = compactKeys.length
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Entity" WHERE "mergedIntoId" IS NULL
          AND regexp_replace("searchKey", '[[:space:].''’-]+', '', 'g')
            LIKE ANY(${compactKeys.map((k) => `%${likeEscape(k)}%`)})
        LIMIT 50`
    : [];
  const candidates = await tx.entity.findMany({
    where: {
      mergedIntoId: null,
      ...(excludeId ? { id: { not: excludeId } } : {}),
      OR: [
        ...keys.map((k) => ({ searchKey: { contains: likeEscape(k) } })),
        ...(byCompact.length ? [{ id: { in: byCompact.map((r) => r.id) } }] : []),
      ],
    },
    select: ENTITY_CARD,
    take: 50,
  });
  return candidates.filter((c) =>
    namesOf(c).some((n) => {
      const key = fold(n).trim();
      return keys.includes(key) || compactKeys.includes(compact(key));
    }),
  );
}

/** A slug from the English name (bbc, kim-jong-un), numbered if taken; entity-xxxxxx without one. */
async function uniqueEntitySlug(tx: Tx, nameEn?: string | null): Promise<string> {
  const base = slugify(nameEn, 6);
  if (base === "claim") return `entity-${crypto.randomBytes(3).toString("hex")}`;
  const taken = new Set(
    (
      await tx.entity.findMany({
        where: { slug: { startsWith: base } },
        select: { slug: true },
        take: 200,
      })
    ).map((e) => e.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; n < 200; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${crypto.randomBytes(3).toString("hex")}`;
}

/**
 * The stored key of an entity's names, which the picker matches on. (Its searchText, which the
 * registry list matches on, is written by the client itself: lib/search-text/write-extension.ts.)
 */
export const searchFields = (e: NamedEntity) => ({
  searchKey: entitySearchKey(e),
});

/** What a create or an edit writes from the form: kind, names, description, link, affiliation, keys. */
export function entityRow(
  input: { kind: CreateEntityData["kind"]; description?: string; url?: string },
  names: NamedEntity & { nameHi: string | null; nameEn: string | null; aliases: string[] },
  affiliationId: string | null,
) {
  return {
    kind: input.kind,
    ...names,
    description: input.description ?? null,
    url: input.url ?? null,
    affiliationId,
    ...searchFields(names),
  };
}

async function checkAffiliation(tx: Tx, affiliationId: string | undefined, selfId?: string) {
  if (!affiliationId) return null;
  if (affiliationId === selfId)
    throw invalid("entity.selfAffiliation", {
      affiliationId: [err("entity.pickOrganisation")],
    });
  // Locked like a chain's parties, so a merge running now cannot leave this pointing at its loser.
  const org = await lockLiveEntities(tx, [affiliationId], "affiliation");
  return org.get(affiliationId) ?? null;
}

/**
 * Whether the editor has answered every look-alike: false while one is not yet named "someone
 * else"; INVALID when all are but the description does not tell this one from them.
 */
export function duplicatesAcknowledged(
  duplicates: { id: string; description: string | null }[],
  input: { notADuplicateOf?: string[]; description?: string },
): boolean {
  const acknowledged = new Set(input.notADuplicateOf ?? []);
  if (duplicates.some((d) => !acknowledged.has(d.id))) return false;
  if (duplicates.length > 0) {
    const own = fold(input.description ?? "").trim();
    if (!own || duplicates.some((d) => fold(d.description ?? "").trim() === own))
      throw invalid("entity.sayHowDiffers", {
        description: [err("entity.shortDescription")],
      });
  }
  return true;
}

export type CreateEntityResult =
  | {
      created: true;
      entity: {
        id: string;
        slug: string;
        kind: string;
        nameHi: string | null;
        nameEn: string | null;
        aliases: string[];
      };
    }
  | { created: false; duplicates: Awaited<ReturnType<typeof sameNamed>> };

/**
 * Adds an entity, unless one of its names already belongs to another: then nothing is written and
 * the existing ones are returned for the editor to pick. Creating anyway needs the editor to name
 * each look-alike as "someone else" and a description that tells them apart, because two different
 * people can share a romanised spelling (and one person can have two).
 */
export async function createEntity(
  tx: Tx,
  actorId: string,
  input: CreateEntityData,
): Promise<CreateEntityResult> {
  const names = {
    nameHi: input.nameHi ?? null,
    nameEn: input.nameEn ?? null,
    aliases: input.aliases,
  };
  const duplicates = await sameNamed(tx, namesOf(names));
  if (!duplicatesAcknowledged(duplicates, input)) return { created: false, duplicates };
  const affiliationId = await checkAffiliation(tx, input.affiliationId);
  const entity = await tx.entity.create({
    data: {
      ...entityRow(input, names, affiliationId),
      slug: await uniqueEntitySlug(tx, input.nameEn),
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "entity.create",
    entityType: "Entity",
    entityId: entity.id,
    after: entity,
  });
  return {
    created: true,
    entity: {
      id: entity.id,
      slug: entity.slug,
      kind: entity.kind,
      nameHi: entity.nameHi,
      nameEn: entity.nameEn,
      aliases: entity.aliases,
    },
  };
}

export { checkAffiliation };
