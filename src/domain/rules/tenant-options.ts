// A tenant's own legal settings: overrides of the configurable values (settings.ts) and the
// organisation's days off. Read leniently where they are used (an unknown or malformed value
// falls back to the default) and checked strictly at start-up, so a typo stops Herstart with
// the setting named instead of silently changing a deadline.
import { z } from 'zod';
import { isDayOffEntry } from '../working-days';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings';

/** What a tenant's settings may carry for the rules; the store's TenantSettings has these fields. */
export interface TenantRuleFields {
  /** Overrides of the configurable values, keyed by RuleSettings name. */
  rules?: Record<string, unknown> | null;
  /** The organisation's own days off: `YYYY-MM-DD` or yearly `MM-DD`. */
  daysOff?: readonly string[] | null;
}

const days = (max: number) => z.number().int().min(0).max(max);

const OVERRIDES = z
  .object({
    dueSoonDays: days(60),
    nlArboReportDay: days(42).min(1),
    nlSecondTrackStartDays: days(182).min(1),
    nlSanctionEndDaysAfterShortening: days(182),
    bePre2026ChainGapDays: days(365).min(1),
    be2026ChainGapDays: days(365).min(1),
    beQuickScanFromDay: days(365).min(1),
    beQuickScanDueDay: days(365).min(1),
    beMedicalCertificate: z.boolean(),
    beMedicalCertificateWorkingDays: days(30).min(1),
    beMedicalCertificateSaturdays: z.boolean(),
  })
  .partial()
  .strict();

const DAYS_OFF = z.array(z.string().refine(isDayOffEntry, 'use YYYY-MM-DD or MM-DD')).max(366);

/** The problem with a tenant's rule fields in one line, or null when they are fine. */
export function ruleFieldsProblem(fields: TenantRuleFields): string | null {
  const overrides = OVERRIDES.safeParse(fields.rules ?? {});
  if (!overrides.success) {
    const issue = overrides.error.issues[0]!;
    const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
    return `rules.${key}: ${issue.message}`;
  }
  const daysOff = DAYS_OFF.safeParse(fields.daysOff ?? []);
  if (!daysOff.success) {
    const issue = daysOff.error.issues[0]!;
    return `daysOff[${issue.path.join('.')}]: ${issue.message}`;
  }
  return null;
}

/** The deadline options for a tenant: valid overrides only, plus its days off. */
export function deadlineOptionsFor(fields: TenantRuleFields | null | undefined): Partial<RuleSettings> {
  if (!fields) return {};
  const out: Partial<RuleSettings> = {};
  const raw = fields.rules ?? {};
  for (const key of Object.keys(DEFAULT_RULE_SETTINGS) as Array<keyof RuleSettings>) {
    if (key === 'daysOff' || !(key in raw)) continue;
    const one = OVERRIDES.safeParse({ [key]: raw[key] });
    if (one.success) Object.assign(out, one.data);
  }
  const daysOff = (fields.daysOff ?? []).filter(isDayOffEntry);
  if (daysOff.length > 0) out.daysOff = daysOff;
  return out;
}
