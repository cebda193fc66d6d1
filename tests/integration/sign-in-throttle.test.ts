// The sign-in throttle on the real database, driven the way lib/user/auth-options.ts drives it: many attempts at
// once, counting how many reach the (real, argon2) password check. The clock is injected, so
// "after the window" needs no waiting.
import crypto from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/user/auth-options";
import { ConcurrencyLimit } from "@/lib/user/concurrency-limit";
import { findKnownDevice, rememberDevice } from "@/lib/user/devices";
import {
  ACCOUNT_MAX_DELAY_MS,
  CLIENT_MAX_ATTEMPTS,
  DEVICE_MAX_ATTEMPTS,
  LoginThrottle,
  PAIR_MAX_ATTEMPTS,
  THROTTLE_SLOTS,
  WINDOW_MS,
} from "@/lib/user/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/user/password";
import { checkCredentials, type SignInDeps, type SignInOutcome } from "@/lib/user/sign-in";

const PASSWORD = "correct horse battery";
const SECRET = "a test secret for device cookies";
const devices: SignInDeps["devices"] = {
  find: (cookie, email) => findKnownDevice(db(), SECRET, cookie, email),
  remember: (userId, known) => rememberDevice(db(), SECRET, userId, known),
};
let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

/** A fresh account, a clock of its own, and sign-in deps that count password verifications. */
async function setUp() {
  const tag = crypto.randomBytes(4).toString("hex");
  const user = await db().user.create({
    data: { email: `${tag}@throttle.test`, name: `Editor ${tag}`, passwordHash },
  });
  const clock = { now: Date.now() };
  let verifications = 0;
  const deps = (throttle = new LoginThrottle(db, () => clock.now)): SignInDeps => ({
    throttle,
    verifications: new ConcurrencyLimit(2, 1000),
    findAccount: (email) =>
      db().user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
      }),
    verify: async (hash, password) => {
      verifications++;
      return verifyPassword(hash, password);
    },
    devices,
  });
  return {
    user,
    clock,
    deps,
    verifications: () => verifications,
    client: `198.51.100.${crypto.randomInt(1, 255)}-${tag}`,
  };
}

const tally = (outcomes: SignInOutcome[]) => {
  const counts: Record<string, number> = {};
  for (const o of outcomes)
    counts[o.ok ? "ok" : o.reason] = (counts[o.ok ? "ok" : o.reason] ?? 0) + 1;
  return counts;
};

describe("sign-in throttle", () => {
  it("lets at most 5 of 40 parallel guesses from one client reach the password check, then refuses even the right password until the window passes", async () => {
    const { user, clock, deps, verifications, client } = await setUp();
    const signIn = deps();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        checkCredentials(signIn, { email: user.email, password: `guess-${i}`, client }),
      ),
    );
    console.log(
      `[measure] 40 parallel wrong-password sign-ins, one client: ${verifications()} reached argon2`,
      tally(outcomes),
    );
    expect(verifications()).toBe(PAIR_MAX_ATTEMPTS);
    expect(tally(outcomes)).toEqual({
      invalid: PAIR_MAX_ATTEMPTS,
      throttled: 40 - PAIR_MAX_ATTEMPTS,
    });

    const right = await checkCredentials(signIn, { email: user.email, password: PASSWORD, client });
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
    if (!right.ok && right.reason === "throttled") {
      expect(right.retryAfterMs).toBeGreaterThan(WINDOW_MS - 60_000);
      expect(right.retryAfterMs).toBeLessThanOrEqual(WINDOW_MS);
    }
    expect(verifications()).toBe(PAIR_MAX_ATTEMPTS);

    clock.now += WINDOW_MS;
    expect(
      await checkCredentials(signIn, { email: user.email, password: PASSWORD, client }),
    ).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("keeps the account open to other clients: a stranger cannot lock an editor out", async () => {
    const { user, deps, client } = await setUp();
    const signIn = deps();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        checkCredentials(signIn, { email: user.email, password: `guess-${i}`, client }),
      ),
    );
    expect(
      await checkCredentials(signIn, {
        email: user.email,
        password: PASSWORD,
        client: `${client}-editor`,
      }),
    ).toMatchObject({ ok: true });
  });

  it("only slows the account when guesses come from many clients: at most a minute's wait, then the editor gets in", async () => {
    const { user, clock, deps, verifications, client } = await setUp();
    const signIn = deps();
    // A botnet: 40 clients, 5 guesses each, all at once.
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        checkCredentials(signIn, {
          email: user.email,
          password: `guess-${i}`,
          client: `${client}-bot${i % 40}`,
        }),
      ),
    );
    console.log(
      `[measure] 200 parallel wrong-password sign-ins from 40 clients: ${verifications()} reached argon2`,
      tally(outcomes),
    );
    expect(verifications()).toBeLessThanOrEqual(11); // 10 free attempts, then 1 s, 2 s, 4 s … apart

    const editor = { email: user.email, password: PASSWORD, client: `${client}-editor` };
    const slowed = await checkCredentials(signIn, editor);
    expect(slowed).toMatchObject({ ok: false, reason: "throttled" });
    if (!slowed.ok && slowed.reason === "throttled")
      expect(slowed.retryAfterMs).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS);
    clock.now += ACCOUNT_MAX_DELAY_MS;
    expect(await checkCredentials(signIn, editor)).toMatchObject({ ok: true });
  });

  it("keeps its counts in Postgres: a new throttle (a restart, another instance) still refuses", async () => {
    const { user, clock, deps, verifications, client } = await setUp();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        checkCredentials(deps(), { email: user.email, password: `guess-${i}`, client }),
      ),
    );
    const restarted = deps(new LoginThrottle(db, () => clock.now));
    expect(
      await checkCredentials(restarted, { email: user.email, password: PASSWORD, client }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(verifications()).toBe(PAIR_MAX_ATTEMPTS);
    expect(
      await db().loginThrottle.findUnique({ where: { key: `pair:${user.email}|${client}` } }),
    ).toMatchObject({ attempts: PAIR_MAX_ATTEMPTS });
  });

  it("forgets a client's failures on the account once it signs in", async () => {
    const { user, deps, verifications, client } = await setUp();
    const signIn = deps();
    for (let i = 0; i < PAIR_MAX_ATTEMPTS - 1; i++)
      await checkCredentials(signIn, { email: user.email, password: `typo-${i}`, client });
    expect(
      await checkCredentials(signIn, { email: user.email, password: PASSWORD, client }),
    ).toMatchObject({ ok: true });
    for (let i = 0; i < PAIR_MAX_ATTEMPTS - 1; i++)
      await checkCredentials(signIn, { email: user.email, password: `typo-${i}`, client });
    expect(
      await checkCredentials(signIn, { email: user.email, password: PASSWORD, client }),
    ).toMatchObject({ ok: true });
    expect(verifications()).toBe(2 * PAIR_MAX_ATTEMPTS);
    expect(
      await db().loginThrottle.findUnique({ where: { key: `account:${user.email}` } }),
    ).toMatchObject({ attempts: 2 * (PAIR_MAX_ATTEMPTS - 1) });
  });

  it("throttles unknown e-mails the same way, so guessing cannot tell which exist", async () => {
    const { deps, verifications, client } = await setUp();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        checkCredentials(deps(), { email: "nobody@throttle.test", password: "guess", client }),
      ),
    );
    expect(verifications()).toBe(PAIR_MAX_ATTEMPTS);
    expect(tally(outcomes)).toEqual({
      invalid: PAIR_MAX_ATTEMPTS,
      throttled: 20 - PAIR_MAX_ATTEMPTS,
    });
  });

  it("refuses rather than queues when too many verifications wait, and does not count those", async () => {
    const { user, client } = await setUp();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const deps: SignInDeps = {
      throttle: new LoginThrottle(db),
      verifications: new ConcurrencyLimit(1, 1),
      findAccount: async () => null,
      verify: async () => {
        await held;
        return false;
      },
      devices,
    };
    const attempts = [1, 2, 3].map((i) =>
      checkCredentials(deps, { email: user.email, password: "x", client: `${client}-${i}` }).then(
        (outcome) => ({ i, outcome }),
      ),
    );
    // One verification runs (held), one waits; the third to arrive is refused at once, while the
    // other two are still held: it is the first to answer.
    const refused = await Promise.race(attempts);
    release();
    expect(refused.outcome).toEqual({ ok: false, reason: "busy" });
    const others = (await Promise.all(attempts)).filter((a) => a.i !== refused.i);
    expect(others.map((a) => a.outcome)).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    expect(
      await db().loginThrottle.findUnique({
        where: { key: `pair:${user.email}|${client}-${refused.i}` },
      }),
    ).toMatchObject({ attempts: 0 });
    expect(
      await db().loginThrottle.findUnique({ where: { key: `account:${user.email}` } }),
    ).toMatchObject({ attempts: 2 });
  });

  it("refuses a disabled account even with the right password", async () => {
    const { user, deps, client } = await setUp();
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(
      await checkCredentials(deps(), { email: user.email, password: PASSWORD, client }),
    ).toEqual({ ok: false, reason: "disabled" });
  });
});

describe("remembered devices: strangers behind the same address cannot lock an editor out", () => {
  // Strangers' guesses are counted before any password check, so they need no argon2 here: only
  // the right password is checked for real.
  const withFastFailures = (deps: SignInDeps): SignInDeps => ({
    ...deps,
    verify: (hash, password) =>
      password === PASSWORD ? deps.verify(hash, password) : Promise.resolve(false),
  });

  /** Fails `n` sign-ins from `client`, each at a different unknown account, until the client is shut. */
  async function flood(signIn: SignInDeps, client: string, n: number) {
    return tally(
      await Promise.all(
        Array.from({ length: n }, (_, i) =>
          checkCredentials(signIn, {
            email: `stranger-${i}-${crypto.randomBytes(2).toString("hex")}@throttle.test`,
            password: "guess",
            client,
          }),
        ),
      ),
    );
  }

  it("after 50+ failures from an address, an editor whose browser signed in before still gets in; without it, refused as before", async () => {
    const { user, deps, client } = await setUp();
    const signIn = withFastFailures(deps());
    const first = await checkCredentials(signIn, { email: user.email, password: PASSWORD, client });
    expect(first).toMatchObject({ ok: true });
    const cookie = first.ok ? first.deviceCookie : undefined;
    expect(cookie).toMatch(/^[\w-]{43}\.[\w-]{43}$/);
    expect(
      await db().knownDevice.count({ where: { userId: user.id, tokenHash: { not: cookie } } }),
    ).toBe(1); // stored hashed, never as the cookie

    const outcomes = await flood(signIn, client, CLIENT_MAX_ATTEMPTS + 10);
    expect(outcomes).toEqual({ invalid: CLIENT_MAX_ATTEMPTS, throttled: 10 });

    const editor = { email: user.email, password: PASSWORD, client };
    expect(await checkCredentials(signIn, editor)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    // A forged or altered cookie is no device: refused like everyone else at this address.
    const [token, signature] = (cookie as string).split(".");
    for (const forged of [`${token}.${"A".repeat(43)}`, `${"B".repeat(43)}.${signature}`, "x"])
      expect(await checkCredentials(signIn, { ...editor, device: forged })).toMatchObject({
        ok: false,
        reason: "throttled",
      });
    // The real one: let in, and not given a second device.
    const back = await checkCredentials(signIn, { ...editor, device: cookie });
    expect(back).toMatchObject({ ok: true, user: { id: user.id } });
    expect(back.ok && back.deviceCookie).toBeFalsy();
    expect(await db().knownDevice.count({ where: { userId: user.id } })).toBe(1);
  }, 60_000);

  it("a device speaks only for the account it signed in to, and is itself limited to 5 guesses", async () => {
    const { user, deps, client } = await setUp();
    const other = await setUp();
    const signIn = withFastFailures(deps());
    const first = await checkCredentials(signIn, { email: user.email, password: PASSWORD, client });
    const cookie = first.ok ? first.deviceCookie : undefined;
    await flood(signIn, client, CLIENT_MAX_ATTEMPTS);

    // Another account from the same browser: the device is not theirs, so the address's limit holds.
    expect(
      await checkCredentials(signIn, {
        email: other.user.email,
        password: PASSWORD,
        client,
        device: cookie,
      }),
    ).toMatchObject({ ok: false, reason: "throttled" });

    // Someone with the browser guessing the password: 5 tries, then the device too is shut.
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        checkCredentials(signIn, {
          email: user.email,
          password: `guess-${i}`,
          client,
          device: cookie,
        }),
      ),
    );
    expect(tally(guesses)).toEqual({ invalid: DEVICE_MAX_ATTEMPTS, throttled: 3 });
    expect(
      await checkCredentials(signIn, {
        email: user.email,
        password: PASSWORD,
        client,
        device: cookie,
      }),
    ).toMatchObject({ ok: false, reason: "throttled" });
  }, 60_000);

  it("answers a door it already closed from memory: a refused client costs no database round trip", async () => {
    const { deps, clock, client } = await setUp();
    // Counts every time the throttle asks for the database at all.
    let transactions = 0;
    const counted = () => {
      transactions++;
      return db();
    };
    const signIn = withFastFailures(deps(new LoginThrottle(counted, () => clock.now)));
    await flood(signIn, client, CLIENT_MAX_ATTEMPTS + 1);
    const before = transactions;
    expect(await flood(signIn, client, 200)).toEqual({ throttled: 200 });
    console.log(
      `[measure] 200 attempts from a shut client: ${transactions - before} database uses by the throttle`,
    );
    expect(transactions - before).toBe(0);
  }, 60_000);
});

describe("a sign-in flood and the database pool", () => {
  it("takes at most two connections, none of them from the pool readers use, whatever the flood", async () => {
    const provider = authOptions.providers[0] as unknown as {
      options: {
        authorize: (
          raw: Record<string, string>,
          req: { headers: Record<string, string> },
        ) => unknown;
      };
    };
    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await watcher.connect();
    const peak = { signIn: 0, app: 0 };
    let flooding = true;
    const watching = (async () => {
      while (flooding) {
        const { rows } = await watcher.query<{ sign_in: number; app: number }>(
          `SELECT count(*) FILTER (WHERE application_name = 'pramaan-sign-in')::int AS sign_in,
                  count(*) FILTER (WHERE application_name <> 'pramaan-sign-in' AND state <> 'idle')::int AS app
           FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        );
        peak.signIn = Math.max(peak.signIn, rows[0].sign_in);
        peak.app = Math.max(peak.app, rows[0].app);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const tag = crypto.randomBytes(3).toString("hex");
    // 400 attempts at once from 20 addresses, each at its own unknown account.
    const attempts = await Promise.allSettled(
      Array.from({ length: 400 }, (_, i) =>
        provider.options.authorize(
          { email: `flood-${tag}-${i}@throttle.test`, password: "guess" },
          { headers: { "x-pramaan-client-ip": `203.0.113.${i % 20}-${tag}` } },
        ),
      ),
    );
    flooding = false;
    await watching;
    await watcher.end();
    const answers: Record<string, number> = {};
    for (const a of attempts) {
      const key =
        a.status === "fulfilled" ? String(a.value) : (a.reason as Error).message.split(":")[0];
      answers[key] = (answers[key] ?? 0) + 1;
    }
    console.log(
      "[measure] 400 concurrent sign-ins through authorize():",
      answers,
      "peak connections:",
      peak,
    );
    expect(answers.ServerError).toBeUndefined();
    expect(peak.signIn).toBeLessThanOrEqual(THROTTLE_SLOTS);
    expect(peak.app).toBe(0);
  }, 120_000);
});
