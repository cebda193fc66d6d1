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
// - device  (a browser that signed in to this account before, lib/user/devices.ts): 5 per window,
//           then refused. An attempt carrying such a device counts ONLY here: strangers who used
//           up the client's 50 (everyone behind an office proxy is one client) or slowed the account
//           cannot keep out an editor signing in from a browser they used before.
//
// Refused attempts change nothing, so hammering a closed door does not keep it closed. A success
// deletes the pair's (or device's) counter and gives back its place on the others: counters hold
// failures and attempts still being checked. The rows live in Postgres so the limits hold across
// restarts and several app instances; rows whose window has passed are swept now and then.
//
// A flood of sign-ins must not starve readers of database connections: the counters' transactions
// run at most SLOTS at a time (on the small pool lib/user/sign-in-db.ts gives them) with a short
// queue, beyond which an attempt is answered "busy" without touching the database; and a refusal
// this process already gave is remembered until it ends, so a closed door is answered from memory
// (after a second's pause, so that a tool that waits for answers cannot send hundreds a second).
import type { PrismaClient } from "../generated/prisma/client";
import { BusyError, ConcurrencyLimit } from "./concurrency-limit";

export const WINDOW_MS = 15 * 60 * 1000;
export const PAIR_MAX_ATTEMPTS = 5;
export const CLIENT_MAX_ATTEMPTS = 50;
export const ACCOUNT_FREE_ATTEMPTS = 10;
export const ACCOUNT_MAX_DELAY_MS = 60 * 1000;
export const DEVICE_MAX_ATTEMPTS = 5;
/** Counter transactions at once, per process; the sign-in pool has as many connections. */
export const THROTTLE_SLOTS = 2;
const THROTTLE_QUEUE = 64;
/** Refusals remembered per process; beyond this the memory is cleared (it is only a shortcut). */
const REMEMBERED_REFUSALS = 10_000;
const SWEEP_EVERY_MS = 60 * 1000;
// A refusal answered from memory is held this long first. It costs a timer, not CPU, and a
// guessing tool that waits for each answer (most do) then sends at most one attempt per second per
// connection instead of hundreds, which would take the event loop from readers.
const REFUSAL_DELAY_MS = 1000;

/** The client address when the server did not name one (next dev, tests): everyone is one client. */
export const UNKNOWN_CLIENT = "unknown";

export type CounterKind = "pair" | "client" | "account" | "device";
export type ThrottleKeys = Partial<Record<CounterKind, string>>;

export interface Counter {
  attempts: number;
  windowStart: Date;
  lastAt: Date;
}

/** The counters an attempt reserves: its device's alone when it carries one (`deviceId`). */
export function throttleKeys(email: string, client: string, deviceId?: string): ThrottleKeys {
  if (deviceId) return { device: `device:${deviceId}` };
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
  if (kind === "device") return attempts >= DEVICE_MAX_ATTEMPTS ? windowEnd - now : 0;
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
  | { granted: true; keys: ThrottleKeys }
  | { granted: false; retryAfterMs: number }
  | { granted: false; busy: true };

export class LoginThrottle {
  private readonly slots: ConcurrencyLimit;
  // key → when this process's last refusal on it ends. Refusals change no counter, so until then
  // the database would only say the same again.
  private readonly refusedUntil = new Map<string, number>();
  private lastSweep = 0;

  constructor(
    private readonly db: () => PrismaClient,
    private readonly now: () => number = Date.now,
    slots = THROTTLE_SLOTS,
    private readonly refusalDelayMs = REFUSAL_DELAY_MS,
  ) {
    this.slots = new ConcurrencyLimit(slots, THROTTLE_QUEUE);
  }

  /** Counts an attempt by `email` from `client` before its password is checked, or refuses it. */
  async reserve(email: string, client: string, deviceId?: string): Promise<Reservation> {
    const keys = throttleKeys(email, client, deviceId);
    const sorted = Object.values(keys).sort();
    const known = this.rememberedRefusal(sorted);
    if (known > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.refusalDelayMs));
      return { granted: false, retryAfterMs: Math.max(1, known - this.refusalDelayMs) };
    }
    try {
      return await this.slots.run(() => this.reserveInDb(keys, sorted));
    } catch (e) {
      if (e instanceof BusyError) return { granted: false, busy: true };
      throw e;
    }
  }

  private rememberedRefusal(keys: string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const until = this.refusedUntil.get(key);
      if (until === undefined) continue;
      if (until <= now) this.refusedUntil.delete(key);
      else wait = Math.max(wait, until - now);
    }
    return wait;
  }

  private async reserveInDb(keys: ThrottleKeys, sorted: string[]): Promise<Reservation> {
    const now = this.now();
    const reservation = await this.db().$transaction(async (tx) => {
      // Creates missing rows and locks them until the transaction ends; sorted, so two
      // attempts never wait on each other's locks in opposite orders.
      await tx.$queryRaw`
        INSERT INTO "LoginThrottle" ("key") SELECT unnest(${sorted}::text[])
        ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"
        RETURNING "key"`;
      const rows = await tx.loginThrottle.findMany({
        where: { key: { in: sorted } },
        take: sorted.length, // key is the primary key: one row each
      });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const waits = (Object.entries(keys) as [CounterKind, string][]).map(
        ([kind, key]) => [key, waitFor(kind, byKey.get(key), now)] as const,
      );
      const retryAfterMs = Math.max(...waits.map(([, wait]) => wait));
      if (retryAfterMs > 0) return { granted: false as const, retryAfterMs, waits };
      for (const key of sorted)
        await tx.loginThrottle.update({ where: { key }, data: advance(byKey.get(key), now) });
      return { granted: true as const, keys };
    });
    if (!reservation.granted) {
      this.remember(reservation.waits, now);
      return { granted: false, retryAfterMs: reservation.retryAfterMs };
    }
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      await this.db().loginThrottle.deleteMany({
        where: { windowStart: { lte: new Date(now - WINDOW_MS) } },
      });
    }
    return reservation;
  }

  private remember(waits: readonly (readonly [string, number])[], now: number) {
    if (this.refusedUntil.size >= REMEMBERED_REFUSALS) this.refusedUntil.clear();
    for (const [key, wait] of waits) if (wait > 0) this.refusedUntil.set(key, now + wait);
  }

  /** The password was right: forget this client's (or device's) failures, give back the place. */
  async succeeded(keys: ThrottleKeys): Promise<void> {
    const own = [keys.pair, keys.device].filter((k): k is string => k !== undefined);
    const shared = [keys.client, keys.account].filter((k): k is string => k !== undefined);
    for (const key of own) this.refusedUntil.delete(key);
    await this.slots.run(
      () =>
        this.db().$transaction([
          this.db().loginThrottle.deleteMany({ where: { key: { in: own } } }),
          this.giveBack(shared),
        ]),
      { alwaysQueue: true },
    );
  }

  /** The attempt was never checked (the server was too busy): it does not count. */
  async cancelled(keys: ThrottleKeys): Promise<void> {
    await this.slots.run(() => this.giveBack(Object.values(keys)), { alwaysQueue: true });
  }

  private giveBack(keys: string[]) {
    return this.db().loginThrottle.updateMany({
      where: { key: { in: keys }, attempts: { gt: 0 } },
      data: { attempts: { decrement: 1 } },
    });
  }
}
