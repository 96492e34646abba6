// Values that domain.md or our sources mark as practice, secondary or unsure: configurable per
// tenant. Statutory numbers live in the rule packs as constants, each with its source.

export interface RuleSettings {
  /** A milestone is `due_soon` when its due date is at most this many days away (0 = only on the day). */
  dueSoonDays: number;
  /** NL report to the occupational service: no statutory day; "week 1 in practice" (Regeling procesgang art. 2; praktijkgidsarbeidsrecht.nl). */
  nlArboReportDay: number;
  /**
   * NL second track: start within 6 weeks of the first-year evaluation that found it needed
   * (secondary: verzuimservices.nl, panthion.nl, hetarbeidsdeskundigcollectief.nl, reading UWV's
   * Werkwijzer Poortwachter). Days after the recorded decision.
   */
  nlSecondTrackStartDays: number;
  /**
   * NL wage sanction shortened after repair: the sanction ends 6 weeks after UWV's decision
   * (secondary: rviregister.nl, fith.nl; uwv.nl only says UWV decides within 3 weeks). Used
   * when HR records the decision without the end date from UWV's letter.
   */
  nlSanctionEndDaysAfterShortening: number;
  /** BE before 2026: a return shorter than 14 days does not interrupt the incapacity (KB 11 Sept 2022). */
  bePre2026ChainGapDays: number;
  /**
   * BE from 2026: relapse window for guaranteed salary, 8 weeks (was 14 days), for the same
   * illness only (law of 19 Dec 2025; beci.be, securex.be: secondary sources).
   */
  be2026ChainGapDays: number;
  /** BE health-insurer quick scan: sent around week 10, returned within 2 weeks (mutualiteit practice). */
  beQuickScanFromDay: number;
  beQuickScanDueDay: number;
  /** BE medical certificate: only when the work rules or a CAO ask for it (art. 31 Arbeidsovereenkomstenwet). */
  beMedicalCertificate: boolean;
  /** BE medical certificate deadline in working days, the first day of incapacity counting as day one (art. 31 §2). */
  beMedicalCertificateWorkingDays: number;
  /**
   * BE medical certificate: Saturday counts as a working day for this term ("alle dagen behalve
   * zon- en feestdagen": orbiss.be; secondary) unless the work rules say otherwise.
   */
  beMedicalCertificateSaturdays: boolean;
  /** The organisation's own days off (a collective agreement's): `YYYY-MM-DD` or yearly `MM-DD`. */
  daysOff: readonly string[];
}

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  dueSoonDays: 7,
  nlArboReportDay: 7,
  nlSecondTrackStartDays: 42,
  nlSanctionEndDaysAfterShortening: 42,
  bePre2026ChainGapDays: 14,
  be2026ChainGapDays: 56,
  beQuickScanFromDay: 64, // first day of week 10
  beQuickScanDueDay: 84, // two weeks after week 10: end of week 12
  beMedicalCertificate: true,
  beMedicalCertificateWorkingDays: 2,
  beMedicalCertificateSaturdays: true,
  daysOff: [],
});

export function ruleSettings(overrides?: Partial<RuleSettings> | null): RuleSettings {
  return { ...DEFAULT_RULE_SETTINGS, ...(overrides ?? {}) };
}
