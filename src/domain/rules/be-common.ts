// Belgium: duties that do not depend on the regime (domain.md section 4, last paragraph), and the
// occupational doctor's information after 4 weeks, which both regimes keep.
import { nthWorkingDayFrom } from '../working-days';
import { firstCompletion, onSickDay } from './plan-helpers';
import type { MilestoneRule } from './types';

/**
 * Medical certificate within 2 working days when the work rules or a CAO ask for it (art. 31 §2
 * Arbeidsovereenkomstenwet 3 July 1978). The term counts from the first day of incapacity, that
 * day included ("binnen de twee werkdagen vanaf de eerste dag": certimed.be, natpat.be), and
 * working days are all days but Sundays and public holidays ("alle dagen, behalve zon- en
 * feestdagen": orbiss.be), so a case that starts on a Friday is due on the Saturday. Both are
 * secondary readings: `beMedicalCertificateSaturdays` off counts Monday to Friday only (work
 * rules that say so); `beMedicalCertificate` off drops the step.
 */
export const medicalCertificate: MilestoneRule = {
  id: 'be.medical_certificate',
  source: 'art. 31 §2 Arbeidsovereenkomstenwet 3 July 1978 (if the work rules ask for it); first day counts, Saturday is a working day (certimed.be, orbiss.be)',
  responsible: 'employee',
  kind: 'duty',
  plan: (ctx) => {
    if (!ctx.settings.beMedicalCertificate) return [];
    const calendar = { jurisdiction: 'BE' as const, daysOff: ctx.settings.daysOff, saturdayWorks: ctx.settings.beMedicalCertificateSaturdays };
    const due = nthWorkingDayFrom(ctx.caseStart, ctx.settings.beMedicalCertificateWorkingDays, calendar);
    return [{ due, windowStart: null, doneOn: firstCompletion(ctx, 'be.medical_certificate') }];
  },
};

/** Health insurer's quick-scan questionnaire: sent around week 10, returned within 2 weeks. */
export const quickScan: MilestoneRule = {
  id: 'be.quick_scan',
  source: 'mutualiteit (advising doctor), Terug Naar Werk procedure: around week 10, reply within 2 weeks',
  responsible: 'employee', // the health insurer sends it; the employee fills it in
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'be.quick_scan', ctx.settings.beQuickScanDueDay, ctx.settings.beQuickScanFromDay),
};

/** After 4 weeks of incapacity the occupational doctor informs the employee of the options. */
export const BE_INFO_DAY = 29;

/**
 * Art. I.4-71/1 Codex welzijn op het werk (KB 11 Sept 2022): after 4 weeks the occupational
 * doctor (or a nurse) informs the employee of the ways back to work. The KB of 17 Dec 2025 kept
 * it: the external prevention services' 2026 guidance still lists it, and no source we found
 * repeals it (prevent.be, cohezio.be, ncoi.be: "the formal trajectory stays largely the same").
 */
export const reintegrationInfo: MilestoneRule = {
  id: 'be.reintegration_info',
  source: 'art. I.4-71/1 Codex welzijn op het werk (KB 11 Sept 2022, kept by KB 17 Dec 2025): after 4 weeks the occupational doctor informs the employee',
  responsible: 'external',
  party: 'occupational_doctor',
  kind: 'duty',
  plan: (ctx) => onSickDay(ctx, 'be.reintegration_info', BE_INFO_DAY),
};
