// Public PDFs are made once per scope and published state, not once per request: the bytes are kept
// in memory under a key that names both (lib/report/public.ts), and requests arriving while the
// first layout runs wait for it instead of starting their own. Bounded in bytes (least recently
// used first out) and in age (a safety net for changes the stamp does not see).

export class MadeOnce {
  private readonly entries = new Map<string, { bytes: Uint8Array<ArrayBuffer>; at: number }>();
  private readonly making = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  private size = 0;

  constructor(private readonly o: { maxBytes: number; ttlMs: number; now?: () => number }) {}

  private drop(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.size -= e.bytes.byteLength;
  }

  /** The stored bytes for key, if fresh. */
  peek(key: string): Uint8Array<ArrayBuffer> | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if ((this.o.now ?? Date.now)() - e.at > this.o.ttlMs) {
      this.drop(key);
      return undefined;
    }
    this.entries.delete(key); // most recently used goes last; eviction takes the first
    this.entries.set(key, e);
    return e.bytes;
  }

  /**
   * The bytes for key: stored, being made (shared), or made now by `make`. `fresh` says whether
   * this caller's `make` ran. A failure is not stored: the next caller tries again.
   */
  async get(
    key: string,
    make: () => Promise<Uint8Array<ArrayBuffer>>,
  ): Promise<{ bytes: Uint8Array<ArrayBuffer>; fresh: boolean }> {
    const stored = this.peek(key);
    if (stored) return { bytes: stored, fresh: false };
    const running = this.making.get(key);
    if (running) return { bytes: await running, fresh: false };
    const made = make().finally(() => this.making.delete(key));
    this.making.set(key, made);
    const bytes = await made;
    this.store(key, bytes);
    return { bytes, fresh: true };
  }

  private store(key: string, bytes: Uint8Array<ArrayBuffer>) {
    // One huge file must not push out all the others.
    if (bytes.byteLength > this.o.maxBytes / 4) return;
    this.drop(key);
    for (const first of this.entries.keys()) {
      if (this.size + bytes.byteLength <= this.o.maxBytes) break;
      this.drop(first);
    }
    this.entries.set(key, { bytes, at: (this.o.now ?? Date.now)() });
    this.size += bytes.byteLength;
  }

  stats() {
    return { entries: this.entries.size, bytes: this.size, making: this.making.size };
  }
}
