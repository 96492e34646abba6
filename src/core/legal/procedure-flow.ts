// The Belgian contact procedure from the work rules, recorded by the administrator or HR: who
// makes contact, how, and how often. The contact rhythm, the nudges (to HR when the rules name
// HR or another role) and the conversation guide follow it.
import { z } from 'zod';
import {
  CONTACT_MEANS,
  contactMeansLabel,
  parseContactProcedure,
  PROCEDURE_CONTACTS,
  procedureContactLabel,
  ROLE_MAX_LENGTH,
  type ContactProcedure,
} from '../../domain/contact-procedure';
import { screenText } from '../../domain/privacy/medical-screen';
import type { Tenant } from '../../store/types';
import { isHr } from '../access';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { Lang } from '../i18n';
import type { CoreReply } from '../messages';
import { contactProcedure } from '../tenant-legal';
import { updateTenant } from '../writes';
import { procedureTexts } from './procedure-texts';

/** The procedure in one sentence, as the manager reads it in the guide. */
export function procedureSummary(p: ContactProcedure, lang: Lang): string {
  const how = p.how.map((m) => contactMeansLabel(m, lang)).join(', ');
  return procedureTexts(lang).summary(procedureContactLabel(p, lang), how, p.firstContactWorkingDays, p.recoveryDays, p.preReturnDays);
}

function mayEdit(fc: FlowContext): boolean {
  const p = fc.session.person;
  return p.roles.includes('admin') || isHr(p);
}

function procedureCard(fc: FlowContext, notice = '', values: Record<string, unknown> = {}) {
  const { lang } = fc.session;
  const t = procedureTexts(lang);
  const current = contactProcedure(fc);
  return fc.card(
    'contact-procedure',
    {
      title: t.title,
      intro: t.intro,
      notice,
      labels: {
        who: t.who,
        role: t.role,
        how: t.how,
        first: t.first,
        recovery: t.recovery,
        preReturn: t.preReturn,
        submit: t.submit,
        required: fc.session.t.common.required,
        numbers: t.numbersInvalid,
      },
      values: {
        who: current?.who ?? 'manager',
        role: current?.role ?? '',
        how: (current?.how ?? ['call']).join(','),
        first: current?.firstContactWorkingDays ?? 1,
        recovery: current?.recoveryDays ?? 7,
        preReturn: current?.preReturnDays ?? 7,
        ...values,
      },
      whoChoices: PROCEDURE_CONTACTS.map((w) => ({ title: t.whoChoices[w], value: w })),
      howChoices: CONTACT_MEANS.map((m) => ({ title: contactMeansLabel(m, lang), value: m })),
    },
    t.title,
    'form',
  );
}

export function showProcedure(fc: FlowContext): CoreReply {
  const t = procedureTexts(fc.session.lang);
  if (!mayEdit(fc)) return { messages: [text(t.onlyAdminOrHr)] };
  if (fc.session.tenant.settings.jurisdiction !== 'BE') return { messages: [text(t.onlyBe)] };
  return { messages: [procedureCard(fc)] };
}

const count = z.coerce.number().int();
const ProcedureSubmit = z.object({
  who: z.enum(PROCEDURE_CONTACTS),
  role: z.string().max(ROLE_MAX_LENGTH * 2).optional().default(''),
  how: z.string().max(200).optional().default(''),
  first: count,
  recovery: count,
  preReturn: count,
});

export async function submitProcedure(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const { lang, person, t: core } = fc.session;
  const t = procedureTexts(lang);
  if (!mayEdit(fc)) return { messages: [text(t.onlyAdminOrHr)] };
  if (fc.session.tenant.settings.jurisdiction !== 'BE') return { messages: [text(t.onlyBe)] };
  const parsed = ProcedureSubmit.safeParse(data);
  if (!parsed.success) return { messages: [procedureCard(fc, core.errors.badSubmit)] };
  const v = parsed.data;
  // The form comes back in place of the submitted one: one live form, with the notice on it.
  const again = (notice: string, shown = { ...v }): CoreReply => ({ messages: [], replaceSubmitted: procedureCard(fc, notice, shown) });
  const role = v.who === 'role' ? v.role.trim() : '';
  if (v.who === 'role' && role === '') return again(t.roleMissing);
  if (role) {
    const screen = screenText(role);
    // Not kept and not shown again, nor quoted: the words would sit in the chat history.
    if (screen.flagged) return again(t.roleHeld, { ...v, role: '' });
  }
  const how = v.how.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const procedure = parseContactProcedure({
    who: v.who,
    role: role || null,
    how: [...new Set(how)],
    firstContactWorkingDays: v.first,
    recoveryDays: v.recovery,
    preReturnDays: v.preReturn,
    setBy: person.id,
    setAt: fc.clock.now().toISOString(),
  });
  if (!procedure) return again(t.numbersInvalid);
  await updateTenant(fc, (current): Tenant => ({ ...current, settings: { ...current.settings, contactProcedure: procedure } }));
  // Every open case's reminders follow the new rhythm from its next re-plan.
  const open = await fc.store.cases.list(fc.session.tenant.id, { status: 'open' });
  for (const c of open) await fc.changes.caseChanged(c.value.tenantId, c.value.id);
  return {
    messages: [text(t.saved(procedureSummary(procedure, lang)))],
    replaceSubmitted: fc.card('submitted', { title: t.title, detail: procedureContactLabel(procedure, lang) }, t.title),
  };
}
