// The legal-event form: which fields an event asks for, the card data that shows them, and the
// submitted values turned into a domain LegalEventInput. Validation of dates and limits is the
// domain's (legal/events.ts); this only reads what the card sent.
import { z } from 'zod';
import type { Case } from '../../domain/case';
import type { LegalEventInput } from '../../domain/legal/events';
import {
  expertTopicLabel,
  legalEventLabel,
  requestingPartyLabel,
  safetyNetTermLabel,
  type LegalEventId,
} from '../../domain/legal/labels';
import { EXPERT_OPINION_TOPICS, REQUESTING_PARTIES, SAFETY_NET_TERMS } from '../../domain/legal/types';
import type { Lang } from '../i18n';
import { texts } from '../i18n';
import { shortDate } from '../time';
import { legalTexts } from './texts';

export type FormEvent = Exclude<LegalEventId, 'different_illness'>;

const WITH_END: ReadonlySet<FormEvent> = new Set(['wage_sanction', 'sanction_shortening_decision', 'wia_postponement']);
const END_REQUIRED: ReadonlySet<FormEvent> = new Set(['wage_sanction', 'wia_postponement']);

/** The raw values a form carries (what the card sent back, or what the form starts with). */
export interface FormValues {
  on: string;
  endsOn: string;
  request: string;
  by: string;
  topic: string;
  answer: string;
  reportTerm: string;
  provider: string;
}

export const EMPTY_VALUES: Omit<FormValues, 'on'> = { endsOn: '', request: '', by: '', topic: '', answer: '', reportTerm: '', provider: '' };

/** Card data for the form of `event` on case `c`. */
export function formCardData(
  lang: Lang,
  today: string,
  c: Case,
  employeeName: string,
  event: FormEvent,
  values: FormValues,
  notice: string,
): Record<string, unknown> {
  const t = legalTexts(lang).form;
  const common = texts(lang);
  const label = legalEventLabel(event, lang);
  const on = t.on[event];
  const yesNo =
    event === 'second_track_decision'
      ? { label: t.needed, choices: [{ title: t.yes, value: 'yes' }, { title: t.no, value: 'no' }] }
      : event === 'early_iva_outcome'
        ? { label: t.granted, choices: [{ title: t.grantedYes, value: 'yes' }, { title: t.grantedNo, value: 'no' }] }
        : null;
  const openRequests =
    event === 'expert_opinion_answer'
      ? (c.legal?.expertOpinions ?? [])
          .map((o, i) => ({ o, i }))
          .filter(({ o }) => !o.answeredOn)
          .map(({ o, i }) => ({ title: t.requestTitle(shortDate(o.requestedOn, lang), expertTopicLabel(o.topic, lang)), value: String(i) }))
      : [];
  return {
    caseId: c.id,
    event,
    title: `${label} · ${employeeName}`,
    effect: t.effect[event],
    notice,
    labels: {
      on,
      onMissing: common.errors.missing(on),
      endsOn: WITH_END.has(event) ? (t.endsOn[event] ?? '') : '',
      request: t.request,
      by: t.by,
      topic: t.topic,
      answer: yesNo?.label ?? '',
      reportTerm: t.reportTerm,
      provider: event === 'second_track_start' ? t.provider : '',
      providerHint: t.providerHint,
      choiceMissing: t.choiceMissing,
      submit: t.submit,
    },
    values: { ...values, today },
    requests: openRequests,
    parties: event === 'expert_opinion' ? REQUESTING_PARTIES.map((p) => ({ title: requestingPartyLabel(p, lang), value: p })) : [],
    topics: event === 'expert_opinion' ? EXPERT_OPINION_TOPICS.map((p) => ({ title: expertTopicLabel(p, lang), value: p })) : [],
    answers: yesNo?.choices ?? [],
    terms: event === 'safety_net' ? SAFETY_NET_TERMS.map((p) => ({ title: safetyNetTermLabel(p, lang), value: p })) : [],
  };
}

const text = z.string().max(200).optional().default('');

export const LegalSubmit = z.object({
  on: z.string(),
  endsOn: text,
  request: text,
  by: text,
  topic: text,
  answer: text,
  reportTerm: text,
  provider: text,
});

export type ParsedForm = { ok: true; input: LegalEventInput } | { ok: false; problem: 'choice' | 'ends' };

/** The domain input for a submitted form; the date `on` is already checked by the caller. */
export function toEventInput(event: FormEvent, on: string, v: z.infer<typeof LegalSubmit>): ParsedForm {
  const endsOn = v.endsOn.trim();
  if (END_REQUIRED.has(event) && endsOn === '') return { ok: false, problem: 'ends' };
  const yes = v.answer === 'yes';
  const chosen = v.answer === 'yes' || v.answer === 'no';
  switch (event) {
    case 'wage_sanction':
    case 'wia_postponement':
      return { ok: true, input: { event, on, endsOn } };
    case 'sanction_shortening_decision':
      return { ok: true, input: { event, on, endsOn: endsOn === '' ? null : endsOn } };
    case 'second_track_decision':
      return chosen ? { ok: true, input: { event, on, needed: yes } } : { ok: false, problem: 'choice' };
    case 'early_iva_outcome':
      return chosen ? { ok: true, input: { event, on, granted: yes } } : { ok: false, problem: 'choice' };
    case 'expert_opinion':
      if (!v.by || !v.topic) return { ok: false, problem: 'choice' };
      return { ok: true, input: { event, on, by: v.by as never, topic: v.topic as never } };
    case 'expert_opinion_answer':
      if (!/^\d+$/.test(v.request)) return { ok: false, problem: 'choice' };
      return { ok: true, input: { event, on, request: Number(v.request) } };
    case 'safety_net':
      if (!v.reportTerm) return { ok: false, problem: 'choice' };
      return { ok: true, input: { event, on, reportTerm: v.reportTerm as never } };
    case 'second_track_start':
      return { ok: true, input: { event, on, provider: v.provider.trim() === '' ? null : v.provider } };
    case 'sanction_shortening_request':
    case 'early_iva':
    case 'labour_expert':
      return { ok: true, input: { event, on } };
  }
}
