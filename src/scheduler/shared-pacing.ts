// A tenant's throttling, shared between instances. Only the holder of a tenant's delivery lease
// sends to it, so one pacer per tenant runs at a time; when Teams or Slack answers 429, the pause
// goes into the lease (see Scheduler) and whichever instance holds the lease next starts from it
// instead of learning the same 429 again.
import type { Channel } from '../store/types';
import type { QueuedSender } from './send-queue';

/** Epoch ms until which each channel holds a tenant back. */
export type Pauses = Partial<Record<Channel, number>>;

export class SharedPacing {
  private readonly queues: QueuedSender[] = [];
  private readonly listeners = new Set<(tenantId: string) => void>();

  add(queue: QueuedSender): void {
    this.queues.push(queue);
    queue.onThrottled = (tenantId) => {
      for (const l of this.listeners) l(tenantId);
    };
  }

  /** Calls `listener` on every 429; returns the way to stop. */
  onThrottled(listener: (tenantId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The pauses still in force here, to hand on with the tenant's lease. */
  pausesFor(tenantId: string, nowMs: number): Pauses {
    const out: Pauses = {};
    for (const q of this.queues) {
      const until = q.pausedUntil(tenantId);
      if (until > nowMs) out[q.channel] = until;
    }
    return out;
  }

  /** Honours pauses another instance handed on (anything malformed is ignored). */
  adopt(tenantId: string, pauses: unknown): void {
    if (!pauses || typeof pauses !== 'object') return;
    for (const q of this.queues) {
      const until = (pauses as Record<string, unknown>)[q.channel];
      if (typeof until === 'number' && Number.isFinite(until)) q.pauseTenant(tenantId, until);
    }
  }
}
