// The verdict workflow: draft → in review → published, or back to draft with the reviewer's comment
// (the claim then SENT_BACK, the comment and a snapshot of what the reviewer read in its thread).
// Each step checks the claim's state too, so a leftover or stale verdict can never move a claim
// that is not where the step expects it (a published check must not drop offline through a draft).

import { NO_ORIGINATOR, type OriginatorValues } from "../attribution/originator";
import { recordAudit } from "../audit";
import { claimContributorIds } from "../claim/contributors";
import { isBeingWorkedOn } from "../claim/policy";
import { db, type Tx } from "../db";
import { conflict, type ErrorDescriptor, err, forbidden, invalid, notFound } from "../errors";
import {
  notifyPublished,
  notifyReadyForReview,
  notifySentBack,
} from "../notification/notify-mutations";
import { invalidatePublicClaim } from "../public-cache";
import { recordResubmitNote, recordSendBack } from "../review/mutations";
import type { SessionUser } from "../user/session-user";
import { canEditVerdict, canReviewVerdict, canSubmitVerdict } from "./policy";
import type { SaveVerdictData } from "./schema";

const STALE = "stale.verdict";
const ONE_OPEN_VERDICT = "verdict.oneOpen";

async function loadVerdict(tx: Tx, verdictId: string) {
  const v = await tx.verdict.findUnique({
    where: { id: verdictId },
    include: {
      contributors: { select: { userId: true } },
      claim: { select: { status: true, retractedAt: true } },
      correction: { select: { id: true, kind: true, publishedAt: true } },
    },
  });
  if (!v) throw notFound("verdict");
  const { contributors, claim, correction, ...row } = v;
  return {
    row,
    claimStatus: claim.status,
    // A verdict that corrects a published one moves through review while its claim stays
    // PUBLISHED: readers keep the previous version until the correction is approved.
    correction: correction && !correction.publishedAt ? correction : null,
    retracted: !!claim.retractedAt,
    contributorIds: contributors.map((c) => c.userId),
    // Who changed the claim's wording, chains or sources: writers of the fact check too (issue 16).
    claimContributorIds: await claimContributorIds(tx, v.claimId),
  };
}

type Loaded = Awaited<ReturnType<typeof loadVerdict>>;
const event = (actor: SessionUser, v: Loaded) => ({ claimId: v.row.claimId, actorId: actor.id });
// The author is a contributor from the first save; named too for verdicts from before that rule.
const writersOf = (v: Loaded) => [v.row.authorId, ...v.contributorIds];

/** Moves a verdict on only if it is still at the version the editor saw. */
async function bumpVerdict(
  tx: Tx,
  verdictId: string,
  version: number,
  data: Parameters<Tx["verdict"]["updateMany"]>[0]["data"],
) {
  const { count } = await tx.verdict.updateMany({
    where: { id: verdictId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw conflict(STALE);
  return tx.verdict.findUniqueOrThrow({ where: { id: verdictId } });
}

type DraftFields = {
  ratingId: string;
  summaryHi: string;
  summaryEn: string | null;
  rationale: string;
} & OriginatorValues;

/**
 * The who-it-really-came-from fields as they will be saved. Ids come from the client: the entity
 * must be live, the evidence one of this claim's sources, and each marked appearance one of this
 * claim's, or the draft is refused with the field to fix.
 */
export async function checkedOriginator(
  tx: Tx,
  claimId: string,
  input: Pick<
    SaveVerdictData,
    "originatorId" | "originatorEvidenceId" | "originatorNote" | "misattributedMentionIds"
  >,
): Promise<OriginatorValues> {
  // The schema already refused evidence, a note or marked appearances without an originator.
  if (!input.originatorId) return NO_ORIGINATOR;
  const entity = await tx.entity.findUnique({
    where: { id: input.originatorId },
    select: { id: true, mergedIntoId: true },
  });
  if (!entity || entity.mergedIntoId)
    throw invalid("verdict.unknownOriginator", {
      originatorId: [err("verdict.originatorAgain")],
    });
  const evidence = input.originatorEvidenceId
    ? await tx.evidence.findUnique({
        where: { id: input.originatorEvidenceId },
        select: { claimId: true },
      })
    : null;
  if (evidence?.claimId !== claimId)
    throw invalid("verdict.sourceNotThisClaims", {
      originatorEvidenceId: [err("verdict.chooseThisClaimsSource")],
    });
  const ids = [...new Set(input.misattributedMentionIds)];
  const found = ids.length
    ? await tx.mention.count({ where: { id: { in: ids }, claimId, retiredAt: null } })
    : 0;
  if (found !== ids.length)
    throw invalid("verdict.appearanceNotThisClaims", {
      misattributedMentionIds: [err("verdict.markOnlyThisClaims")],
    });
  return {
    originatorId: entity.id,
    originatorEvidenceId: input.originatorEvidenceId ?? null,
    originatorNote: input.originatorNote ?? null,
    misattributedMentionIds: ids,
  };
}

/** Edits a draft in the caller's transaction: the plain verdict form and the correction form share it. */
export async function editVerdictDraft(
  tx: Tx,
  actor: SessionUser,
  input: { claimId: string; verdictId: string; version?: number },
  fields: DraftFields,
): Promise<{ verdictId: string; version: number }> {
  const before = await loadVerdict(tx, input.verdictId);
  if (before.row.claimId !== input.claimId) throw invalid("verdict.claimMismatch");
  if (!canEditVerdict(actor, { ...before.row, contributorIds: before.contributorIds })) {
    throw forbidden(await notEditableWhy(tx, before.row));
  }
  const after = await bumpVerdict(tx, before.row.id, input.version ?? -1, fields);
  // Whoever edits a draft is one of its writers from now on, and so cannot review it.
  await tx.verdictContributor.createMany({
    data: [{ verdictId: after.id, userId: actor.id }],
    skipDuplicates: true,
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "verdict.update",
    entityType: "Verdict",
    entityId: after.id,
    before: before.row,
    after,
  });
  return { verdictId: after.id, version: after.version };
}

/**
 * Why a save was refused. The common case after a hand-over is the giver's second tab or a save
 * racing the hand-over: they are told who holds the draft now, and that their text is still there.
 */
async function notEditableWhy(
  tx: Tx,
  v: { status: string; authorId: string },
): Promise<ErrorDescriptor> {
  if (v.status !== "DRAFT") return err("verdict.onlyDraftEdited");
  const holder = await tx.user.findUnique({ where: { id: v.authorId }, select: { name: true } });
  return holder ? err("verdict.heldBy", { name: holder.name }) : err("verdict.heldByAnother");
}

export const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === "P2002";

export async function saveVerdictDraft(
  actor: SessionUser,
  input: SaveVerdictData,
): Promise<{ verdictId: string; version: number }> {
  try {
    return await db().$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({
        where: { id: input.claimId },
        select: { id: true, status: true },
      });
      if (!claim) throw notFound("claim");
      const rating = await tx.rating.findUnique({
        where: { id: input.ratingId },
        select: { id: true },
      });
      if (!rating)
        throw invalid("verdict.unknownRating", { ratingId: [err("verdict.chooseRatingFromList")] });
      const fields = {
        ratingId: input.ratingId,
        summaryHi: input.summaryHi,
        summaryEn: input.summaryEn ?? null,
        rationale: input.rationale,
        ...(await checkedOriginator(tx, claim.id, input)),
      };

      if (!input.verdictId) {
        if (!isBeingWorkedOn(claim.status)) throw forbidden("verdict.alreadyHasVerdict");
        const open = await tx.verdict.findFirst({
          where: { claimId: claim.id, status: { not: "PUBLISHED" } },
          select: { id: true },
        });
        if (open) throw conflict(ONE_OPEN_VERDICT);
        const v = await tx.verdict.create({
          data: {
            claimId: claim.id,
            authorId: actor.id,
            ...fields,
            contributors: { create: { userId: actor.id } },
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "verdict.create",
          entityType: "Verdict",
          entityId: v.id,
          after: v,
        });
        return { verdictId: v.id, version: v.version };
      }
      return editVerdictDraft(tx, actor, { ...input, verdictId: input.verdictId }, fields);
    });
  } catch (e) {
    // Two first drafts saved at the same moment: the database's one-unpublished-verdict index decides.
    if (isUniqueViolation(e)) throw conflict(ONE_OPEN_VERDICT);
    throw e;
  }
}

export async function submitVerdictForReview(
  actor: SessionUser,
  verdictId: string,
  version: number,
  // The author's word to the reviewer on submitting again; kept in the review thread.
  note?: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await loadVerdict(tx, verdictId);
    if (!canSubmitVerdict(actor, { ...before.row, contributorIds: before.contributorIds })) {
      throw forbidden("verdict.onlyWriterSubmits");
    }
    if (
      before.correction
        ? before.claimStatus !== "PUBLISHED" || before.retracted
        : !isBeingWorkedOn(before.claimStatus)
    ) {
      throw forbidden("verdict.cannotSubmit");
    }
    const sources = await tx.evidence.count({ where: { claimId: before.row.claimId } });
    if (sources === 0) {
      throw invalid("verdict.needsSource", { _form: [err("verdict.needsSourceForm")] });
    }
    const after = await bumpVerdict(tx, verdictId, version, {
      status: "IN_REVIEW",
      submittedAt: new Date(),
      reviewComment: null,
    });
    // Whoever changed the claim's wording, appearances or sources wrote this fact check too: kept
    // with the verdict, so its credit (page, API, reports) names them and none of them reviews it.
    await tx.verdictContributor.createMany({
      data: before.claimContributorIds.map((userId) => ({ verdictId, userId })),
      skipDuplicates: true,
    });
    if (!before.correction) {
      // A withdrawn claim never goes to review (nor, then, to readers): restore it first.
      const { count } = await tx.claim.updateMany({
        where: { id: before.row.claimId, withdrawnAt: null },
        data: { status: "IN_REVIEW" },
      });
      if (count === 0) throw forbidden("verdict.claimWithdrawn");
    }
    if (note) await recordResubmitNote(tx, actor, before.row, note);
    await notifyReadyForReview(tx, event(actor, before), writersOf(before));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.submit",
      entityType: "Verdict",
      entityId: verdictId,
      before: before.row,
      after,
    });
  });
}

function assertReviewable(actor: SessionUser, before: Awaited<ReturnType<typeof loadVerdict>>) {
  const v = {
    ...before.row,
    contributorIds: [...before.contributorIds, ...before.claimContributorIds],
  };
  if (!canReviewVerdict(actor, v)) {
    const wrote = before.row.status === "IN_REVIEW";
    throw forbidden(wrote ? "verdict.wroteIt" : "verdict.notAwaitingReview");
  }
  // A correction is reviewed while its claim stays published; a first verdict while it is in review.
  const expected = before.correction ? "PUBLISHED" : "IN_REVIEW";
  if (before.claimStatus !== expected || before.retracted)
    throw forbidden("verdict.claimNotAwaitingReview");
}

export async function publishVerdict(
  actor: SessionUser,
  verdictId: string,
  version: number,
): Promise<{ slug: string }> {
  const result = await db().$transaction(async (tx) => {
    const before = await loadVerdict(tx, verdictId);
    assertReviewable(actor, before);
    const now = new Date();
    const after = await bumpVerdict(tx, verdictId, version, {
      status: "PUBLISHED",
      reviewerId: actor.id,
      publishedAt: now,
    });
    const claimBefore = await tx.claim.findUniqueOrThrow({ where: { id: before.row.claimId } });
    const claim = await tx.claim.update({
      where: { id: before.row.claimId },
      data: { status: "PUBLISHED", publishedAt: claimBefore.publishedAt ?? now },
      include: { mentions: { select: { articleId: true } } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.publish",
      entityType: "Verdict",
      entityId: verdictId,
      before: before.row,
      after,
    });
    await notifyPublished(tx, event(actor, before), writersOf(before));
    if (before.correction) {
      // The new version replaces the published one for readers; the old one stays in the database.
      const correction = await tx.correction.update({
        where: { id: before.correction.id },
        data: { publishedAt: now, approvedById: actor.id, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "correction.publish",
        entityType: "Correction",
        entityId: correction.id,
        before: before.correction,
        after: correction,
      });
    } else
      await recordAudit(tx, {
        actorId: actor.id,
        action: "claim.publish",
        entityType: "Claim",
        entityId: claim.id,
        before: { status: claimBefore.status },
        after: { status: claim.status, publishedAt: claim.publishedAt },
      });
    return { slug: claim.slug, articleIds: [...new Set(claim.mentions.map((m) => m.articleId))] };
  });
  // After the commit: readers must never be served a page built from a rolled-back publish.
  invalidatePublicClaim(result.slug, result.articleIds);
  return { slug: result.slug };
}

export async function sendVerdictBack(
  actor: SessionUser,
  verdictId: string,
  version: number,
  comment: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await loadVerdict(tx, verdictId);
    assertReviewable(actor, before);
    const after = await bumpVerdict(tx, verdictId, version, {
      status: "DRAFT",
      reviewComment: comment,
    });
    // A correction sent back leaves its claim published with the previous version.
    if (!before.correction)
      await tx.claim.update({ where: { id: before.row.claimId }, data: { status: "SENT_BACK" } });
    // Verdict.reviewComment keeps the latest reason for older readers of the row; the thread keeps
    // every round, with what the reviewer read.
    await recordSendBack(tx, actor, before.row, comment);
    await notifySentBack(tx, event(actor, before), writersOf(before));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.send-back",
      entityType: "Verdict",
      entityId: verdictId,
      before: before.row,
      after,
    });
  });
}
