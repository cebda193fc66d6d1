// A claim's life beyond its wording: withdrawn (kept, hidden, restorable) and merged into a duplicate
// (its appearances and sources move to the survivor, its address redirects there). Each runs in one
// transaction with its audit events, and each names the claim versions the editor read.
import { allRowsOrRefuse, ROWS_PER_CLAIM } from "../all-rows";
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import { conflict, type ErrorKey, forbidden, invalid, notFound } from "../errors";
import type { Claim } from "../generated/prisma/client";
import type { SessionUser } from "../user/session-user";
import { canEditClaimContent, WORKING_STATUSES } from "./policy";
import type { MergeClaimData, RestoreClaimData, WithdrawClaimData } from "./schema";

const STALE = "stale.claim";

/**
 * Loads a claim for a change to it or to what hangs on it (its sources, its appearances) and takes
 * its version: refused when the claim is locked, CONFLICT when someone saved it since `version` was
 * read. The update re-checks the state too: a verdict submitted meanwhile changes the status without
 * touching the version.
 */
export async function takeClaimVersion(
  tx: Tx,
  actor: SessionUser,
  claimId: string,
  version: number,
  lockedWhy: ErrorKey,
): Promise<Claim> {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw notFound("claim");
  if (!canEditClaimContent(actor, claim)) throw forbidden(lockedWhy);
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version, status: { in: [...WORKING_STATUSES] }, withdrawnAt: null },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw conflict(STALE);
  return claim;
}

const LOCKED_WITHDRAW = "claim.lockedWithdraw";

/** Withdraws an open claim: kept with its history, left out of lists, the queue, search and reports. */
export async function withdrawClaim(
  actor: SessionUser,
  input: WithdrawClaimData,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await takeClaimVersion(tx, actor, input.claimId, input.version, LOCKED_WITHDRAW);
    const after = await tx.claim.update({
      where: { id: before.id },
      data: { withdrawnAt: new Date(), withdrawnById: actor.id, withdrawReason: input.reason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.withdraw",
      entityType: "Claim",
      entityId: before.id,
      before,
      after,
    });
    return { version: after.version };
  });
}

/** Brings a withdrawn claim back. A merged claim cannot come back: its appearances live elsewhere now. */
export async function restoreClaim(
  actor: SessionUser,
  input: RestoreClaimData,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!before) throw notFound("claim");
    if (!before.withdrawnAt) throw invalid("claim.notWithdrawn");
    if (before.mergedIntoId) throw forbidden("claim.mergedElsewhere");
    const { count } = await tx.claim.updateMany({
      where: { id: before.id, version: input.version, withdrawnAt: { not: null } },
      data: {
        withdrawnAt: null,
        withdrawnById: null,
        withdrawReason: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(STALE);
    const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.restore",
      entityType: "Claim",
      entityId: before.id,
      before,
      after,
    });
    return { version: after.version };
  });
}

const LOCKED_MERGE = "claim.lockedMerge";

/**
 * Merges a duplicate (the loser) into another claim (the survivor). Appearances and sources move,
 * except exact duplicates of what the survivor already has (the same article and span; the same
 * source with the same stance), which stay with the loser and are named in the audit events. The
 * loser is withdrawn and points at the survivor. A verdict on the loser blocks the merge: a draft
 * would be lost silently, and which one to keep is the editors' call.
 */
export async function mergeClaim(
  actor: SessionUser,
  input: MergeClaimData,
): Promise<{ survivorId: string; movedMentions: number; movedEvidence: number }> {
  if (input.claimId === input.intoId) throw invalid("claim.mergeIntoItself");
  return db().$transaction(async (tx) => {
    const loser = await takeClaimVersion(tx, actor, input.claimId, input.version, LOCKED_MERGE);
    const survivor = await takeClaimVersion(
      tx,
      actor,
      input.intoId,
      input.intoVersion,
      LOCKED_MERGE,
    );
    const verdicts = await tx.verdict.count({ where: { claimId: loser.id } });
    if (verdicts > 0) throw forbidden("claim.hasVerdictDraft");

    // Every appearance and source of the two claims: a merge moves or matches each one (nothing
    // dropped silently), and their number is one claim's, not the archive's. Past the cap the merge
    // is refused rather than moving part of them (lib/all-rows.ts).
    const take = ROWS_PER_CLAIM + 1;
    const [loserMentions, loserEvidence, keptMentions, keptEvidence] = await Promise.all([
      tx.mention.findMany({ where: { claimId: loser.id }, orderBy: { createdAt: "asc" }, take }),
      tx.evidence.findMany({ where: { claimId: loser.id }, orderBy: { createdAt: "asc" }, take }),
      tx.mention.findMany({ where: { claimId: survivor.id }, take }),
      tx.evidence.findMany({ where: { claimId: survivor.id }, take }),
    ]);
    allRowsOrRefuse(loserMentions, ROWS_PER_CLAIM, "appearances");
    allRowsOrRefuse(keptMentions, ROWS_PER_CLAIM, "appearances");
    allRowsOrRefuse(loserEvidence, ROWS_PER_CLAIM, "sources");
    allRowsOrRefuse(keptEvidence, ROWS_PER_CLAIM, "sources");
    const spanKey = (m: { articleId: string; start: number; end: number }) =>
      `${m.articleId}:${m.start}:${m.end}`;
    const citeKey = (e: { sourceId: string; stance: string }) => `${e.sourceId}:${e.stance}`;
    const spans = new Set(keptMentions.map(spanKey));
    const cites = new Set(keptEvidence.map(citeKey));
    const moveMentions = loserMentions.filter((m) => !spans.has(spanKey(m)));
    const skipMentions = loserMentions.filter((m) => spans.has(spanKey(m)));
    const moveEvidence = loserEvidence.filter((e) => !cites.has(citeKey(e)));
    const skipEvidence = loserEvidence.filter((e) => cites.has(citeKey(e)));

    await tx.mention.updateMany({
      where: { id: { in: moveMentions.map((m) => m.id) } },
      data: { claimId: survivor.id },
    });
    await tx.evidence.updateMany({
      where: { id: { in: moveEvidence.map((e) => e.id) } },
      data: { claimId: survivor.id },
    });
    const now = new Date();
    const loserAfter = await tx.claim.update({
      where: { id: loser.id },
      data: {
        mergedIntoId: survivor.id,
        mergedAt: now,
        withdrawnAt: now,
        withdrawnById: actor.id,
        withdrawReason: `Merged into another claim: ${survivor.textHi}`.slice(0, 1000),
      },
    });
    const survivorAfter = await tx.claim.findUniqueOrThrow({ where: { id: survivor.id } });
    const moved = {
      movedMentionIds: moveMentions.map((m) => m.id),
      movedEvidenceIds: moveEvidence.map((e) => e.id),
      // Exact duplicates of what the survivor already had: left on the merged claim, not moved.
      skippedMentions: skipMentions.map((m) => ({
        id: m.id,
        articleId: m.articleId,
        start: m.start,
        end: m.end,
      })),
      skippedEvidence: skipEvidence.map((e) => ({
        id: e.id,
        sourceId: e.sourceId,
        stance: e.stance,
      })),
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.merge",
      entityType: "Claim",
      entityId: loser.id,
      before: {
        ...loser,
        mentionIds: loserMentions.map((m) => m.id),
        evidenceIds: loserEvidence.map((e) => e.id),
      },
      after: { ...loserAfter, ...moved },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.merge-in",
      entityType: "Claim",
      entityId: survivor.id,
      before: {
        ...survivor,
        mentionIds: keptMentions.map((m) => m.id),
        evidenceIds: keptEvidence.map((e) => e.id),
      },
      after: { ...survivorAfter, mergedFromId: loser.id, ...moved },
    });
    return {
      survivorId: survivor.id,
      movedMentions: moveMentions.length,
      movedEvidence: moveEvidence.length,
    };
  });
}
