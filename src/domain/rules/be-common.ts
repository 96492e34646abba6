// Belgium: duties that do not depend on the regime (domain.md section 4, last paragraph).
import { addWorkingDays } from '../working-days';
import { firstCompletion, onSickDay } from './plan-helpers';
import type { MilestoneRule } from './types';

/**
 * Medical certificate within 2 working days of the first day of incapacity, when the work rules
 * or a CAO ask for it (art. 31 §2 Arbeidsovereenkomstenwet). Working days here are Monday to Friday
 * without public holidays, like every working-day deadline in Herstart; Belgian usage sometimes
 * counts Saturdays too, which would make the deadline earlier. Switch off with `beMedicalCertificate`.
 */
export const medicalCertificate: MilestoneRule = {
  id: 'be.medical_certificate',
  source: 'art. 31 §2 Arbeidsovereenkomstenwet 3 July 1978 (if the work rules ask for it)',
  responsible: 'employee',
  kind: 'duty',
  plan: (ctx) => {
    if (!ctx.settings.beMedicalCertificate) return [];
    const due = addWorkingDays(ctx.caseStart, ctx.settings.beMedicalCertificateWorkingDays, 'BE');
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
