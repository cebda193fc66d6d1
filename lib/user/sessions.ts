// Server-side sessions behind the JWT cookie. The cookie alone proves only that we signed it once;
// it counts while its Session row is live, so signing out, a password change or disabling the user
// ends it at once instead of when the JWT expires. No "server-only": the user:* commands use it.
import type { PrismaClient } from "../generated/prisma/client";
import type { SessionUser } from "./session-user";

type Db = Pick<PrismaClient, "session" | "user">;

/** How long a sign-in lasts; the JWT's maxAge is the same. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export async function startSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_S * 1000);
  const { id } = await db.session.create({
    data: { userId, createdAt: now, expiresAt },
    select: { id: true },
  });
  return id;
}

export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
}

/** Ends every live session of the user; returns how many there were. */
export async function revokeUserSessions(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return count;
}

/**
 * The user a session cookie speaks for, or null when its session was revoked or has expired, or the
 * user is disabled or gone. One query (it runs on every desk request): the user row, filtered by
 * the existence of a live session with this id.
 */
export function activeSessionUser(
  db: Db,
  sessionId: string,
  userId: string,
  now = new Date(),
): Promise<SessionUser | null> {
  return db.user.findFirst({
    where: {
      id: userId,
      disabledAt: null,
      sessions: { some: { id: sessionId, revokedAt: null, expiresAt: { gt: now } } },
    },
    select: { id: true, email: true, name: true, role: true },
  });
}
