// The whole organisation's cases for the figures and "what helps": every case, open or closed,
// with its contacts, agreements and look-backs, read once per kind. Only the pure functions in
// src/domain/figures turn this into numbers; nothing here leaves the server per person.
import type { Case, IsoDate } from '../../domain/case';
import { reportStarts, type FigureCase } from '../../domain/figures/absence-figures';
import type { HelpsCase } from '../../domain/figures/what-helps';
import { planSettingsFor } from '../../scheduler/tenant-settings';
import type { Store } from '../../store/store';
import type { CaseRecord, Tenant } from '../../store/types';
import { timelineOf } from './timeline';

export interface Organisation {
  figureCases: FigureCase[];
  helpsCases: HelpsCase[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function loadOrganisation(store: Store, tenant: Tenant, today: IsoDate): Promise<Organisation> {
  const [cases, outcomes, lookbacks] = await Promise.all([
    store.cases.list(tenant.id).then((l) => l.map((v) => v.value)),
    store.records.list(tenant.id, { kind: 'outcome' }),
    store.records.list(tenant.id, { kind: 'lookback' }),
  ]);
  const byCase = <T>(records: CaseRecord[], pick: (r: CaseRecord) => T | null) => {
    const m = new Map<string, T[]>();
    for (const r of records) {
      const v = r.caseId ? pick(r) : null;
      if (v === null) continue;
      m.set(r.caseId!, [...(m.get(r.caseId!) ?? []), v]);
    }
    return m;
  };
  const contacts = byCase(outcomes, (r) => (typeof r.data.date === 'string' ? { on: r.data.date, ids: strings(r.data.agreements) } : null));
  const looks = byCase(lookbacks, (r) => ({ helped: strings(r.data.helped), different: strings(r.data.different) }));
  const reportsOf = new Map<string, Array<{ caseStart: IsoDate; starts: IsoDate[] }>>();
  for (const c of cases) {
    const list = reportsOf.get(c.employeeId) ?? [];
    list.push({ caseStart: c.sickPeriods[0]?.start ?? '', starts: reportStarts(c.sickPeriods) });
    reportsOf.set(c.employeeId, list);
  }
  const deadlines = planSettingsFor(tenant).deadlines;

  const figureCases: FigureCase[] = [];
  const helpsCases: HelpsCase[] = [];
  for (const c of cases) {
    if (c.sickPeriods.length === 0) continue;
    const own = contacts.get(c.id) ?? [];
    figureCases.push({ c, milestones: timelineOf(c, today, deadlines)?.milestones ?? [], contactDays: own.map((k) => k.on) });
    const start = c.sickPeriods[0]!.start;
    helpsCases.push({
      c,
      agreements: own,
      lookbacks: looks.get(c.id) ?? [],
      laterReports: (reportsOf.get(c.employeeId) ?? []).filter((r) => r.caseStart > start).flatMap((r) => r.starts),
    });
  }
  return { figureCases, helpsCases };
}

