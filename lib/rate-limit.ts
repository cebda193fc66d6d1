// A per-client request budget for expensive public endpoints (report exports): a token bucket per
// client address, refilled continuously, plus a cap on how many of one client's exports stream at
// once. In this process's memory: the app runs as one server process (scripts/serve.mjs), and a
// limit that forgets on restart is fine for its purpose, which is keeping one client from hogging the
// database, not billing. The table of clients is bounded; the least recently seen are dropped first.
type Bucket = { tokens: number; at: number; running: number };

export type RateLimitOptions = {
  /** Requests a client may make in a burst. */
  burst: number;
  /** Tokens added per second. */
  perSecond: number;
  /** Streams one client may have open at once. */
  concurrent: number;
  maxClients?: number;
  now?: () => number;
};

export type RateDecision =
  | { ok: true; release: () => void }
  | { ok: false; retryAfterSeconds: number; reason: "rate" | "concurrency" };

export class RateLimit {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly o: RateLimitOptions) {}

  take(client: string): RateDecision {
    const now = (this.o.now ?? Date.now)();
    const b = this.buckets.get(client) ?? { tokens: this.o.burst, at: now, running: 0 };
    b.tokens = Math.min(this.o.burst, b.tokens + ((now - b.at) / 1000) * this.o.perSecond);
    b.at = now;
    // Re-inserted on every use, so the Map's first entries are the least recently seen clients.
    this.buckets.delete(client);
    this.buckets.set(client, b);
    this.evict();
    if (b.running >= this.o.concurrent)
      return { ok: false, retryAfterSeconds: 5, reason: "concurrency" };
    if (b.tokens < 1)
      return {
        ok: false,
        retryAfterSeconds: Math.ceil((1 - b.tokens) / this.o.perSecond),
        reason: "rate",
      };
    b.tokens -= 1;
    b.running += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        b.running = Math.max(0, b.running - 1);
      },
    };
  }

  private evict() {
    const max = this.o.maxClients ?? 10_000;
    for (const [client, b] of this.buckets) {
      if (this.buckets.size <= max) break;
      if (b.running === 0) this.buckets.delete(client);
    }
  }
}
