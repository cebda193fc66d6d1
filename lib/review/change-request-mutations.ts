// A reviewed change decided by a second editor. Approval replays the proposer's edit (its stored
// input, versions included) through the same mutation the edit form calls, with the approval: the
// mutation marks the request approved in its own transaction, so the edit, its version check and
// both names in the audit commit together. A stale request (the entity or article changed since)
// fails its version check and stays pending, for the proposer to redo or anyone to reject.

import { updateArticle } from "../article/mutations";
import { updateArticleSchema } from "../article/schema";
import { recordAudit } from "../audit";
import { reattachMention, retireMention } from "../claim/mention-mutations";
import { reattachMentionSchema, retireMentionSchema } from "../claim/mention-schema";
import { db } from "../db";
import { updateEntity } from "../entity/edit-mutations";
import { mergeEntities } from "../entity/merge-mutations";
import { mergeEntitySchema, updateEntitySchema } from "../entity/schema";
import { conflict, forbidden, notFound } from "../errors";
import type { SessionUser } from "../user/session-user";
import type { DecideChangeData } from "./schema";

export async function approveChange(actor: SessionUser, input: DecideChangeData) {
  const request = await db().changeRequest.findUnique({ where: { id: input.requestId } });
  if (!request) throw notFound("changeRequest");
  if (request.status !== "PENDING") throw conflict("stale.changeDecided");
  // Checked again inside the transaction (claimApproval); here so the answer says why at once.
  if (request.proposedById === actor.id) throw forbidden("review.proposedByYou");
  const approval = { requestId: request.id, approverId: actor.id };
  const p = request.payload;
  switch (request.kind) {
    case "ENTITY_UPDATE": {
      const r = await updateEntity(actor.id, updateEntitySchema.parse(p), approval);
      if (!r.saved) throw conflict("review.namesTaken");
      break;
    }
    case "ENTITY_MERGE":
      await mergeEntities(actor.id, mergeEntitySchema.parse(p), approval);
      break;
    case "ARTICLE_UPDATE":
      await updateArticle(actor, updateArticleSchema.parse(p), approval);
      break;
    case "MENTION_REATTACH":
      await reattachMention(actor, reattachMentionSchema.parse(p), approval);
      break;
    case "MENTION_RETIRE":
      await retireMention(actor, retireMentionSchema.parse(p), approval);
      break;
  }
  return { requestId: request.id, status: "APPROVED" as const };
}

/** Any editor may turn a change down; the proposer doing so withdraws it. Nothing else is written. */
export async function rejectChange(actor: SessionUser, input: DecideChangeData) {
  return db().$transaction(async (tx) => {
    const { count } = await tx.changeRequest.updateMany({
      where: { id: input.requestId, status: "PENDING" },
      data: { status: "REJECTED", decidedById: actor.id, decidedAt: new Date() },
    });
    if (count !== 1) throw conflict("stale.changeDecided");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "change.reject",
      entityType: "ChangeRequest",
      entityId: input.requestId,
      before: { status: "PENDING" },
      after: { status: "REJECTED", reason: input.reason ?? null },
    });
    return { requestId: input.requestId, status: "REJECTED" as const };
  });
}
