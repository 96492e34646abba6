// The ids the scheduler's cards carry, checked by the core's gate (core/access.ts) before any of
// their buttons is handled: a nudge card's `bundle` names its reminders, and a nudge or escalation
// button names its item(s). Each must be addressed to the presser, and about a case they may see.
import { addressedTo, badSubmit, openCaseFor, type IdCheck } from '../../core/access';
import { payloadOf } from '../reminder-ids';
import { bundleIds } from './bundle-card';

/** Every item named must be one of the case's reminders addressed to the presser. */
const itemsOfCase: IdCheck = async (fc, value, data) => {
  const caseId = data.caseId;
  if (typeof caseId !== 'string' || caseId === '') return badSubmit(fc);
  const wanted = value.split(',').filter(Boolean);
  const { person, tenant } = fc.session;
  const known = new Set(
    (await fc.store.reminders.listForCase(tenant.id, caseId)).filter((r) => addressedTo(r, person)).map((r) => payloadOf(r).item),
  );
  return wanted.every((item) => known.has(item)) ? null : badSubmit(fc);
};

export const SCHEDULER_ID_CHECKS: Record<string, IdCheck> = {
  bundle: async (fc, value) => {
    const { person, tenant } = fc.session;
    for (const id of bundleIds(value)) {
      const found = await fc.store.reminders.get(tenant.id, id);
      // One that is gone (purged with its case) shows nothing; one that is someone else's refuses the press.
      if (!found) continue;
      if (!addressedTo(found.value, person)) return badSubmit(fc);
      if (found.value.caseId) {
        const access = await openCaseFor(fc, found.value.caseId, 'read');
        if (!access.ok) return access.reply;
      }
    }
    return null;
  },
  item: itemsOfCase,
  items: itemsOfCase,
};
