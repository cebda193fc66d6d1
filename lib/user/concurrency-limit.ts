// Caps how many argon2 verifications run at once. Each one costs tens of milliseconds of a core and
// 64 MiB of memory on purpose; without a cap a burst of sign-in requests (even refused-anyway
// guesses at unknown e-mails) would turn the sign-in endpoint into a CPU and memory amplifier.
// Callers beyond the cap wait in a short queue; beyond that they are refused at once rather than
// queued for ever, and the sign-in form asks them to try again.

export class BusyError extends Error {
  constructor() {
    super("Busy");
  }
}

export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly maxRunning: number,
    readonly maxWaiting: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `task` when a slot is free; throws BusyError at once if `maxWaiting` callers already wait.
   * `alwaysQueue`: wait however long the queue, for work that must not be dropped (settling an
   * attempt that already ran).
   */
  async run<T>(task: () => Promise<T>, { alwaysQueue = false } = {}): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (!alwaysQueue && this.waiting.length >= this.maxWaiting) throw new BusyError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next caller (the count stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
