import { describe, expect, it } from "vitest";
import { RateLimit } from "@/lib/rate-limit";

describe("RateLimit", () => {
  it("allows a burst, then one request per refill interval, per client", () => {
    let now = 0;
    const limit = new RateLimit({ burst: 3, perSecond: 0.5, concurrent: 10, now: () => now });
    const take = (c = "a") => {
      const d = limit.take(c);
      if (d.ok) d.release();
      return d;
    };
    expect([take(), take(), take()].every((d) => d.ok)).toBe(true);
    const refused = take();
    expect(refused).toMatchObject({ ok: false, reason: "rate", retryAfterSeconds: 2 });
    expect(take("b").ok).toBe(true); // another client has its own budget
    now += 2000;
    expect(take().ok).toBe(true);
    expect(take().ok).toBe(false);
  });

  it("caps a client's concurrent streams until they are released", () => {
    const limit = new RateLimit({ burst: 100, perSecond: 1, concurrent: 2, now: () => 0 });
    const first = limit.take("a");
    const second = limit.take("a");
    expect(limit.take("a")).toMatchObject({ ok: false, reason: "concurrency" });
    if (first.ok) {
      first.release();
      first.release(); // releasing twice frees one slot, not two
    }
    expect(limit.take("a").ok).toBe(true);
    expect(limit.take("a").ok).toBe(false);
    expect(second.ok).toBe(true);
  });

  it("forgets idle clients beyond its table size, never one with a stream open", () => {
    const limit = new RateLimit({
      burst: 1,
      perSecond: 0.001,
      concurrent: 1,
      maxClients: 2,
      now: () => 0,
    });
    const busy = limit.take("busy");
    for (const c of ["x", "y", "z"]) {
      const d = limit.take(c);
      if (d.ok) d.release();
    }
    expect(limit.take("busy")).toMatchObject({ ok: false, reason: "concurrency" });
    expect(busy.ok).toBe(true);
    // "x" was forgotten, so it has a fresh budget again
    expect(limit.take("x").ok).toBe(true);
  });
});
