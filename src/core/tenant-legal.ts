// The tenant's legal settings as the flows use them: the deadline options (configurable values,
// the organisation's days off) and the contact rhythm, with a Belgian organisation's contact
// procedure from its work rules. The scheduler reads the same settings through planSettingsFor.
import type { CadenceSettings } from '../domain/cadence';
import { cadenceFor, procedureFor, type ContactProcedure } from '../domain/contact-procedure';
import type { DeadlineOptions } from '../domain/deadlines';
import { deadlineOptionsFor } from '../domain/rules/tenant-options';
import type { FlowContext } from './flow-context';

export function deadlineOptions(fc: FlowContext): DeadlineOptions {
  return deadlineOptionsFor(fc.session.tenant.settings);
}

export function contactProcedure(fc: FlowContext): ContactProcedure | null {
  const s = fc.session.tenant.settings;
  return procedureFor(s.jurisdiction, s.contactProcedure);
}

export function contactCadence(fc: FlowContext): CadenceSettings {
  return cadenceFor(fc.session.tenant.settings.cadence, contactProcedure(fc));
}
