// The two halves of a reviewed change that run inside the edit's own transaction: proposing it (the
// edit would change a published fact check, so it is recorded instead of applied) and claiming the
// approval (the approver's replay of the same edit marks the request approved, once). The mutations
// of entities, articles and appearances call these; lib/review/change-request-mutations.ts dispatches an
// approval to them. Server only (takes a transaction).
import { recordAudit } from "../audit";
import type { Tx } from "../db";
import { englishOf } from "../error-words";
import { conflict, err, forbidden } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ChangeRequestKind } from "../generated/prisma/enums";

/** An approval being applied: the request it settles and who approves it. */
export interface Approval {
  requestId: string;
  approverId: string;
}

/** What an edit answers when it was held for a second editor instead of applied. */
export interface ReviewNeeded {
  review: { requestId: string; published: number; message: string };
}

export const needsReview = (r: object): r is ReviewNeeded => "review" in r;

/**
 * Records the edit as a pending change request (its input, versions included, is replayed on
 * approval) and answers the editor. Nothing else of the edit is written.
 */
export async function proposeChange(
  tx: Tx,
  proposerId: string,
  change: { kind: ChangeRequestKind; targetId: string; payload: object; published: number },
): Promise<ReviewNeeded> {
  const request = await tx.changeRequest.create({
    data: {
      kind: change.kind,
      targetId: change.targetId,
      payload: JSON.parse(JSON.stringify(change.payload)) as Prisma.InputJsonValue,
      published: change.published,
      proposedById: proposerId,
    },
  });
  await recordAudit(tx, {
    actorId: proposerId,
    action: "change.propose",
    entityType: "ChangeRequest",
    entityId: request.id,
    after: { kind: change.kind, targetId: change.targetId, published: change.published },
  });
  return {
    review: {
      requestId: request.id,
      published: change.published,
      // The desk words it from `published` (errors.heldForReview); this is its English.
      message: englishOf(err("heldForReview", { count: change.published })),
    },
  };
}

/**
 * Marks the request approved inside the transaction that applies it, so the change and its approval
 * commit together or not at all. The proposer never approves their own change; a request decided
 * meanwhile (approved or rejected by someone else) is a conflict.
 */
export async function claimApproval(tx: Tx, approval: Approval, kind: ChangeRequestKind) {
  const request = await tx.changeRequest.findUnique({ where: { id: approval.requestId } });
  if (!request || request.kind !== kind) throw conflict("stale.changeNotPending");
  if (request.proposedById === approval.approverId) throw forbidden("review.proposedByYou");
  const { count } = await tx.changeRequest.updateMany({
    where: { id: request.id, status: "PENDING" },
    data: { status: "APPROVED", decidedById: approval.approverId, decidedAt: new Date() },
  });
  if (count !== 1) throw conflict("stale.changeApprovedOrRejected");
  await recordAudit(tx, {
    actorId: approval.approverId,
    action: "change.approve",
    entityType: "ChangeRequest",
    entityId: request.id,
    before: { status: "PENDING" },
    after: {
      status: "APPROVED",
      kind: request.kind,
      targetId: request.targetId,
      proposedById: request.proposedById,
      approvedById: approval.approverId,
    },
  });
  return request;
}
