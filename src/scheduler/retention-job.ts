// Retention: closed cases are kept for two years after they end (store/retention.ts gives the
// source), then removed with everything recorded about them. This job does that for every
// tenant, counting the day where the tenant is. It runs at start-up and then a few times a day;
// the purge is idempotent, so a second instance running it too does no harm.
import type { Logger } from 'pino';
import { localDate } from '../core/time';
import type { Clock } from '../core/ports';
import { purgeCutoff } from '../store/retention';
import type { PurgeResult, Store } from '../store/store';

export interface RetentionReport extends PurgeResult {
  tenants: number;
  failedTenants: number;
  /** Expired one-time links and sessions removed (SQLite; Cosmos DB's TTL removes them itself). */
  expiredEntries: number;
}

const EVERY_MS = 6 * 3600_000;

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<RetentionReport> | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly everyMs = EVERY_MS,
  ) {}

  /** Purges, for every tenant, the closed cases whose retention has ended. Concurrent calls share one run. */
  runNow(): Promise<RetentionReport> {
    if (!this.current) this.current = this.run().finally(() => (this.current = null));
    return this.current;
  }

  start(): void {
    const loop = async () => {
      try {
        await this.runNow();
      } catch (err) {
        this.logger.error({ err }, 'retention run failed; trying again later');
      }
      this.timer = setTimeout(() => void loop(), this.everyMs);
      this.timer.unref?.();
    };
    this.timer = setTimeout(() => void loop(), 0);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
  }

  private async run(): Promise<RetentionReport> {
    const report: RetentionReport = { tenants: 0, failedTenants: 0, cases: 0, records: 0, reminders: 0, audit: 0, expiredEntries: 0 };
    const now = this.clock.now();
    try {
      report.expiredEntries = await this.store.kv.purgeExpired(now);
    } catch (err) {
      this.logger.error({ err }, 'retention: expired links and sessions not removed; trying again later');
    }
    for (const tenantId of await this.store.tenants.listIds()) {
      report.tenants++;
      try {
        const tenant = await this.store.tenants.get(tenantId);
        if (!tenant) continue;
        const purged = await this.store.purgeClosedCases(tenantId, purgeCutoff(localDate(now, tenant.value.settings.timeZone)));
        report.cases += purged.cases;
        report.records += purged.records;
        report.reminders += purged.reminders;
        report.audit += purged.audit;
        // Counts only: what was removed must not reappear in the logs.
        if (purged.cases > 0) this.logger.info({ tenantId, ...purged }, 'retention: closed cases removed');
      } catch (err) {
        // One tenant's failure must not keep the others' data beyond its term; the next run retries.
        report.failedTenants++;
        this.logger.error({ err, tenantId }, 'retention failed for a tenant');
      }
    }
    return report;
  }
}
