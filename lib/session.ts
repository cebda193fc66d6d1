// Who is asking. The session only names the user; role and existence are re-read from the
// database on every call so a demoted or deleted editor loses access at once.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth";
import { db } from "./db";
import type { Role } from "./generated/prisma/enums";
import { activeSessionUser } from "./user/sessions";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null; // cookies from before server-side sessions name none
  // The cookie counts only while its session row is live and the user is enabled (one query).
  return activeSessionUser(db(), sessionId, id);
}

/** For desk pages: the signed-in editor, or a redirect to sign in. (Actions check again on their own.) */
export async function requireDeskUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
