// Account changes made from the command line (npm run user:add / user:passwd / user:disable). Each
// writes its audit event in the same transaction, with no actor (the operator at the shell). Password
// hashes are made before the transaction: argon2 is slow on purpose.
import { recordAudit } from "../audit";
import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { hashPassword } from "./password";
import { revokeUserSessions } from "./sessions";

export class AccountError extends Error {}

const noAccount = (email: string) => new AccountError(`${email} has no account`);

export async function createAccount(
  prisma: PrismaClient,
  input: { email: string; name: string; role: Role; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  const { email, name, role } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, role, passwordHash } });
      await recordAudit(tx, {
        actorId: null,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email, name, role },
      });
      return user;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002")
      throw new AccountError(`${email} already has an account`);
    throw e;
  }
}

/** Sets a new password and ends every session signed in with the old one. */
export async function changePassword(prisma: PrismaClient, email: string, password: string) {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw noAccount(email);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const sessionsEnded = await revokeUserSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: null,
      action: "user.password",
      entityType: "User",
      entityId: user.id,
      after: { sessionsEnded },
    });
    return { id: user.id, sessionsEnded };
  });
}

/**
 * Disables an account (it keeps its claims, verdicts and audit history but cannot sign in, and its
 * sessions end at once), or enables it again.
 */
export async function setAccountDisabled(prisma: PrismaClient, email: string, disabled: boolean) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, disabledAt: true },
    });
    if (!user) throw noAccount(email);
    const disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
    await tx.user.update({ where: { id: user.id }, data: { disabledAt } });
    const sessionsEnded = disabled ? await revokeUserSessions(tx, user.id) : 0;
    await recordAudit(tx, {
      actorId: null,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: user.id,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt, sessionsEnded },
    });
    return { id: user.id, disabledAt, sessionsEnded };
  });
}
