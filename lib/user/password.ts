import argon2 from "argon2";

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

let dummy: Promise<string> | undefined;

/**
 * Checks a password against an argon2 hash. With no hash (no such user) it checks against a dummy
 * one, so the answer takes as long and timing does not reveal which e-mails have accounts.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword("no such user");
  const against = hash ?? (await dummy);
  const ok = await argon2.verify(against, password).catch(() => false);
  return ok && hash !== null;
}
