// Which rule pack applies: NL has one; BE is chosen by the day the incapacity began.
import type { IsoDate, Jurisdiction } from '../case';
import { BE_2026_PACK } from './be-2026';
import { BE_PRE2026_PACK } from './be-pre2026';
import { NL_POORTWACHTER } from './nl-poortwachter';
import type { RegimeId, RulePack } from './types';

/** Incapacity from this day on falls under the 2026 Belgian rules (Act of 19 Dec 2025, KB 17 Dec 2025). */
export const BE_2026_START: IsoDate = '2026-01-01';

export const RULE_PACKS: Readonly<Record<RegimeId, RulePack>> = {
  'nl.poortwachter': NL_POORTWACHTER,
  'be.pre2026': BE_PRE2026_PACK,
  'be.2026': BE_2026_PACK,
};

export function regimeFor(jurisdiction: Jurisdiction, caseStart: IsoDate): RegimeId {
  if (jurisdiction === 'NL') return 'nl.poortwachter';
  return caseStart < BE_2026_START ? 'be.pre2026' : 'be.2026';
}

export function rulePackFor(jurisdiction: Jurisdiction, caseStart: IsoDate): RulePack {
  return RULE_PACKS[regimeFor(jurisdiction, caseStart)];
}

/** Every milestone id a case in `jurisdiction` can have, in rule order, without duplicates. */
export function milestoneIdsFor(jurisdiction: Jurisdiction): string[] {
  const ids = Object.values(RULE_PACKS)
    .filter((p) => p.jurisdiction === jurisdiction)
    .flatMap((p) => p.rules.map((r) => r.id));
  return [...new Set(ids)];
}

export const MILESTONE_IDS: readonly string[] = [...milestoneIdsFor('NL'), ...milestoneIdsFor('BE')];

/** Steps done through a recorded legal event (rules/nl-legal.ts), not the generic "step done" form. */
export function isRecordedAsEvent(id: string): boolean {
  return Object.values(RULE_PACKS).some((p) => p.rules.some((r) => r.id === id && r.recordedAsEvent));
}

export function isRepeatingMilestone(id: string): boolean {
  return Object.values(RULE_PACKS).some((p) => p.rules.some((r) => r.id === id && r.repeats));
}

export type { RegimeId, RulePack, MilestoneRule, Responsible, ExternalParty, MilestoneKind } from './types';
export { DEFAULT_RULE_SETTINGS, ruleSettings, type RuleSettings } from './settings';
