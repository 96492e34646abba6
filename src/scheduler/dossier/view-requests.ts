// Putting each saved document to the employee in their own chat, and reminding them. When a
// final version that asks for a view is saved (the core reports the new record), a reminder of
// kind `document_view` is planned through the plan queue, just after the answer (its re-plan
// marker, written with the save, brings it back through the tick after a crash); the tick hands
// the reminder here. Sent: the next reminder is
// planned a week later, twice at most. Checked before each send: a view given since, a newer
// case state or a removed document, and nothing goes out. An employee Herstart cannot reach in
// chat: their manager is told, once, to record the view given on paper.
import type { Logger } from 'pino';
import { text } from '../../core/card';
import type { ConversationOpener } from '../../core/checkins/reach';
import { ensureReachable } from '../../core/checkins/reach';
import type { Delivery } from '../../core/delivery';
import { loadFileRecords } from '../../core/dossier/file-records';
import { dossierTexts } from '../../core/dossier/texts';
import { viewCard } from '../../core/dossier/view-card';

import type { Clock, SendOutcome } from '../../core/ports';
import type { Case } from '../../domain/case';
import { collectDocuments, DOCUMENT_RECORD, DOCUMENT_SPECS, documentTitle, isDocumentType, versionsAwaitingView, type CaseDocument } from '../../domain/dossier';
import { isConflict } from '../../store/errors';
import type { Store } from '../../store/store';
import type { CaseRecord, Reminder, Tenant, Versioned } from '../../store/types';
import { dueInstant, todayFor } from '../checkins/checkin-plan';
import { plusDays } from '../../core/time';
import type { CasePlanner } from '../plan-queue';
import type { ClaimedReminderHandler } from '../scheduler';
import { UNGUARDED, type ClaimGuard } from '../claim-keeper';
import { newReminder } from '../../store/reminder-state';

export const VIEW_REQUEST_KIND = 'document_view';
/** The request, then a reminder after a week and one more after two (domain VIEW_WAIT_DAYS). */
const REMINDERS = 2;
const REMIND_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

interface Payload {
  versionId: string;
  step: number;
}

function payloadOf(r: Pick<Reminder, 'payload'>): Payload | null {
  const p = r.payload ?? {};
  return typeof p.versionId === 'string' && typeof p.step === 'number' ? { versionId: p.versionId, step: p.step } : null;
}

function request(tenantId: string, caseId: string, employeeId: string, p: Payload, dueAt: Date): Reminder {
  return newReminder({
    id: `${caseId}:dv:${p.versionId}:${p.step}`,
    tenantId,
    caseId,
    recipientId: employeeId,
    recipientRole: 'employee',
    kind: VIEW_REQUEST_KIND,
    milestoneId: null,
    ruleId: null,
    dueAt: dueAt.toISOString(),
    payload: { ...p },
  });
}

export class ViewRequests implements CasePlanner, ClaimedReminderHandler {
  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      logger: Logger;
      delivery: Pick<Delivery, 'toPerson'>;
      openers: readonly ConversationOpener[];
      newId: () => string;
      maxAttempts?: number;
    },
  ) {}

  /** A change to the case asks for no view; only a saved document does. */
  readonly followsCaseChanges = false;

  /** CasePlanner: a final version that asks for the employee's view. */
  follows(record: CaseRecord): boolean {
    const d = record.data;
    return record.kind === DOCUMENT_RECORD && d.status === 'final' && isDocumentType(d.type) && DOCUMENT_SPECS[d.type].employeeView !== 'none';
  }

  /**
   * CasePlanner: every version that awaits the employee's view and was never put to them gets its
   * first request, due now. A version asked about before (whatever became of those requests) is
   * left alone, so a plan run twice asks once.
   */
  async planCase(tenant: Tenant, c: Case): Promise<void> {
    if (c.status !== 'open') return;
    const { store, clock } = this.deps;
    const [records, reminders] = await Promise.all([loadFileRecords(store, c.tenantId, c.id), store.reminders.listForCase(c.tenantId, c.id)]);
    const asked = new Set(reminders.filter((r) => r.kind === VIEW_REQUEST_KIND).map((r) => payloadOf(r)?.versionId));
    const now = clock.now();
    const due = collectDocuments(records)
      .flatMap((doc) => versionsAwaitingView(doc))
      .filter((v) => !asked.has(v.versionId))
      .map((v) => request(tenant.id, c.id, c.employeeId, { versionId: v.versionId, step: 0 }, now));
    if (due.length > 0) await store.reminders.upsertPending(due);
  }

  handles(r: Pick<Reminder, 'kind'>): boolean {
    return r.kind === VIEW_REQUEST_KIND;
  }

  async deliverClaimed(claimed: Versioned<Reminder>, guard: ClaimGuard = UNGUARDED): Promise<'sent' | 'dropped' | 'released'> {
    const r = claimed.value;
    try {
      return await this.deliver(claimed, guard);
    } catch (err) {
      this.deps.logger.error({ err, tenantId: r.tenantId, reminderId: r.id }, 'view request failed');
      return this.settle(claimed, { status: 'failed', error: err instanceof Error ? err.message : String(err) }, guard);
    }
  }

  private async deliver(claimed: Versioned<Reminder>, guard: ClaimGuard): Promise<'sent' | 'dropped' | 'released'> {
    const { store, clock } = this.deps;
    const r = claimed.value;
    const p = payloadOf(r);
    const [tenant, found] = await Promise.all([store.tenants.get(r.tenantId), r.caseId ? store.cases.get(r.tenantId, r.caseId) : null]);
    if (!p || !tenant || !found || found.value.status !== 'open') return this.settle(claimed, null, guard);
    const c = found.value;
    const docs = collectDocuments(await loadFileRecords(store, c.tenantId, c.id));
    const doc = docs.find((d) => d.versions.some((v) => v.versionId === p.versionId));
    const version = doc?.versions.find((v) => v.versionId === p.versionId);
    // State before send: a view given since (in chat or on paper) ends the requests.
    if (!doc || !version || doc.views.has(version.versionId)) return this.settle(claimed, null, guard);
    const person = (await store.people.get(c.tenantId, c.employeeId))?.value;
    if (!person) return this.settle(claimed, null, guard);
    const now = clock.now();
    if (!(await ensureReachable(store, this.deps.openers, person, now))) {
      await this.tellManager(c.tenantId, c.managerId, person.displayName, doc, p.step);
      return this.settle(claimed, null, guard);
    }
    const author = (await store.people.get(c.tenantId, version.authorId))?.value.displayName ?? '?';
    if (!guard.live()) {
      // The claim could not be kept alive: not sent here; given back due now for whoever claims it next.
      await guard.settle(() => store.reminders.release(claimed.value, claimed.etag, now, 'claim running out')).catch((err: unknown) => {
        if (!isConflict(err)) throw err;
      });
      return 'released';
    }
    const report = await this.deps.delivery.toPerson(c.tenantId, person.id, 'employee', (lang) => {
      const v = dossierTexts(lang).view;
      return [text(p.step === 0 ? v.hello(person.displayName) : v.reminder(person.displayName)), viewCard(lang, { caseId: c.id, doc, version, authorName: author }, this.deps.newId())];
    });
    if (report.outcome.status === 'dead') {
      await this.tellManager(c.tenantId, c.managerId, person.displayName, doc, p.step);
      return this.settle(claimed, null, guard);
    }
    const outcome = await this.settle(claimed, report.outcome, guard);
    if (outcome === 'sent' && p.step < REMINDERS) {
      const day = plusDays(todayFor(tenant.value, person, now), REMIND_AFTER_DAYS);
      await store.reminders.upsertPending([request(c.tenantId, c.id, person.id, { versionId: p.versionId, step: p.step + 1 }, dueInstant(day, tenant.value, person, now))]);
    }
    return outcome;
  }

  /** Once per document version: the first request that finds the employee out of reach. */
  private async tellManager(tenantId: string, managerId: string, employeeName: string, doc: CaseDocument, step: number): Promise<void> {
    if (step > 0) return;
    await this.deps.delivery.toPerson(tenantId, managerId, 'manager', (lang) => [text(dossierTexts(lang).view.unreachable(employeeName, documentTitle(doc.type, lang)))]);
  }

  private async settle(claimed: Versioned<Reminder>, outcome: SendOutcome | null, guard: ClaimGuard): Promise<'sent' | 'dropped' | 'released'> {
    const r = claimed.value;
    const now = this.deps.clock.now();
    try {
      if (outcome === null || outcome.status === 'sent' || r.attempts + 1 >= (this.deps.maxAttempts ?? 6)) {
        await guard.settle(() => this.deps.store.reminders.markSent(claimed.value, claimed.etag, now));
        return outcome?.status === 'sent' ? 'sent' : 'dropped';
      }
      const wait = outcome.status === 'throttled' ? outcome.retryAfterMs : outcome.status === 'dead' ? DAY_MS : Math.min(60_000 * 2 ** (r.attempts + 1), 6 * 3_600_000);
      await guard.settle(() => this.deps.store.reminders.release(claimed.value, claimed.etag, new Date(now.getTime() + wait), outcome.status));
      return 'released';
    } catch (err) {
      if (!isConflict(err)) throw err;
      return 'released';
    }
  }
}

