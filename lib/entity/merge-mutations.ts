// Two registry entries found to be one: everything that points at the loser moves to the survivor in
// one transaction, the loser's names become the survivor's aliases, and the loser stays (marked
// merged, slug kept) so its public address can redirect and its history can explain what happened.
// Server only.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, err, forbidden, invalid, notFound } from "../errors";
import {
  type Approval,
  claimApproval,
  needsReview,
  proposeChange,
  type ReviewNeeded,
} from "../reviewed-change/mutations";
import { publishedFootprintOfEntities } from "../reviewed-change/published-footprint";
import { searchFields } from "./create-mutations";
import {
  affiliationLeadsTo,
  auditRow,
  dedupeByFold,
  publishedClaimsNaming,
  purgePublicClaims,
} from "./edit-mutations";
import { sharedNames } from "./names";
import type { MergeEntityData } from "./schema";

const ROMANISED_ONLY_MESSAGE = "entity.romanisedOnly";

export interface MergeEntityResult {
  survivorId: string;
  moved: MovedCounts;
}

interface MovedCounts {
  attributions: number;
  anonymousAffiliations: number;
  outletArticles: number;
  members: number;
  originatorVerdicts: number;
  earlierMerges: number;
  aliasesAdded: string[];
}

/**
 * Merges `loserId` into `survivorId`. Refused: the same entity; either already merged; different
 * kinds (a person is never an outlet); one belonging to the other (a ministry into its own official);
 * a match on romanised names alone unless the editor confirms it. Both versions are checked, so a
 * merge never acts on an entry edited since the editor compared them.
 */
export async function mergeEntities(
  actorId: string,
  input: MergeEntityData,
  // Set when a second editor approves this merge (lib/review/change-request-mutations.ts): it is applied.
  approval?: Approval,
): Promise<MergeEntityResult | ReviewNeeded> {
  if (input.loserId === input.survivorId) throw invalid("entity.mergeIntoItself");
  const result = await db().$transaction(async (tx) => {
    // Both rows locked first, in id order: two merges of the same pair (either way round) queue up
    // instead of deadlocking, and the second then sees the first's result. FOR UPDATE also waits for
    // transactions still inserting a chain link that points at either row (their foreign-key check
    // holds a KEY SHARE lock), so no link written meanwhile is left behind on the loser.
    const ids = [input.loserId, input.survivorId].sort();
    await tx.$queryRaw`SELECT id FROM "Entity" WHERE id IN (${ids[0]}, ${ids[1]}) ORDER BY id FOR UPDATE`;
    const [loser, survivor] = await Promise.all([
      tx.entity.findUnique({ where: { id: input.loserId } }),
      tx.entity.findUnique({ where: { id: input.survivorId } }),
    ]);
    if (!loser || !survivor) throw notFound("entity");
    if (loser.mergedIntoId || survivor.mergedIntoId) throw forbidden("entity.alreadyMerged");
    if (loser.version !== input.loserVersion || survivor.version !== input.survivorVersion)
      throw conflict("stale.entityCompared");
    if (loser.kind !== survivor.kind) throw invalid("entity.differentKinds");
    if (
      (await affiliationLeadsTo(tx, survivor.id, loser.id)) ||
      (await affiliationLeadsTo(tx, loser.id, survivor.id))
    )
      throw invalid("entity.belongsToOther");
    if (!sharedNames(loser, survivor).devanagari && !input.confirmSameIdentity)
      throw invalid(ROMANISED_ONLY_MESSAGE, {
        confirmSameIdentity: [err("entity.tickRomanised")],
      });

    if (approval) await claimApproval(tx, approval, "ENTITY_MERGE");
    else {
      // Readers of a published fact check that names the loser would see the survivor's name in its
      // place; those naming the survivor see it change only when the loser fills an empty name or link.
      const fills =
        (!survivor.nameHi && !!loser.nameHi) ||
        (!survivor.nameEn && !!loser.nameEn) ||
        (!survivor.url && !!loser.url);
      const published = await publishedFootprintOfEntities(
        tx,
        fills ? [loser.id, survivor.id] : [loser.id],
      );
      if (published > 0)
        return proposeChange(tx, actorId, {
          kind: "ENTITY_MERGE",
          targetId: loser.id,
          payload: input,
          published,
        });
    }
    const from = loser.id;
    const [
      attributions,
      anonymousAffiliations,
      outletArticles,
      members,
      originatorVerdicts,
      earlier,
    ] = [
      await tx.attributionLink.updateMany({
        where: { entityId: from },
        data: { entityId: survivor.id },
      }),
      await tx.attributionLink.updateMany({
        where: { affiliationId: from },
        data: { affiliationId: survivor.id },
      }),
      await tx.article.updateMany({ where: { outletId: from }, data: { outletId: survivor.id } }),
      await tx.entity.updateMany({
        where: { affiliationId: from },
        data: { affiliationId: survivor.id },
      }),
      await tx.verdict.updateMany({
        where: { originatorId: from },
        data: { originatorId: survivor.id },
      }),
      // Entries merged into the loser earlier now lead straight to the survivor (one redirect).
      await tx.entity.updateMany({
        where: { mergedIntoId: from },
        data: { mergedIntoId: survivor.id },
      }),
    ];

    const aliases = dedupeByFold(
      [...survivor.aliases, loser.nameHi ?? "", loser.nameEn ?? "", ...loser.aliases],
      [survivor.nameHi ?? "", survivor.nameEn ?? ""],
    );
    const aliasesAdded = aliases.filter((a) => !survivor.aliases.includes(a));
    // Empty fields of the survivor take the loser's: nothing the loser knew is lost.
    const names = {
      nameHi: survivor.nameHi ?? loser.nameHi,
      nameEn: survivor.nameEn ?? loser.nameEn,
      aliases: dedupeByFold(aliases, [
        survivor.nameHi ?? loser.nameHi ?? "",
        survivor.nameEn ?? loser.nameEn ?? "",
      ]),
    };
    const now = new Date();
    const kept = await tx.entity.updateMany({
      where: { id: survivor.id, version: survivor.version },
      data: {
        ...names,
        description: survivor.description ?? loser.description,
        url: survivor.url ?? loser.url,
        affiliationId: survivor.affiliationId ?? loser.affiliationId,
        ...searchFields(names),
        version: { increment: 1 },
      },
    });
    const gone = await tx.entity.updateMany({
      where: { id: loser.id, version: loser.version },
      data: { mergedIntoId: survivor.id, mergedAt: now, version: { increment: 1 } },
    });
    if (kept.count !== 1 || gone.count !== 1) throw conflict("stale.entityCompared");

    const moved: MovedCounts = {
      attributions: attributions.count,
      anonymousAffiliations: anonymousAffiliations.count,
      outletArticles: outletArticles.count,
      members: members.count,
      originatorVerdicts: originatorVerdicts.count,
      earlierMerges: earlier.count,
      aliasesAdded,
    };
    const [loserAfter, survivorAfter] = await Promise.all([
      tx.entity.findUniqueOrThrow({ where: { id: loser.id } }),
      tx.entity.findUniqueOrThrow({ where: { id: survivor.id } }),
    ]);
    const why = { reason: input.reason, confirmedSameIdentity: !!input.confirmSameIdentity };
    await recordAudit(tx, {
      actorId,
      action: "entity.merge",
      entityType: "Entity",
      entityId: loser.id,
      before: auditRow(loser),
      after: { ...auditRow(loserAfter), mergedIntoId: survivor.id, ...why, moved },
    });
    await recordAudit(tx, {
      actorId,
      action: "entity.merge-in",
      entityType: "Entity",
      entityId: survivor.id,
      before: auditRow(survivor),
      after: { ...auditRow(survivorAfter), mergedFromId: loser.id, ...why, moved },
    });
    return {
      survivorId: survivor.id,
      moved,
      purge: await publishedClaimsNaming(tx, [survivor.id]),
    };
  });
  if (needsReview(result)) return result;
  purgePublicClaims(result.purge);
  return { survivorId: result.survivorId, moved: result.moved };
}
