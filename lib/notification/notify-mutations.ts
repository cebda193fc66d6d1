// Inbox notices, written inside the transaction of the event they tell of: a rolled-back submit or
// publish leaves no notice behind, and a committed one never lacks its notice. Nobody is told of
// what they did themselves.
import type { Tx } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";

const MAX_REVIEWERS_NOTIFIED = 500;

type Event = { kind: NotificationKind; claimId: string; actorId: string };

async function notify(tx: Tx, event: Event, userIds: Iterable<string>): Promise<void> {
  const to = new Set(userIds);
  to.delete(event.actorId);
  if (to.size === 0) return;
  await tx.notification.createMany({
    data: [...to].map((userId) => ({ userId, ...event })),
  });
}

/**
 * A verdict went to review: the claim's assignee if they may review it (they did not write it),
 * otherwise every active editor who may (all but its writers). One row per editor: a newsroom desk
 * has tens of editors, and a row each keeps "read" per person.
 */
export async function notifyReadyForReview(
  tx: Tx,
  event: { claimId: string; actorId: string },
  contributorIds: string[],
): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: event.claimId },
    select: { assignee: { select: { id: true, disabledAt: true } } },
  });
  const full = { ...event, kind: "READY_FOR_REVIEW" as const };
  const a = claim.assignee;
  if (a && !a.disabledAt && !contributorIds.includes(a.id)) return notify(tx, full, [a.id]);
  const reviewers = await tx.user.findMany({
    where: {
      role: { in: ["EDITOR", "ADMIN"] },
      disabledAt: null,
      id: { notIn: [...contributorIds, event.actorId] },
    },
    // One notice per editor who may review: a newsroom's desk, not its readers. The cap only keeps
    // a misconfigured account table from turning one submission into an unbounded write.
    take: MAX_REVIEWERS_NOTIFIED,
    select: { id: true },
  });
  return notify(
    tx,
    full,
    reviewers.map((u) => u.id),
  );
}

/** The reviewer sent the verdict back: its writers are told. */
export function notifySentBack(
  tx: Tx,
  event: { claimId: string; actorId: string },
  contributorIds: string[],
): Promise<void> {
  return notify(tx, { ...event, kind: "SENT_BACK" }, contributorIds);
}

/** Published: its writers and the claim's assignee are told. */
export async function notifyPublished(
  tx: Tx,
  event: { claimId: string; actorId: string },
  contributorIds: string[],
): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: event.claimId },
    select: { assigneeId: true },
  });
  const to = claim.assigneeId ? [...contributorIds, claim.assigneeId] : contributorIds;
  return notify(tx, { ...event, kind: "PUBLISHED" }, to);
}

/** A claim was assigned to an editor (not by themselves): they are told. */
export function notifyAssigned(
  tx: Tx,
  event: { claimId: string; actorId: string },
  assigneeId: string,
): Promise<void> {
  return notify(tx, { ...event, kind: "ASSIGNED" }, [assigneeId]);
}

/** A remark in the review thread: the others in the thread (writers and reviewers) are told. */
export function notifyComment(
  tx: Tx,
  event: { claimId: string; actorId: string },
  threadUserIds: string[],
): Promise<void> {
  return notify(tx, { ...event, kind: "COMMENT" }, threadUserIds);
}

/** A verdict draft was handed to an editor (not one they took themselves): they are told. */
export function notifyHandedOver(
  tx: Tx,
  event: { claimId: string; actorId: string },
  receiverId: string,
): Promise<void> {
  return notify(tx, { ...event, kind: "HANDED_OVER" }, [receiverId]);
}
