import { describe, expect, it } from "vitest";
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from "@/lib/login-throttle";

describe("login throttle", () => {
  it("refuses an e-mail after repeated failures until the window passes; success resets it", () => {
    let now = 1_000_000;
    const t = new LoginThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES - 1; i++) t.fail("a@x");
    expect(t.retryAfter("a@x")).toBe(0);
    t.fail("a@x");
    expect(t.retryAfter("a@x")).toBe(WINDOW_MS);
    expect(t.retryAfter("b@x")).toBe(0); // other accounts are unaffected
    now += WINDOW_MS / 2;
    expect(t.retryAfter("a@x")).toBe(WINDOW_MS / 2);
    now += WINDOW_MS / 2 + 1;
    expect(t.retryAfter("a@x")).toBe(0);
    for (let i = 0; i < MAX_FAILURES; i++) t.fail("c@x");
    t.succeed("c@x");
    expect(t.retryAfter("c@x")).toBe(0);
  });
});
