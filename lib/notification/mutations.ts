// Reading a notice. Not audited: it is the editor's own bookkeeping, not a change to the record.
// Every write is limited to the editor's own notices, so an id from the browser cannot touch another's.
import { db } from "../db";
import { notFound } from "../errors";
import type { SessionUser } from "../user/session-user";

/** Marks one of the editor's notices read and says which claim it is about. */
export async function markNotificationRead(
  actor: SessionUser,
  id: string,
): Promise<{ claimId: string }> {
  const n = await db().notification.findFirst({
    where: { id, userId: actor.id },
    select: { claimId: true, readAt: true },
  });
  if (!n) throw notFound("notification");
  if (!n.readAt)
    await db().notification.updateMany({
      where: { id, userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
  return { claimId: n.claimId };
}

/** Marks read every unread notice of the editor's that had arrived by `seenAt`. */
export async function markAllNotificationsRead(
  actor: SessionUser,
  seenAt: Date,
): Promise<{ count: number }> {
  const { count } = await db().notification.updateMany({
    where: { userId: actor.id, readAt: null, createdAt: { lte: seenAt } },
    data: { readAt: new Date() },
  });
  return { count };
}
