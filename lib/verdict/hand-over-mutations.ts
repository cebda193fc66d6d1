// Handing a verdict draft to another editor: the one who may edit it (Verdict.authorId) changes, and
// nothing else. Everyone who wrote it stays a writer (VerdictContributor), so the two-person rule
// still keeps the giver from reviewing it. Like claim assignment (lib/claim/assign-mutations.ts) it takes the
// record's version, is audited and tells the receiver in the same transaction.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, err, forbidden, invalid, notFound } from "../errors";
import { notifyHandedOver } from "../notification/notify-mutations";
import type { SessionUser } from "../user/session-user";
import { canHandOverVerdict } from "./policy";
import type { HandOverData } from "./schema";
import { staleBefore } from "./stale";

const STALE = "stale.handOver";
const NOT_YOURS = "verdict.notYours";

export async function handOverVerdict(
  actor: SessionUser,
  input: HandOverData,
  now = new Date(),
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.verdict.findUnique({
      where: { id: input.verdictId },
      select: {
        id: true,
        claimId: true,
        status: true,
        version: true,
        updatedAt: true,
        author: { select: { id: true, name: true } },
        contributors: { select: { userId: true } },
      },
    });
    if (!before) throw notFound("verdict");
    if (before.status !== "DRAFT") throw forbidden("verdict.onlyDraftHandedOver");
    const v = {
      ...before,
      authorId: before.author.id,
      contributorIds: before.contributors.map((c) => c.userId),
    };
    if (!canHandOverVerdict(actor, v, staleBefore(now))) throw forbidden(NOT_YOURS);
    // Never trust the id from the form: only an active editor can be handed a draft.
    const to = await tx.user.findUnique({
      where: { id: input.toUserId },
      select: { id: true, name: true, role: true, disabledAt: true },
    });
    if (!to || to.disabledAt || (to.role !== "EDITOR" && to.role !== "ADMIN"))
      throw invalid("verdict.chooseActiveEditor", {
        toUserId: [err("verdict.chooseActiveEditorFromList")],
      });
    if (to.id === before.author.id)
      throw invalid(err("verdict.alreadyHolds", { name: to.name }), {
        toUserId: [err("verdict.alreadyHoldsChooseAnother", { name: to.name })],
      });
    const { count } = await tx.verdict.updateMany({
      where: { id: before.id, version: input.version, status: "DRAFT" },
      data: { authorId: to.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(STALE);
    // The giver wrote the draft: kept as a writer even for drafts from before authors were listed.
    await tx.verdictContributor.createMany({
      data: [{ verdictId: before.id, userId: before.author.id }],
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.hand-over",
      entityType: "Verdict",
      entityId: before.id,
      // Names kept with the ids: the history sentence reads "handed the draft to …" without a lookup.
      before: { authorId: before.author.id, authorName: before.author.name },
      after: { authorId: to.id, authorName: to.name, tookOver: to.id === actor.id },
    });
    await notifyHandedOver(tx, { claimId: before.claimId, actorId: actor.id }, to.id);
    return { version: before.version + 1 };
  });
}
