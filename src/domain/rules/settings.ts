// Values that domain.md marks as practice, secondary or unsure: configurable per tenant.
// Statutory numbers live in the rule packs as constants, each with its source.

export interface RuleSettings {
  /** A milestone is `due_soon` when its due date is at most this many days away (0 = only on the day). */
  dueSoonDays: number;
  /** NL report to the occupational service: no statutory day; "week 1 in practice" (Regeling procesgang art. 2; praktijkgidsarbeidsrecht.nl). */
  nlArboReportDay: number;
  /** BE before 2026: a return shorter than 14 days does not interrupt the incapacity (KB 11 Sept 2022). */
  bePre2026ChainGapDays: number;
  /** BE from 2026: relapse window for guaranteed salary, 8 weeks (law of 18 Dec 2025; secondary sources). */
  be2026ChainGapDays: number;
  /** BE health-insurer quick scan: sent around week 10, returned within 2 weeks (mutualiteit practice). */
  beQuickScanFromDay: number;
  beQuickScanDueDay: number;
  /** BE medical certificate: only when the work rules or a CAO ask for it (art. 31 Arbeidsovereenkomstenwet). */
  beMedicalCertificate: boolean;
  /** BE medical certificate deadline in working days from the first day of incapacity (art. 31 §2). */
  beMedicalCertificateWorkingDays: number;
}

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  dueSoonDays: 7,
  nlArboReportDay: 7,
  bePre2026ChainGapDays: 14,
  be2026ChainGapDays: 56,
  beQuickScanFromDay: 64, // first day of week 10
  beQuickScanDueDay: 84, // two weeks after week 10: end of week 12
  beMedicalCertificate: true,
  beMedicalCertificateWorkingDays: 2,
});

export function ruleSettings(overrides?: Partial<RuleSettings> | null): RuleSettings {
  return { ...DEFAULT_RULE_SETTINGS, ...(overrides ?? {}) };
}
