// How many days before a legal milestone its reminders go out. Default: a week ahead, the day
// before and on the day itself (issue 6). Tenants may change the default or set lead times per
// milestone id: `{ "default": [10, 2, 0], "nl.uwv_42_week": [14, 7, 1] }`.
import { MILESTONE_IDS } from '../rules';
import { InvalidSettingError } from './setting-error';

export const DEFAULT_LEAD_DAYS: readonly number[] = [7, 1, 0];
/** Longer than this is not a reminder but a plan; the horizon would never reach it anyway. */
export const MAX_LEAD_DAYS = 90;

export type LeadTimes = Readonly<Record<string, readonly number[]>>;

/** The lead times for one milestone, largest first, without duplicates. */
export function leadDaysFor(milestoneId: string, overrides?: LeadTimes | null): number[] {
  const chosen = overrides?.[milestoneId] ?? overrides?.default ?? DEFAULT_LEAD_DAYS;
  return [...new Set(chosen)].sort((a, b) => b - a);
}

/** Throws InvalidSettingError naming the key and the value at fault. */
export function validateLeadTimes(overrides: unknown): LeadTimes {
  if (overrides === undefined || overrides === null) return {};
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new InvalidSettingError('leadTimes', 'must be an object of milestone id (or "default") to a list of days');
  }
  for (const [key, days] of Object.entries(overrides)) {
    if (key !== 'default' && !MILESTONE_IDS.includes(key)) {
      throw new InvalidSettingError('leadTimes', `unknown milestone id ${JSON.stringify(key)}`);
    }
    if (!Array.isArray(days) || days.length === 0) {
      throw new InvalidSettingError('leadTimes', `${key}: give at least one number of days`);
    }
    for (const d of days) {
      if (!Number.isInteger(d) || d < 0 || d > MAX_LEAD_DAYS) {
        throw new InvalidSettingError('leadTimes', `${key}: ${JSON.stringify(d)} is not a whole number of days from 0 to ${MAX_LEAD_DAYS}`);
      }
    }
  }
  return overrides as LeadTimes;
}
