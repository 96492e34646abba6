// What one tick reads once and shares: tenants, case snapshots, and the recipients it is about to
// serve. Each recipient needs their cases (with records, reminders and managers' conversations)
// and their own person before a card can go; read one at a time that is a dozen round trips per
// card, which on Cosmos DB costs more time and request units than the paced send itself. So the
// tick reads ahead: when a recipient's turn comes, the cases and people of the next READ_AHEAD
// recipients in line are read together, a query per kind (case-snapshot.ts, loadSnapshots).
// A snapshot is then at most a couple of seconds old when its card goes (READ_AHEAD plus the
// recipients being served, at the paced rate), about what the wait in the paced queue already was.
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { Person, Tenant } from '../store/types';
import { loadSnapshot, loadSnapshots, type CaseSnapshot } from './case-snapshot';
import type { RecipientGroup } from './deliver-group';

/** Recipients read together (in batches of at least half as many). */
export const READ_AHEAD = 48;

export class TickCache {
  readonly tenants = new Map<string, Promise<Tenant | null>>();
  /** By tenant and case id, for the whole tick (escalations and nudges of one case share one). */
  readonly snapshots = new Map<string, Promise<CaseSnapshot | null>>();
  /** Recipients read ahead, by tenant and person id, until their turn. */
  private readonly people = new Map<string, Promise<Person | null>>();
  /** Where each recipient stands in the line it was announced in. */
  private readonly places = new Map<RecipientGroup, { line: readonly RecipientGroup[]; index: number }>();
  private readonly readAlready = new Set<RecipientGroup>();

  /** The recipients about to be served, in the order they will be (lets the tick read ahead). */
  lookAhead(groups: readonly RecipientGroup[]): void {
    groups.forEach((g, index) => this.places.set(g, { line: groups, index }));
  }

  tenant(store: Store, tenantId: string): Promise<Tenant | null> {
    let t = this.tenants.get(tenantId);
    if (!t) {
      t = store.tenants.get(tenantId).then((v) => v?.value ?? null);
      this.tenants.set(tenantId, t);
    }
    return t;
  }

  /**
   * Starts reading `group`'s cases and person, with those of the recipients after it in line, unless
   * that is under way. Reads at least half a window at a time, so each read serves many cards.
   */
  readAhead(store: Store, tenant: Tenant, group: RecipientGroup, now: Date, logger: Pick<Logger, 'warn'>): void {
    const place = this.places.get(group);
    this.places.delete(group);
    const window = place ? place.line.slice(place.index, place.index + READ_AHEAD) : [group];
    const due = window.filter((g) => !this.readAlready.has(g) && g.tenantId === tenant.id);
    const lineEnds = !place || place.index + READ_AHEAD >= place.line.length;
    if (due.length === 0 || (this.readAlready.has(group) && due.length < READ_AHEAD / 2 && !lineEnds)) return;
    for (const g of due) this.readAlready.add(g);
    const caseIds = [...new Set(due.flatMap((g) => g.reminders.map((r) => r.value.caseId)))].filter(
      (id): id is string => !!id && !this.snapshots.has(key(tenant.id, id)),
    );
    const people = [...new Set(due.filter((g) => g.role !== 'hr').map((g) => g.recipientId))].filter((id) => !this.people.has(key(tenant.id, id)));
    if (caseIds.length === 0 && people.length === 0) return;
    const read = loadSnapshots(store, tenant, caseIds, people, now, logger);
    // Each waiter sees a failed read as its own failure; nobody waiting is no unhandled rejection.
    const part = <T>(p: Promise<T>) => {
      p.catch(() => undefined);
      return p;
    };
    for (const id of caseIds) this.snapshots.set(key(tenant.id, id), part(read.then((s) => s.cases.get(id) ?? null)));
    for (const id of people) this.people.set(key(tenant.id, id), part(read.then((s) => s.people.get(id) ?? null)));
  }

  /** The recipient as read ahead (once), else read now. */
  async person(store: Store, tenantId: string, personId: string): Promise<Person | null> {
    const k = key(tenantId, personId);
    const ahead = this.people.get(k);
    if (ahead) {
      this.people.delete(k);
      return ahead;
    }
    return (await store.people.get(tenantId, personId))?.value ?? null;
  }

  /** The case as read ahead or earlier in this tick, else read now. */
  snapshot(store: Store, tenant: Tenant, caseId: string, now: Date, logger: Pick<Logger, 'warn'>): Promise<CaseSnapshot | null> {
    const k = key(tenant.id, caseId);
    let s = this.snapshots.get(k);
    if (!s) {
      s = store.cases.get(tenant.id, caseId).then((found) => (found ? loadSnapshot(store, tenant, found.value, now, logger) : null));
      this.snapshots.set(k, s);
    }
    return s;
  }
}

const key = (tenantId: string, id: string) => `${tenantId}\u0000${id}`;
