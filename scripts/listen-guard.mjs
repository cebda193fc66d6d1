// @ts-check
// Where the production server listens, and whether it may.
//
// Loopback by default: `HOST` exposes it. The embedded database is seeded with demo accounts whose
// password is in the README, so the server refuses to listen beyond loopback while any account still
// has that password, unless PRAMAAN_ALLOW_DEMO_ACCOUNTS=1 says it is meant (a demo on a LAN, say).
import dns from "node:dns/promises";
import net from "node:net";
import argon2 from "argon2";
import pg from "pg";
import { isLoopbackAddress } from "./request-headers.mjs";

export const DEFAULT_HOST = "127.0.0.1";
/** The published one (prisma/demo-data.ts; a unit test keeps the two equal). */
export const DEMO_PASSWORD = "pramaan-demo";

export function listenHost(env) {
  return env.HOST?.trim() || DEFAULT_HOST;
}

/** True when every address host stands for is a loopback address; 0.0.0.0 and :: are not. */
export async function isLoopbackHost(host) {
  if (host === "localhost") return true;
  if (net.isIP(host)) return isLoopbackAddress(host);
  try {
    const addresses = await dns.lookup(host, { all: true });
    return addresses.length > 0 && addresses.every((a) => isLoopbackAddress(a.address));
  } catch {
    return false;
  }
}

/** E-mails of the accounts whose stored argon2 hash accepts the demo password. */
export async function accountsWithDemoPassword(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT email, "passwordHash" AS hash FROM "User" ORDER BY email',
    );
    const found = [];
    // One at a time: argon2 is slow and memory-hungry on purpose, and this runs once, at start-up.
    for (const { email, hash } of rows)
      if (await argon2.verify(hash, DEMO_PASSWORD).catch(() => false)) found.push(email);
    return found;
  } finally {
    await client.end();
  }
}

/** Why the server must not listen on host, or null when it may. */
export async function exposureProblem(host, env) {
  if (await isLoopbackHost(host)) return null;
  if (env.PRAMAAN_ALLOW_DEMO_ACCOUNTS === "1") return null;
  if (!env.DATABASE_URL)
    return `refusing to listen on ${host}: DATABASE_URL is not set, so demo accounts cannot be ruled out`;
  const demo = await accountsWithDemoPassword(env.DATABASE_URL);
  if (demo.length === 0) return null;
  return (
    `refusing to listen on ${host}: ${demo.join(", ")} still ${demo.length === 1 ? "has" : "have"} the published demo password. ` +
    `Change their passwords or disable those accounts, or set PRAMAAN_ALLOW_DEMO_ACCOUNTS=1 to expose them anyway ` +
    `(HOST unset listens on ${DEFAULT_HOST} only).`
  );
}
