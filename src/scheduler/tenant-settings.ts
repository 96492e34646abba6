// A tenant's settings as the scheduler uses them: plan settings (lead times, cadence, escalation
// rules) and delivery windows. Also the start-up check: every tenant's settings must be usable,
// and a bad escalation rule stops start-up with the tenant and the rule named.
import type { Jurisdiction } from '../domain/case';
import { cadenceFor, contactRecipient, parseContactProcedure, procedureFor } from '../domain/contact-procedure';
import { deadlineOptionsFor, ruleFieldsProblem } from '../domain/rules/tenant-options';
import { DEFAULT_PLAN_SETTINGS } from '../domain/schedule/case-plan';
import { DEFAULT_WORKING_HOURS, validateWindow, isTimeZone, type DeliveryWindow } from '../domain/schedule/delivery-window';
import { cachedTenantRules, validateEscalationRules } from '../domain/schedule/escalation-rules';
import { validateLeadTimes } from '../domain/schedule/lead-times';
import type { PlanSettings } from '../domain/schedule/plan-types';
import { InvalidSettingError } from '../domain/schedule/setting-error';
import type { Store } from '../store/store';
import type { Person, Tenant } from '../store/types';

export function planSettingsFor(tenant: Tenant): PlanSettings {
  const s = tenant.settings;
  const procedure = procedureFor(s.jurisdiction, s.contactProcedure);
  return {
    ...DEFAULT_PLAN_SETTINGS,
    leadTimes: s.leadTimes ?? {},
    cadence: cadenceFor(s.cadence, procedure),
    contactTo: contactRecipient(procedure),
    deadlines: deadlineOptionsFor(s),
    rules: cachedTenantRules(s.escalationRules),
  };
}

/** The delivery window for one person (their own time zone when known), or for HR (the tenant's). */
export function windowFor(tenant: Tenant, person?: Pick<Person, 'timeZone'> | null): DeliveryWindow {
  const s = tenant.settings;
  const own = person?.timeZone && isTimeZone(person.timeZone) ? person.timeZone : null;
  return {
    timeZone: own ?? s.timeZone,
    start: s.workingHours?.start ?? DEFAULT_WORKING_HOURS.start,
    end: s.workingHours?.end ?? DEFAULT_WORKING_HOURS.end,
    jurisdiction: s.jurisdiction as Jurisdiction,
    daysOff: deadlineOptionsFor(s).daysOff,
  };
}

/** Throws InvalidSettingError naming the tenant and what is wrong. */
export function validateTenantSettings(tenant: Tenant): void {
  const where = `tenant ${tenant.id}${tenant.name ? ` (${tenant.name})` : ''}`;
  validateEscalationRules(tenant.settings.escalationRules, where);
  const legal = ruleFieldsProblem(tenant.settings);
  if (legal) throw new InvalidSettingError('rules', `${where}: ${legal}`);
  const procedure = tenant.settings.contactProcedure;
  if (procedure != null && !parseContactProcedure(procedure)) {
    throw new InvalidSettingError('contactProcedure', `${where}: contactProcedure is not a valid contact procedure`);
  }
  try {
    validateLeadTimes(tenant.settings.leadTimes);
    validateWindow(windowFor(tenant));
  } catch (e) {
    if (e instanceof InvalidSettingError) throw new InvalidSettingError(e.setting, `${where}: ${e.detail}`, e.ruleId);
    throw e;
  }
}

/**
 * The start-up check the app runs before it starts ticking: every tenant in the store. Returns
 * how many tenants were checked; throws the first problem.
 */
export async function validateAllTenantSettings(store: Store): Promise<number> {
  const ids = await store.tenants.listIds();
  for (const id of ids) {
    const tenant = await store.tenants.get(id);
    if (tenant) validateTenantSettings(tenant.value);
  }
  return ids.length;
}

export { InvalidSettingError };
