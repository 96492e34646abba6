// What helps: across cases where the person went back to work, which agreements and adjustments
// came before a lasting return and which before a relapse, and what managers answered in their
// look-backs, by theme. Pure; counts only, never a case or a person, and every count about fewer
// than five people is hidden (small-groups.ts).
//
// A return is lasting when no new sickness report follows within six months of the first day back
// (the span of the post-return phase in which relapse is watched for; domain.md §1). A return less
// than six months ago, without a relapse so far, is not counted yet: it could still go either way.
import type { Case, IsoDate } from '../case';
import { addDays, addMonths } from '../dates';
import { reportStarts } from './absence-figures';
import { guard, type Guarded } from './small-groups';

/** The adjustments a manager can record as agreed (the outcome form's choices, "none" left out). */
export const AGREEMENTS = ['hours', 'tasks', 'workplace', 'buildup', 'contact'] as const;
export type AgreementId = (typeof AGREEMENTS)[number];

export interface HelpsCase {
  c: Pick<Case, 'employeeId' | 'sickPeriods'>;
  /** Agreements recorded after each conversation, with its day. */
  agreements: ReadonlyArray<{ on: IsoDate; ids: readonly string[] }>;
  /** The manager's look-backs: the themes chosen. */
  lookbacks: ReadonlyArray<{ helped: readonly string[]; different: readonly string[] }>;
  /** First sick days of the same person's later cases (a relapse after this case was closed). */
  laterReports: readonly IsoDate[];
}

export type ReturnOutcome = 'lasting' | 'relapse' | 'too_early' | 'not_returned';

export interface ThemeCount {
  id: string;
  all: Guarded<number>;
  lasting: Guarded<number>;
  relapse: Guarded<number>;
}

export interface WhatHelps {
  lasting: Guarded<number>;
  relapse: Guarded<number>;
  agreements: Array<{ id: AgreementId; lasting: Guarded<number>; relapse: Guarded<number> }>;
  helped: ThemeCount[];
  different: ThemeCount[];
}

/** The first day back at work after the first recovery, or null while no period has ended for good. */
export function firstReturnDay(c: HelpsCase['c']): IsoDate | null {
  const periods = c.sickPeriods;
  for (let i = 0; i < periods.length; i++) {
    const end = periods[i]!.end;
    if (!end) return null;
    const next = periods[i + 1];
    if (!next || next.start !== addDays(end, 1)) return addDays(end, 1);
  }
  return null;
}

export function returnOutcome(h: HelpsCase, today: IsoDate): { outcome: ReturnOutcome; returnDay: IsoDate | null } {
  const back = firstReturnDay(h.c);
  if (!back || back > today) return { outcome: 'not_returned', returnDay: null };
  const until = addMonths(back, 6);
  const again = [...reportStarts(h.c.sickPeriods), ...h.laterReports].some((d) => d > back && d < until);
  if (again) return { outcome: 'relapse', returnDay: back };
  return { outcome: today >= until ? 'lasting' : 'too_early', returnDay: back };
}

export function whatHelps(cases: readonly HelpsCase[], today: IsoDate, themes: { helped: readonly string[]; different: readonly string[] }): WhatHelps {
  const people = { lasting: new Set<string>(), relapse: new Set<string>() };
  const agreed = new Map<AgreementId, { lasting: Set<string>; relapse: Set<string> }>(AGREEMENTS.map((a) => [a, { lasting: new Set(), relapse: new Set() }]));
  const tally = (ids: readonly string[]) => new Map(ids.map((id) => [id, { all: new Set<string>(), lasting: new Set<string>(), relapse: new Set<string>() }]));
  const helped = tally(themes.helped);
  const different = tally(themes.different);

  for (const h of cases) {
    const who = h.c.employeeId;
    const { outcome, returnDay } = returnOutcome(h, today);
    const known = outcome === 'lasting' || outcome === 'relapse' ? outcome : null;
    if (known) {
      people[known].add(who);
      const before = new Set(h.agreements.filter((a) => returnDay && a.on <= returnDay).flatMap((a) => a.ids));
      for (const id of AGREEMENTS) if (before.has(id)) agreed.get(id)![known].add(who);
    }
    for (const lb of h.lookbacks) {
      for (const [list, counts] of [[lb.helped, helped], [lb.different, different]] as const) {
        for (const id of new Set(list)) {
          const c = counts.get(id);
          if (!c) continue;
          c.all.add(who);
          if (known) c[known].add(who);
        }
      }
    }
  }

  const count = (s: Set<string>) => guard(s.size, s.size);
  const themeRows = (m: ReturnType<typeof tally>): ThemeCount[] =>
    [...m.entries()].map(([id, c]) => ({ id, all: count(c.all), lasting: count(c.lasting), relapse: count(c.relapse) }));
  return {
    lasting: count(people.lasting),
    relapse: count(people.relapse),
    agreements: AGREEMENTS.map((id) => ({ id, lasting: count(agreed.get(id)!.lasting), relapse: count(agreed.get(id)!.relapse) })),
    helped: themeRows(helped),
    different: themeRows(different),
  };
}
