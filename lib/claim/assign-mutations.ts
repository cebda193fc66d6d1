// Who carries a claim. Assigning takes the claim's version like every other change to it, is
// audited, and tells the new assignee in the same transaction.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, err, forbidden, invalid, notFound } from "../errors";
import { notifyAssigned } from "../notification/notify-mutations";
import type { SessionUser } from "../user/session-user";
import type { AssignClaimData } from "./schema";

const STALE = "stale.claimAssignee";

export async function assignClaim(
  actor: SessionUser,
  input: AssignClaimData,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { id: true, version: true, assigneeId: true, withdrawnAt: true },
    });
    if (!before) throw notFound("claim");
    if (before.withdrawnAt) throw forbidden("claim.withdrawnNotAssigned");
    if (input.assigneeId) {
      // Never trust the id from the form: only an active editor carries a claim.
      const who = await tx.user.findUnique({
        where: { id: input.assigneeId },
        select: { disabledAt: true },
      });
      if (!who || who.disabledAt)
        throw invalid("verdict.chooseActiveEditor", {
          assigneeId: [err("verdict.chooseActiveEditorFromList")],
        });
    }
    const { count } = await tx.claim.updateMany({
      where: { id: before.id, version: input.version, withdrawnAt: null },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(STALE);
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.assigneeId ? "claim.assign" : "claim.unassign",
      entityType: "Claim",
      entityId: before.id,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId: input.assigneeId },
    });
    if (input.assigneeId && input.assigneeId !== before.assigneeId)
      await notifyAssigned(tx, { claimId: before.id, actorId: actor.id }, input.assigneeId);
    return { version: before.version + 1 };
  });
}
