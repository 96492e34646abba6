// The administrator's settings: country (which legal rules apply), employer size, language, and
// who may report a colleague sick.
import { z } from 'zod';
import type { Jurisdiction } from '../../domain/case';
import type { Tenant } from '../../store/types';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { procedureTexts } from '../legal/procedure-texts';
import { updatePerson, updateTenant } from '../writes';

const TIME_ZONES: Record<Jurisdiction, string> = { NL: 'Europe/Amsterdam', BE: 'Europe/Brussels' };

const LANGUAGES = [
  { title: 'Nederlands (Nederland)', value: 'nl-NL' },
  { title: 'Nederlands (België)', value: 'nl-BE' },
  { title: 'English', value: 'en' },
  { title: 'Français (Belgique)', value: 'fr-BE' },
];

const SetupSubmit = z.object({
  jurisdiction: z.enum(['NL', 'BE']),
  employerSize: z.coerce.number().int().min(1).max(1_000_000),
  locale: z.enum(['nl-NL', 'nl-BE', 'en', 'fr-BE']),
  iAmHr: z.enum(['true', 'false']).default('false'),
  reporting: z.enum(['anyone', 'named']).default('anyone'),
  /** The employer's name, as the case file's cover shows it. */
  name: z.string().max(120).optional(),
});

export function setupCard(fc: FlowContext, notice = '') {
  const { t, tenant, person } = fc.session;
  const s = tenant.settings;
  return fc.card(
    'setup',
    {
      title: t.setup.title,
      intro: notice || t.setup.intro,
      labels: {
        jurisdiction: t.setup.jurisdiction,
        employerSize: t.setup.employerSize,
        name: t.setup.name,
        language: t.setup.language,
        iAmHr: t.setup.iAmHr,
        reporting: t.setup.reporting,
        submit: t.setup.submit,
        required: t.common.required,
        sizeInvalid: t.setup.sizeInvalid,
      },
      values: {
        jurisdiction: s.jurisdiction,
        employerSize: s.employerSize,
        name: tenant.name,
        locale: s.locale,
        iAmHr: person.roles.includes('hr') ? 'true' : 'false',
        reporting: s.reporting ?? 'anyone',
      },
      reportingChoices: (['anyone', 'named'] as const).map((value) => ({ title: t.setup.reportingChoices[value], value })),
      jurisdictions: [
        { title: t.setup.nl, value: 'NL' },
        { title: t.setup.be, value: 'BE' },
      ],
      languages: LANGUAGES,
    },
    t.setup.title,
    'form',
  );
}

export function showSetup(fc: FlowContext): CoreReply {
  if (!fc.session.person.roles.includes('admin')) return { messages: [text(fc.session.t.errors.onlyAdmin)] };
  return { messages: [setupCard(fc)] };
}

export async function submitSetup(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const { t, person } = fc.session;
  if (!person.roles.includes('admin')) return { messages: [text(t.errors.onlyAdmin)] };
  const parsed = SetupSubmit.safeParse(data);
  if (!parsed.success) {
    const sizeProblem = parsed.error.issues.some((i) => i.path[0] === 'employerSize');
    return { messages: [setupCard(fc, sizeProblem ? t.setup.sizeInvalid : t.errors.badSubmit)] };
  }
  const v = parsed.data;
  const name = v.name?.trim();
  const tenant = await updateTenant(fc, (current): Tenant => ({
    ...current,
    ...(name ? { name } : {}),
    settings: {
      ...current.settings,
      jurisdiction: v.jurisdiction,
      employerSize: v.employerSize,
      locale: v.locale,
      timeZone: TIME_ZONES[v.jurisdiction],
      reporting: v.reporting,
    },
  }));
  const wantsHr = v.iAmHr === 'true';
  if (wantsHr !== person.roles.includes('hr')) {
    await updatePerson(fc, person.id, (p) => ({
      ...p,
      roles: wantsHr ? [...p.roles, 'hr'] : p.roles.filter((r) => r !== 'hr'),
    }));
  }
  const country = v.jurisdiction === 'NL' ? t.setup.nl : t.setup.be;
  // Belgian work rules must name who keeps in touch and how often: point to where it is recorded.
  const hint = v.jurisdiction === 'BE' && !tenant.settings.contactProcedure ? ` ${procedureTexts(fc.session.lang).setupHint}` : '';
  return {
    messages: [text(t.setup.saved(country, tenant.settings.employerSize) + hint), ...(v.reporting === 'named' ? [text(t.setup.reportingNamed)] : [])],
    replaceSubmitted: fc.card('submitted', { title: t.setup.title, detail: country }, t.setup.title),
  };
}
