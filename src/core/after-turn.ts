// Work a turn causes but its answer does not need (re-planning a case, saving a conversation
// reference, HR's audit entries of a list) runs a moment after the answer, so the person does not
// wait for it. Work under one key is merged per burst: asked for again while it waits, it runs
// once; asked for again while it runs, it runs once more afterwards (and sees everything asked
// for until then). A flow's own requests are held until the turn has its answer (FlowContext.later);
// plans asked for by the change listener wait the short delay, by which time the answer is out.
// A failing job is tried again a few times, then logged as an error; what must survive a crash
// as well has its own durable marker (see scheduler/plan-queue.ts).
import type { Logger } from 'pino';

export type Job = () => Promise<void>;

interface Entry {
  job: Job;
  what: string;
  state: 'waiting' | 'running';
  again: boolean;
  timer: NodeJS.Timeout | null;
}

export interface AfterTurnOptions {
  /** How long work waits, so that a turn's (and a burst's) requests for it become one run. */
  delayMs?: number;
  /** Waits before each further try of a failed job. */
  retryMs?: readonly number[];
}

export class AfterTurn {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly delayMs: number;
  private readonly retryMs: readonly number[];

  constructor(
    private readonly logger: Pick<Logger, 'warn' | 'error'>,
    opts: AfterTurnOptions = {},
  ) {
    this.delayMs = opts.delayMs ?? 20;
    this.retryMs = opts.retryMs ?? [200, 2_000, 10_000];
  }

  /** Runs `job` a moment from now; `what` names it in the log. */
  later(key: string, what: string, job: Job): void {
    const current = this.entries.get(key);
    if (current?.state === 'waiting') return;
    if (current?.state === 'running') {
      current.again = true;
      current.job = job;
      return;
    }
    const entry: Entry = { job, what, state: 'waiting', again: false, timer: null };
    entry.timer = setTimeout(() => this.start(key, entry), this.delayMs);
    entry.timer.unref?.();
    this.entries.set(key, entry);
  }

  /** Runs everything waiting now and waits until nothing is left: before a scheduler tick, at shutdown, in tests. */
  async settle(): Promise<void> {
    for (;;) {
      for (const [key, e] of this.entries) if (e.state === 'waiting') this.start(key, e);
      if (this.inFlight.size === 0) return;
      await Promise.all([...this.inFlight]);
    }
  }

  private start(key: string, entry: Entry): void {
    if (entry.state !== 'waiting' || this.entries.get(key) !== entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.state = 'running';
    const run = (async () => {
      try {
        do {
          entry.again = false;
          await this.withRetries(entry);
        } while (entry.again);
      } finally {
        this.entries.delete(key);
      }
    })();
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }

  private async withRetries(entry: Entry): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await entry.job();
        return;
      } catch (err) {
        const wait = this.retryMs[attempt];
        if (wait === undefined) {
          this.logger.error({ err, what: entry.what, attempts: attempt + 1 }, 'work after a turn failed; giving up');
          return;
        }
        this.logger.warn({ err, what: entry.what, attempt: attempt + 1 }, 'work after a turn failed; trying again');
        await new Promise<void>((resolve) => setTimeout(resolve, wait).unref?.());
      }
    }
  }
}
