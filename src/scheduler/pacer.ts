// Pacing for proactive sends: a generic cell rate algorithm (GCRA). Each caller reserves the
// next free slot and sleeps until it, so a hundred waiting sends leave one by one at the set
// rate instead of waking together and racing. A burst lets a few go at once after a quiet spell.
// A throttled answer (429) pauses the pacer and slows it; clean sends bring the rate back.

export interface PacerOptions {
  /** Sends per second at most. */
  ratePerSecond: number;
  /** How many may go back to back after a quiet spell (1 = strictly paced). */
  burst: number;
  /** After a 429 the rate is multiplied by this (0.85: 15% slower). */
  slowdown?: number;
  /**
   * Each clean send moves the rate this share of the way back to the maximum: slowly (about 300
   * sends to close two thirds of the gap), so a rate that just drew a 429 is not tried again soon.
   */
  recovery?: number;
}

export class Pacer {
  private readonly minInterval: number;
  private interval: number;
  private readonly tolerance: number;
  /** Theoretical arrival time of the next send, in ms (GCRA's TAT). */
  private tat = 0;
  private readonly slowdown: number;
  private readonly recovery: number;
  /** While paused after a 429: later 429s from sends already under way do not slow it again. */
  private pausedUntil = 0;

  constructor(opts: PacerOptions) {
    if (!(opts.ratePerSecond > 0)) throw new RangeError(`ratePerSecond must be positive, got ${opts.ratePerSecond}`);
    this.minInterval = 1000 / opts.ratePerSecond;
    this.interval = this.minInterval;
    this.tolerance = this.minInterval * Math.max(0, Math.floor(opts.burst) - 1);
    this.slowdown = opts.slowdown ?? 0.85;
    this.recovery = opts.recovery ?? 0.003;
  }

  /** Reserves a slot; returns how many ms to wait before using it (0: go now). */
  reserve(now: number): number {
    const tat = Math.max(this.tat, now);
    const allowedAt = tat - this.tolerance;
    this.tat = tat + this.interval;
    return Math.max(0, allowedAt - now);
  }

  /** The server said "too many": nothing leaves for `pauseMs`, and the rate drops once per pause. */
  throttle(now: number, pauseMs: number): void {
    if (now >= this.pausedUntil) this.interval = Math.min(this.interval / this.slowdown, this.minInterval * 20);
    this.pausedUntil = Math.max(this.pausedUntil, now + pauseMs);
    this.tat = Math.max(this.tat, this.pausedUntil + this.tolerance);
  }

  /** True while a pause is on: a slot reserved before it must be reserved again. */
  isPaused(now: number): boolean {
    return now < this.pausedUntil;
  }

  /** A send went through: creep back toward the full rate. */
  succeeded(): void {
    this.interval = Math.max(this.minInterval, this.interval - (this.interval - this.minInterval) * this.recovery);
  }

  /** Until when (epoch ms) nothing leaves; 0 when no pause was ever on. */
  get pausedUntilMs(): number {
    return this.pausedUntil;
  }

  get currentRate(): number {
    return 1000 / this.interval;
  }
}

/**
 * At most `max` departures in any `windowMs`, counted when they leave. The pacer spaces sends
 * evenly, but timers fire late on a busy machine and the sends whose time has come then leave
 * together; this holds them back so the platform never sees more than its limit in one window.
 */
export class DepartureWindow {
  /** The last `max` departures, oldest first. */
  private readonly times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {
    if (!(max >= 1)) throw new RangeError(`max must be at least 1, got ${max}`);
  }

  /** How long to wait before one more may leave (0: now). Check and `record` without awaiting in between. */
  waitMs(now: number): number {
    if (this.times.length < this.max) return 0;
    return Math.max(0, this.times[0]! + this.windowMs - now);
  }

  record(now: number): void {
    this.times.push(now);
    if (this.times.length > this.max) this.times.shift();
  }
}

/** At most `limit` at once; the rest wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}
