// Writes to a claim's review thread. The verdict workflow (lib/verdict/mutations.ts) calls the
// send-back and resubmit helpers inside its own transaction, so a verdict never changes state
// without its comment, and the comment never outlives a rolled-back transition.
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import { forbidden, notFound } from "../errors";
import type { Prisma, ReviewCommentKind } from "../generated/prisma/client";
import { notifyComment } from "../notification/notify-mutations";
import type { SessionUser } from "../user/session-user";
import { canCommentOnReview } from "./policy";
import { snapshotOf } from "./snapshot";

type VerdictSeen = {
  id: string;
  claimId: string;
  summaryHi: string;
  summaryEn: string | null;
  rationale: string;
  ratingId: string;
  originatorId?: string | null;
  originatorEvidenceId?: string | null;
  originatorNote?: string | null;
  misattributedMentionIds?: string[];
};

/** The claim as the reviewer read it, in the shape lib/review/snapshot.ts compares. */
async function readSnapshot(tx: Tx, v: VerdictSeen) {
  // One after the other: queries in a transaction share one connection.
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: v.claimId },
    select: {
      textHi: true,
      textEn: true,
      topic: true,
      mentions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          exact: true,
          article: { select: { title: true } },
          attribution: {
            orderBy: { position: "asc" },
            select: {
              role: true,
              verb: true,
              anonymousAs: true,
              entity: { select: { nameHi: true, nameEn: true } },
              affiliation: { select: { nameHi: true, nameEn: true } },
            },
          },
        },
      },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stance: true,
          quote: true,
          source: { select: { title: true, url: true } },
        },
      },
    },
  });
  const rating = await tx.rating.findUniqueOrThrow({
    where: { id: v.ratingId },
    select: { labelHi: true, labelEn: true },
  });
  const originator = v.originatorId
    ? await tx.entity.findUnique({
        where: { id: v.originatorId },
        select: { nameHi: true, nameEn: true },
      })
    : null;
  return snapshotOf({
    ...claim,
    mentions: claim.mentions.map((m) => ({ ...m, chain: m.attribution })),
    verdict: { ...v, rating, originator },
  });
}

/** Rounds are counted by send-backs: the first submission is round 1, each send-back ends one. */
const sendBacksSoFar = (tx: Tx, verdictId: string) =>
  tx.reviewComment.count({ where: { verdictId, kind: "SEND_BACK" } });

async function writeComment(
  tx: Tx,
  actor: SessionUser,
  v: { id: string; claimId: string },
  kind: ReviewCommentKind,
  body: string,
  snapshot?: Prisma.InputJsonValue,
) {
  const comment = await tx.reviewComment.create({
    data: {
      claimId: v.claimId,
      verdictId: v.id,
      authorId: actor.id,
      kind,
      body,
      round: (await sendBacksSoFar(tx, v.id)) + 1,
      snapshot,
    },
  });
  const { snapshot: _s, ...row } = comment;
  await recordAudit(tx, {
    actorId: actor.id,
    action: `review.${kind === "SEND_BACK" ? "send-back" : kind === "COMMENT" ? "comment" : "resubmit-note"}`,
    entityType: "ReviewComment",
    entityId: comment.id,
    after: row,
  });
  return comment;
}

/** The reviewer's reason, with a snapshot of what they read for the next round's comparison. */
export async function recordSendBack(tx: Tx, actor: SessionUser, v: VerdictSeen, body: string) {
  const snapshot = await readSnapshot(tx, v);
  return writeComment(tx, actor, v, "SEND_BACK", body, snapshot as Prisma.InputJsonValue);
}

/** The author's note on submitting again (what they changed, what they did not and why). */
export function recordResubmitNote(
  tx: Tx,
  actor: SessionUser,
  v: { id: string; claimId: string },
  body: string,
) {
  return writeComment(tx, actor, v, "RESUBMIT_NOTE", body);
}

/** A remark in the thread by the verdict's writer or its reviewer, on the claim's unpublished verdict. */
export async function addReviewComment(
  actor: SessionUser,
  input: { claimId: string; body: string },
): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const verdict = await tx.verdict.findFirst({
      where: { claimId: input.claimId, status: { not: "PUBLISHED" } },
      select: {
        id: true,
        claimId: true,
        status: true,
        authorId: true,
        contributors: { select: { userId: true } },
        reviewThread: { where: { kind: "SEND_BACK" }, select: { authorId: true } },
      },
    });
    if (!verdict) {
      if (!(await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } })))
        throw notFound("claim");
      throw forbidden("review.noVerdictToComment");
    }
    const thread = {
      verdictStatus: verdict.status,
      authorId: verdict.authorId,
      contributorIds: verdict.contributors.map((c) => c.userId),
      reviewerIds: verdict.reviewThread.map((c) => c.authorId),
    };
    if (!canCommentOnReview(actor, thread)) throw forbidden("review.onlyThread");
    const c = await writeComment(tx, actor, verdict, "COMMENT", input.body);
    await notifyComment(tx, { claimId: verdict.claimId, actorId: actor.id }, [
      thread.authorId,
      ...thread.contributorIds,
      ...thread.reviewerIds,
    ]);
    return { id: c.id };
  });
}
