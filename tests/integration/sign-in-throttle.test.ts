// The sign-in throttle on the real database, driven the way lib/auth.ts drives it: many attempts at
// once, counting how many reach the (real, argon2) password check. The clock is injected, so
// "after the window" needs no waiting.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  ACCOUNT_MAX_DELAY_MS,
  LoginThrottle,
  PAIR_MAX_ATTEMPTS,
  WINDOW_MS,
} from "@/lib/login-throttle";
import { ConcurrencyLimit } from "@/lib/user/concurrency-limit";
import { hashPassword, verifyPassword } from "@/lib/user/password";
import { checkCredentials, type SignInDeps, type SignInOutcome } from "@/lib/user/sign-in";

const PASSWORD = "correct horse battery";
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
