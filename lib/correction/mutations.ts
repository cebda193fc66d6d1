// Changes to a published fact check (IFCN corrections policy). A correction or clarification is a
// new verdict version that goes through the ordinary review (lib/verdict/mutations.ts publishes it
// and stamps the correction); a retraction is approved here by a second editor. Nothing is deleted:
// the replaced verdict stays in the database and the claim stays public.
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import { conflict, err, forbidden, invalid, notFound } from "../errors";
import { invalidatePublicClaim } from "../public-cache";
import type { SessionUser } from "../user/session-user";
import { checkedOriginator, editVerdictDraft, isUniqueViolation } from "../verdict/mutations";
import { canEditVerdict } from "../verdict/policy";
import { canApproveRetraction, canChangePublished } from "./policy";
import type { RequestRetractionData, SaveCorrectionData } from "./schema";

const ONE_PENDING = "correction.onePending";
const NOT_PUBLISHED = "correction.notPublished";
const STALE = "stale.correction";

async function loadPublishedClaim(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { id: true, status: true, retractedAt: true },
  });
  if (!claim) throw notFound("claim");
  if (!canChangePublished(claim)) throw forbidden(NOT_PUBLISHED);
  const current = await tx.verdict.findFirst({
    where: { claimId, status: "PUBLISHED" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!current) throw forbidden(NOT_PUBLISHED);
  return { claim, currentVerdictId: current.id };
}

/**
 * Starts (no verdictId) or edits a correction: the new verdict draft and its public note together,
 * so the reviewer always approves a change with its explanation.
 */
export async function saveCorrection(
  actor: SessionUser,
  input: SaveCorrectionData,
): Promise<{ verdictId: string; version: number; correctionId: string }> {
  const verdictFields = {
    ratingId: input.ratingId,
    summaryHi: input.summaryHi,
    summaryEn: input.summaryEn ?? null,
    rationale: input.rationale,
  };
  const note = { kind: input.kind, noteHi: input.noteHi, noteEn: input.noteEn ?? null };
  try {
    return await db().$transaction(async (tx) => {
      const { claim, currentVerdictId } = await loadPublishedClaim(tx, input.claimId);
      const rating = await tx.rating.findUnique({ where: { id: input.ratingId } });
      if (!rating)
        throw invalid("verdict.unknownRating", { ratingId: [err("verdict.chooseRatingFromList")] });
      // The form starts from the published verdict's originator; the correction may change it.
      const fields = { ...verdictFields, ...(await checkedOriginator(tx, claim.id, input)) };

      if (input.verdictId) {
        const before = await tx.correction.findUnique({ where: { verdictId: input.verdictId } });
        if (!before || before.publishedAt || before.claimId !== claim.id)
          throw invalid("correction.notPendingCorrection");
        const saved = await editVerdictDraft(
          tx,
          actor,
          { claimId: claim.id, verdictId: input.verdictId, version: input.version },
          fields,
        );
        const after = await tx.correction.update({
          where: { id: before.id },
          data: { ...note, version: { increment: 1 } },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "correction.update",
          entityType: "Correction",
          entityId: after.id,
          before,
          after,
        });
        return { ...saved, correctionId: after.id };
      }

      const v = await tx.verdict.create({
        data: {
          claimId: claim.id,
          authorId: actor.id,
          ...fields,
          contributors: { create: { userId: actor.id } },
        },
      });
      const c = await tx.correction.create({
        data: {
          claimId: claim.id,
          ...note,
          verdictId: v.id,
          replacesId: currentVerdictId,
          requestedById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "verdict.create",
        entityType: "Verdict",
        entityId: v.id,
        after: v,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "correction.create",
        entityType: "Correction",
        entityId: c.id,
        after: c,
      });
      return { verdictId: v.id, version: v.version, correctionId: c.id };
    });
  } catch (e) {
    // One unpublished verdict and one pending change per claim: the partial unique indexes decide races.
    if (isUniqueViolation(e)) throw conflict(ONE_PENDING);
    throw e;
  }
}

export async function requestRetraction(
  actor: SessionUser,
  input: RequestRetractionData,
): Promise<{ correctionId: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const { claim, currentVerdictId } = await loadPublishedClaim(tx, input.claimId);
      const pendingVerdict = await tx.verdict.findFirst({
        where: { claimId: claim.id, status: { not: "PUBLISHED" } },
        select: { id: true },
      });
      if (pendingVerdict) throw conflict(ONE_PENDING);
      const c = await tx.correction.create({
        data: {
          claimId: claim.id,
          kind: "RETRACTION",
          noteHi: input.noteHi,
          noteEn: input.noteEn ?? null,
          replacesId: currentVerdictId,
          requestedById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "correction.create",
        entityType: "Correction",
        entityId: c.id,
        after: c,
      });
      return { correctionId: c.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(ONE_PENDING);
    throw e;
  }
}

async function loadRetraction(tx: Tx, correctionId: string) {
  const r = await tx.correction.findUnique({
    where: { id: correctionId },
    include: {
      claim: {
        select: { id: true, slug: true, status: true, retractedAt: true, mentions: true },
      },
    },
  });
  if (r?.kind !== "RETRACTION") throw notFound("retractionRequest");
  return r;
}

/** A second editor approves: the claim stays public, marked retracted, with the note. */
export async function approveRetraction(
  actor: SessionUser,
  correctionId: string,
  version: number,
): Promise<{ slug: string }> {
  const result = await db().$transaction(async (tx) => {
    const before = await loadRetraction(tx, correctionId);
    if (!canApproveRetraction(actor, before)) {
      throw forbidden(
        before.publishedAt ? "correction.retractionPublished" : "correction.askedRetraction",
      );
    }
    if (!canChangePublished(before.claim)) throw forbidden(NOT_PUBLISHED);
    const now = new Date();
    const { count } = await tx.correction.updateMany({
      where: { id: correctionId, version, publishedAt: null },
      data: { publishedAt: now, approvedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(STALE);
    await tx.claim.update({ where: { id: before.claim.id }, data: { retractedAt: now } });
    const { claim, ...row } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "correction.publish",
      entityType: "Correction",
      entityId: correctionId,
      before: row,
      after: { ...row, publishedAt: now, approvedById: actor.id, version: row.version + 1 },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.retract",
      entityType: "Claim",
      entityId: claim.id,
      before: { retractedAt: null },
      after: { retractedAt: now },
    });
    return { slug: claim.slug, articleIds: [...new Set(claim.mentions.map((m) => m.articleId))] };
  });
  // After the commit, as with publishing: readers must never see a rolled-back retraction.
  invalidatePublicClaim(result.slug, result.articleIds);
  return { slug: result.slug };
}

/**
 * Withdrawn by its requester or declined by a reviewer. It was never public, so the row goes; the
 * audit event keeps it whole.
 */
export async function withdrawRetraction(
  actor: SessionUser,
  correctionId: string,
  version: number,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await loadRetraction(tx, correctionId);
    if (before.publishedAt) throw forbidden("correction.cannotWithdrawPublished");
    const { count } = await tx.correction.deleteMany({
      where: { id: correctionId, version, publishedAt: null },
    });
    if (count === 0) throw conflict(STALE);
    const { claim: _claim, ...row } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: before.requestedById === actor.id ? "correction.withdraw" : "correction.decline",
      entityType: "Correction",
      entityId: correctionId,
      before: row,
    });
  });
}

/**
 * Abandons a correction that never reached readers: its draft verdict and the pending correction go
 * (the audit events keep both whole), so the claim is free for another change. Only while the draft
 * is a draft, and only by whoever may edit it; in review, the reviewer sends it back first.
 */
export async function discardCorrectionDraft(
  actor: SessionUser,
  correctionId: string,
  version: number,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const c = await tx.correction.findUnique({
      where: { id: correctionId },
      include: { verdict: { include: { contributors: { select: { userId: true } } } } },
    });
    if (!c?.verdict || c.publishedAt) throw notFound("pendingCorrection");
    const { verdict, ...row } = c;
    const contributorIds = verdict.contributors.map((x) => x.userId);
    if (!canEditVerdict(actor, { ...verdict, contributorIds }))
      throw forbidden("correction.onlyAuthorDiscards");
    const { count } = await tx.correction.deleteMany({
      where: { id: correctionId, version, publishedAt: null },
    });
    if (count === 0) throw conflict(STALE);
    await tx.verdict.delete({ where: { id: verdict.id } });
    const { contributors: _c, ...verdictRow } = verdict;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "correction.discard",
      entityType: "Correction",
      entityId: correctionId,
      before: row,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.discard",
      entityType: "Verdict",
      entityId: verdict.id,
      before: verdictRow,
    });
  });
}
