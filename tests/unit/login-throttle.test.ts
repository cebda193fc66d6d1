// The throttle's rules as pure functions of a counter and the clock (the Postgres side is in
// tests/integration/sign-in-throttle.test.ts).
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_FREE_ATTEMPTS,
  ACCOUNT_MAX_DELAY_MS,
  advance,
  CLIENT_MAX_ATTEMPTS,
  type Counter,
  PAIR_MAX_ATTEMPTS,
  throttleKeys,
  WINDOW_MS,
  waitFor,
} from "@/lib/user/login-throttle";

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const afterAttempts = (n: number, start = T0): Counter => {
  let c: Counter | undefined;
  for (let i = 0; i < n; i++) c = advance(c, start);
  return c!;
};

describe("login throttle rules", () => {
  it("lets an account from one client try 5 times, then shuts that pair out until the window ends", () => {
    expect(waitFor("pair", afterAttempts(PAIR_MAX_ATTEMPTS - 1), T0)).toBe(0);
    expect(waitFor("pair", afterAttempts(PAIR_MAX_ATTEMPTS), T0)).toBe(WINDOW_MS);
    expect(waitFor("pair", afterAttempts(PAIR_MAX_ATTEMPTS), T0 + WINDOW_MS / 3)).toBe(
      (2 * WINDOW_MS) / 3,
    );
    expect(waitFor("pair", afterAttempts(PAIR_MAX_ATTEMPTS), T0 + WINDOW_MS)).toBe(0);
  });

  it("shuts a client out after many attempts across accounts", () => {
    expect(waitFor("client", afterAttempts(CLIENT_MAX_ATTEMPTS - 1), T0)).toBe(0);
    expect(waitFor("client", afterAttempts(CLIENT_MAX_ATTEMPTS), T0)).toBe(WINDOW_MS);
  });

  it("only slows an account tried from anywhere: doubling waits, never more than a minute", () => {
    expect(waitFor("account", afterAttempts(ACCOUNT_FREE_ATTEMPTS - 1), T0)).toBe(0);
    expect(waitFor("account", afterAttempts(ACCOUNT_FREE_ATTEMPTS), T0)).toBe(1000);
    expect(waitFor("account", afterAttempts(ACCOUNT_FREE_ATTEMPTS + 1), T0)).toBe(2000);
    expect(waitFor("account", afterAttempts(ACCOUNT_FREE_ATTEMPTS + 3), T0 + 500)).toBe(7500);
    for (const n of [ACCOUNT_FREE_ATTEMPTS + 6, 100, 10_000]) {
      expect(waitFor("account", afterAttempts(n), T0)).toBe(ACCOUNT_MAX_DELAY_MS);
      expect(waitFor("account", afterAttempts(n), T0 + ACCOUNT_MAX_DELAY_MS)).toBe(0);
    }
  });

  it("starts a new window once the old one has passed", () => {
    const old = afterAttempts(PAIR_MAX_ATTEMPTS);
    expect(advance(old, T0 + WINDOW_MS)).toEqual({
      attempts: 1,
      windowStart: new Date(T0 + WINDOW_MS),
      lastAt: new Date(T0 + WINDOW_MS),
    });
    expect(advance(old, T0 + 1000)).toEqual({
      attempts: PAIR_MAX_ATTEMPTS + 1,
      windowStart: new Date(T0),
      lastAt: new Date(T0 + 1000),
    });
  });

  it("keeps accounts and clients apart in the keys", () => {
    expect(throttleKeys("a@x.in", "198.51.100.7")).toEqual({
      pair: "pair:a@x.in|198.51.100.7",
      client: "client:198.51.100.7",
      account: "account:a@x.in",
    });
  });
});
