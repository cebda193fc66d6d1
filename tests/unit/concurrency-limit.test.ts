// The cap on simultaneous argon2 verifications: a few run, a few wait, the rest are refused at once.
import { describe, expect, it } from "vitest";
import { BusyError, ConcurrencyLimit } from "@/lib/user/concurrency-limit";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const settle = () => new Promise((r) => setImmediate(r));

describe("ConcurrencyLimit", () => {
  it("runs at most maxRunning tasks, queues maxWaiting, refuses the rest, and drains in order", async () => {
    const limit = new ConcurrencyLimit(2, 2);
    const gates = Array.from({ length: 6 }, deferred);
    const started: number[] = [];
    let peak = 0;
    const results = gates.map((g, i) =>
      limit
        .run(async () => {
          started.push(i);
          peak = Math.max(peak, limit.active);
          await g.promise;
          return i;
        })
        .catch((e) => e),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect([limit.active, limit.queued]).toEqual([2, 2]);
    expect(await results[4]).toBeInstanceOf(BusyError);
    expect(await results[5]).toBeInstanceOf(BusyError);

    gates[0].resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.resolve();
    expect(await Promise.all(results.slice(0, 4))).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect([limit.active, limit.queued]).toEqual([0, 0]);
  });

  it("frees the slot when a task throws", async () => {
    const limit = new ConcurrencyLimit(1, 0);
    await expect(limit.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit.run(async () => "ok")).toBe("ok");
    expect(limit.active).toBe(0);
  });
});
