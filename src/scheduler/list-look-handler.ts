// The tick's part in auditing HR's list looks: a marker still there after its grace period means
// the process that showed the list died before writing the entries; they are written now, from
// the marker, and the marker goes (see core/list-look-audit.ts).
import type { Logger } from 'pino';
import { LIST_LOOK_KIND, writeListLook } from '../core/list-look-audit';
import type { Store } from '../store/store';
import type { Reminder, Versioned } from '../store/types';
import { UNGUARDED, type ClaimGuard } from './claim-keeper';
import type { ClaimedReminderHandler } from './scheduler';

export class ListLookHandler implements ClaimedReminderHandler {
  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  handles(r: Pick<Reminder, 'kind'>): boolean {
    return r.kind === LIST_LOOK_KIND;
  }

  async deliverClaimed(claimed: Versioned<Reminder>, guard: ClaimGuard = UNGUARDED): Promise<'done'> {
    const written = await writeListLook(this.store, claimed, () =>
      guard.settle(() => this.store.reminders.deleteIfUnchanged(claimed.value.tenantId, claimed.value.id, claimed.etag)),
    );
    this.logger.info({ tenantId: claimed.value.tenantId, entries: written }, 'an HR list look audited from its marker');
    return 'done';
  }
}
