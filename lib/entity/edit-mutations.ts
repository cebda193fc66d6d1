// Editing a registry entry: its names, kind, description, link and affiliation. Version-checked (two
// editors fixing one entry do not overwrite each other), duplicate-checked like a create, audited
// with before and after. Server only.
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import { conflict, err, forbidden, invalid, notFound } from "../errors";
import { invalidatePublicClaim, invalidatePublicEntities } from "../public-cache";
import {
  type Approval,
  claimApproval,
  proposeChange,
  type ReviewNeeded,
} from "../reviewed-change/mutations";
import {
  claimsNamingEntities,
  publishedFootprintOfEntities,
} from "../reviewed-change/published-footprint";
import { fold } from "../text/fold";
import { checkAffiliation, duplicatesAcknowledged, entityRow, sameNamed } from "./create-mutations";
import { namesOf } from "./names";
import type { UpdateEntityData } from "./schema";

// Published claims whose pages show an entity's name: purged after a rename or merge. Bounded, so an
// outlet with thousands of claims costs one capped query; the rest expire on the public cache's own
// timer (lib/public-cache.ts PUBLIC_REVALIDATE_SECONDS).
const PURGE_CAP = 500;

/** Published claims that name any of `ids` (in a chain, as an affiliation, as outlet, as originator). */
export async function publishedClaimsNaming(tx: Tx, ids: string[]) {
  const claims = await tx.claim.findMany({
    where: claimsNamingEntities(ids),
    take: PURGE_CAP,
    select: { slug: true, mentions: { select: { articleId: true }, take: 20 } },
  });
  return claims.map((c) => ({
    slug: c.slug,
    articleIds: [...new Set(c.mentions.map((m) => m.articleId))],
  }));
}

export function purgePublicClaims(claims: { slug: string; articleIds: string[] }[]) {
  for (const c of claims) invalidatePublicClaim(c.slug, c.articleIds);
  // Entity pages show names, aliases and affiliations even when no published claim needs a purge.
  invalidatePublicEntities();
}

/**
 * True when `orgId`'s chain of affiliations leads back to `selfId`: making self belong to it would
 * close a loop (a ministry that belongs to its own official). The walk is bounded.
 */
export async function affiliationLeadsTo(tx: Tx, orgId: string, selfId: string) {
  let cur: string | null = orgId;
  for (let step = 0; cur && step < 30; step++) {
    if (cur === selfId) return true;
    const row: { affiliationId: string | null } | null = await tx.entity.findUnique({
      where: { id: cur },
      select: { affiliationId: true },
    });
    cur = row?.affiliationId ?? null;
  }
  return false;
}

export type UpdateEntityResult =
  | { saved: true; version: number; slug: string }
  | { saved: false; duplicates: Awaited<ReturnType<typeof sameNamed>> }
  | ({ saved: false; duplicates: [] } & ReviewNeeded);

// What a published fact check shows of an entity it names (lib/claim/dossier-query.ts `party`:
// names, kind, link; the description, aliases and affiliation serve the desk and the entity page).
const SHOWN = ["kind", "nameHi", "nameEn", "url"] as const;

/**
 * Saves an edit made from `version`. A name this entity did not have before that another live entity
 * has is refused the way a create is (offered back as duplicates); names it already had are not
 * re-asked, so fixing a description does not re-open a question answered when it was created.
 * The slug stays: it is a public address.
 */
export async function updateEntity(
  actorId: string,
  input: UpdateEntityData,
  // Set when a second editor approves this edit (lib/review/change-request-mutations.ts): it is applied.
  approval?: Approval,
): Promise<UpdateEntityResult> {
  const result = await db().$transaction(async (tx) => {
    const before = await tx.entity.findUnique({ where: { id: input.entityId } });
    if (!before) throw notFound("entity");
    if (before.mergedIntoId) throw forbidden("entity.mergedEditOther");
    if (before.version !== input.version) throw conflict("stale.entity");
    const names = {
      nameHi: input.nameHi ?? null,
      nameEn: input.nameEn ?? null,
      aliases: dedupeByFold(input.aliases, [input.nameHi ?? "", input.nameEn ?? ""]),
    };
    const had = new Set(namesOf(before).map((n) => fold(n).trim()));
    const added = namesOf(names).filter((n) => !had.has(fold(n).trim()));
    const duplicates = await sameNamed(tx, added, before.id);
    if (!duplicatesAcknowledged(duplicates, input)) return { saved: false as const, duplicates };

    const affiliationId = await checkAffiliation(tx, input.affiliationId, before.id);
    if (affiliationId && (await affiliationLeadsTo(tx, affiliationId, before.id)))
      throw invalid("entity.affiliationLoop", {
        affiliationId: [err("entity.pickNotBelonging")],
      });
    const row = entityRow(input, names, affiliationId);
    if (approval) await claimApproval(tx, approval, "ENTITY_UPDATE");
    else if (SHOWN.some((k) => row[k] !== before[k])) {
      // Readers of a published fact check would see this (the ClaimReview's author renamed): held
      // for a second editor. An entry no published claim names is edited directly.
      const published = await publishedFootprintOfEntities(tx, [before.id]);
      if (published > 0) {
        const held = await proposeChange(tx, actorId, {
          kind: "ENTITY_UPDATE",
          targetId: before.id,
          payload: input,
          published,
        });
        return { saved: false as const, duplicates: [] as [], ...held };
      }
    }
    const { count } = await tx.entity.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...row, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict("stale.entity");
    const after = await tx.entity.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId,
      action: "entity.update",
      entityType: "Entity",
      entityId: before.id,
      before: auditRow(before),
      after: auditRow(after),
    });
    return {
      saved: true as const,
      version: after.version,
      slug: after.slug,
      purge: await publishedClaimsNaming(tx, [before.id]),
    };
  });
  if (!result.saved) return result;
  purgePublicClaims(result.purge);
  return { saved: true, version: result.version, slug: result.slug };
}

/** Names kept once each, by their folded form (ज़ and ज, Kim and KIM), the first spelling winning. */
export function dedupeByFold(names: string[], skip: string[] = []): string[] {
  const seen = new Set(skip.map((n) => fold(n).trim()));
  const out: string[] = [];
  for (const n of names) {
    const key = fold(n).trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

/** What the history shows of an entity: its own fields, not search columns or bookkeeping. */
export function auditRow(e: {
  id: string;
  slug: string;
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  url: string | null;
  affiliationId: string | null;
  version: number;
  mergedIntoId?: string | null;
}) {
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    nameHi: e.nameHi,
    nameEn: e.nameEn,
    aliases: e.aliases,
    description: e.description,
    url: e.url,
    affiliationId: e.affiliationId,
    version: e.version,
    mergedIntoId: e.mergedIntoId ?? null,
  };
}
