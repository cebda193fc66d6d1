// Remembered devices. A successful sign-in gives the browser a long-lived device cookie; a later
// attempt on the same account that carries it is counted on that device alone, not with everyone
// behind the same address (lib/user/login-throttle.ts). Without this, 50 failures from a newsroom's one
// address (or from every client, behind a proxy without TRUST_PROXY=1) lock out all its editors.
//
// The cookie is `<token>.<signature>`: 32 random bytes and their HMAC under the auth secret, so a
// made-up cookie is refused without a query. The database keeps only the token's sha256, per user:
// a copy of the table is no cookie, and a cookie speaks only for the account it was given to.
import crypto from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";

type Db = Pick<PrismaClient, "knownDevice">;

/** A year: an editor who signs in at least that often is never a stranger to their own desk. */
export const DEVICE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** Sent only to the sign-in endpoints: no page or API request carries it. */
export const DEVICE_COOKIE_PATH = "/api/auth";

export const deviceCookieName = (secure: boolean) =>
  secure ? "__Secure-pramaan-device" : "pramaan-device";

const sign = (token: string, secret: string) =>
  crypto.createHmac("sha256", secret).update(`pramaan-device:${token}`).digest("base64url");
const hashOf = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** The stored hash of a cookie's token, or null when the cookie is malformed or not signed by us. */
function tokenHashOf(cookie: string, secret: string): string | null {
  const [token, signature, ...rest] = cookie.split(".");
  if (!token || !signature || rest.length > 0 || token.length > 64) return null;
  const expected = Buffer.from(sign(token, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return hashOf(token);
}

/** The id of the known device `cookie` names for the account `email`, or null. */
export async function findKnownDevice(
  db: Db,
  secret: string,
  cookie: string,
  email: string,
): Promise<string | null> {
  const tokenHash = tokenHashOf(cookie, secret);
  if (!tokenHash) return null;
  const device = await db.knownDevice.findFirst({
    where: { tokenHash, user: { email }, lastUsedAt: { gt: cutoff(new Date()) } },
    select: { id: true },
  });
  return device?.id ?? null;
}

/**
 * After a successful sign-in: marks the device used, or (none known) remembers a new one and
 * returns the cookie to set. Devices unused for a year are forgotten on the way.
 */
export async function rememberDevice(
  db: Db,
  secret: string,
  userId: string,
  knownDeviceId: string | null,
  now = new Date(),
): Promise<string | undefined> {
  if (knownDeviceId) {
    await db.knownDevice.update({ where: { id: knownDeviceId }, data: { lastUsedAt: now } });
    return undefined;
  }
  const token = crypto.randomBytes(32).toString("base64url");
  await db.knownDevice.deleteMany({ where: { userId, lastUsedAt: { lte: cutoff(now) } } });
  await db.knownDevice.create({
    data: { userId, tokenHash: hashOf(token), createdAt: now, lastUsedAt: now },
  });
  return `${token}.${sign(token, secret)}`;
}

const cutoff = (now: Date) => new Date(now.getTime() - DEVICE_MAX_AGE_S * 1000);

/** The device cookie in a Cookie header, if any. */
export function deviceCookieIn(header: unknown, secure: boolean): string | undefined {
  if (typeof header !== "string" || header.length > 8192) return undefined;
  const name = `${deviceCookieName(secure)}=`;
  const found = header
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(name));
  return found?.slice(name.length);
}
