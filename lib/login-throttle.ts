// Slows password guessing. Every sign-in attempt first reserves a place on three counters, in one
// short transaction, BEFORE the (slow) password check runs, so parallel requests cannot all slip
// past a check that only counts them afterwards:
//
// - pair    (this account from this client): 5 attempts per 15-minute window, then refused until the
//           window ends. Only the client doing the guessing is shut out.
// - client  (this client, any account): 50 per window, then refused until the window ends. Stops one
//           address trying a password against many accounts. Generous: a newsroom shares one address.
// - account (this account, from anywhere): never refused for long. After 10 attempts in the window
//           each further one waits 1 s, 2 s, 4 s … at most 60 s after the previous one. A stranger
//           (or a botnet) can make an editor wait a minute at worst, never lock them out.
//
// Refused attempts change nothing, so hammering a closed door does not keep it closed. A success
// deletes the pair's counter and gives back its place on the others: counters hold failures and
// attempts still being checked. The rows live in Postgres so the limits hold across restarts and
// several app instances; rows whose window has passed are deleted as new attempts arrive.
import type { PrismaClient } from "./generated/prisma/client";

export const WINDOW_MS = 15 * 60 * 1000;
export const PAIR_MAX_ATTEMPTS = 5;
export const CLIENT_MAX_ATTEMPTS = 50;
export const ACCOUNT_FREE_ATTEMPTS = 10;
export const ACCOUNT_MAX_DELAY_MS = 60 * 1000;

/** The client address when the server did not name one (next dev, tests): everyone is one client. */
export const UNKNOWN_CLIENT = "unknown";

export type CounterKind = "pair" | "client" | "account";

export interface Counter {
  attempts: number;
  windowStart: Date;
  lastAt: Date;
}

export function throttleKeys(email: string, client: string): Record<CounterKind, string> {
  return {
    pair: `pair:${email}|${client}`,
    client: `client:${client}`,
    account: `account:${email}`,
  };
}

/** Milliseconds the counter of `kind` makes the next attempt wait; 0 when it may go now. */
export function waitFor(kind: CounterKind, counter: Counter | undefined, now: number): number {
  if (!counter) return 0;
  const windowEnd = counter.windowStart.getTime() + WINDOW_MS;
  if (windowEnd <= now) return 0; // the window has passed: the count starts again
  const { attempts } = counter;
  if (kind === "pair") return attempts >= PAIR_MAX_ATTEMPTS ? windowEnd - now : 0;
  if (kind === "client") return attempts >= CLIENT_MAX_ATTEMPTS ? windowEnd - now : 0;
  if (attempts < ACCOUNT_FREE_ATTEMPTS) return 0;
  const delay = Math.min(ACCOUNT_MAX_DELAY_MS, 1000 * 2 ** (attempts - ACCOUNT_FREE_ATTEMPTS));
  return Math.max(0, Math.min(counter.lastAt.getTime() + delay, windowEnd) - now);
}

/** The counter after one more attempt at `now`. */
export function advance(counter: Counter | undefined, now: number): Counter {
  const at = new Date(now);
  // A row with no attempts was just created (or given back): its window starts now.
  if (!counter || counter.attempts === 0 || counter.windowStart.getTime() + WINDOW_MS <= now)
    return { attempts: 1, windowStart: at, lastAt: at };
  return { attempts: counter.attempts + 1, windowStart: counter.windowStart, lastAt: at };
}

export type Reservation =
  | { granted: true; keys: Record<CounterKind, string> }
  | { granted: false; retryAfterMs: number };

export class LoginThrottle {
  constructor(
    private readonly db: () => PrismaClient,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt by `email` from `client` before its password is checked, or refuses it. */
  async reserve(email: string, client: string): Promise<Reservation> {
    const keys = throttleKeys(email, client);
    const now = this.now();
    const reservation = await this.db().$transaction(async (tx) => {
      // Creates missing rows and locks all three until the transaction ends; sorted, so two
      // attempts never wait on each other's locks in opposite orders.
      const sorted = Object.values(keys).sort();
      await tx.$queryRaw`
        INSERT INTO "LoginThrottle" ("key") SELECT unnest(${sorted}::text[])
        ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"
        RETURNING "key"`;
      const rows = await tx.loginThrottle.findMany({ where: { key: { in: sorted } } });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const kinds = Object.keys(keys) as CounterKind[];
      const retryAfterMs = Math.max(...kinds.map((k) => waitFor(k, byKey.get(keys[k]), now)));
      if (retryAfterMs > 0) return { granted: false as const, retryAfterMs };
      for (const key of sorted)
        await tx.loginThrottle.update({ where: { key }, data: advance(byKey.get(key), now) });
      return { granted: true as const, keys };
    });
    if (reservation.granted)
      await this.db().loginThrottle.deleteMany({
        where: { windowStart: { lte: new Date(now - WINDOW_MS) } },
      });
    return reservation;
  }

  /** The password was right: forget this client's failures on the account, give back the place. */
  async succeeded(keys: Record<CounterKind, string>): Promise<void> {
    await this.db().$transaction([
      this.db().loginThrottle.deleteMany({ where: { key: keys.pair } }),
      this.giveBack([keys.client, keys.account]),
    ]);
  }

  /** The attempt was never checked (the server was too busy): it does not count. */
  async cancelled(keys: Record<CounterKind, string>): Promise<void> {
    await this.giveBack(Object.values(keys));
  }

  private giveBack(keys: string[]) {
    return this.db().loginThrottle.updateMany({
      where: { key: { in: keys }, attempts: { gt: 0 } },
      data: { attempts: { decrement: 1 } },
    });
  }
}
