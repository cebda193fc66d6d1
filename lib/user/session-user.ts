// Who is asking. The session only names the user; role and existence are re-read from the
// database on every call so a demoted or deleted editor loses access at once.
import "server-only";
import { getServerSession } from "next-auth";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { authOptions } from "./auth-options";
import { activeSessionUser } from "./sessions";

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
