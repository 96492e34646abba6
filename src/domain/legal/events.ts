// Recording the Dutch legal events on a case, as pure case events (case-events.ts style): each
// takes a Case and an input, validates, and returns a new Case. Repeating the same input returns
// the case unchanged, so a duplicate delivery records nothing twice. Bad input throws a
// DomainError naming the problem. The deadlines that follow are computed by the rule packs
// (rules/nl-pay-end.ts, rules/nl-legal.ts); nothing here moves a date by itself.
import type { Case, IsoDate } from '../case';
import { eventDate } from '../case-events';
import { splitIntoCases } from '../case-chains';
import { addDays, requireIsoDate } from '../dates';
import { DomainError } from '../errors';
import { NL_LEGAL } from '../rules/nl-legal';
import { NL_PAY } from '../rules/nl-pay-end';
import { buildSickClock, type SickClock } from '../sick-clock';
import type { LegalEventId } from './labels';
import {
  EXPERT_OPINION_TOPICS,
  REQUESTING_PARTIES,
  SAFETY_NET_TERMS,
  type ExpertOpinionTopic,
  type LegalRecord,
  type RequestingParty,
  type SafetyNetTerm,
} from './types';
import { requireChoice } from './validate';

export type LegalEventInput =
  | { event: 'wage_sanction'; on: IsoDate; endsOn: IsoDate }
  | { event: 'sanction_shortening_request'; on: IsoDate }
  | { event: 'sanction_shortening_decision'; on: IsoDate; endsOn?: IsoDate | null }
  | { event: 'wia_postponement'; on: IsoDate; endsOn: IsoDate }
  | { event: 'early_iva'; on: IsoDate }
  | { event: 'early_iva_outcome'; on: IsoDate; granted: boolean }
  | { event: 'second_track_decision'; on: IsoDate; needed: boolean }
  | { event: 'labour_expert'; on: IsoDate }
  | { event: 'second_track_start'; on: IsoDate; provider?: string | null }
  | { event: 'expert_opinion'; on: IsoDate; by: RequestingParty; topic: ExpertOpinionTopic }
  | { event: 'expert_opinion_answer'; on: IsoDate; request: number }
  | { event: 'safety_net'; on: IsoDate; reportTerm: SafetyNetTerm };

/** The longest provider name we keep; a company name, screened for medical terms by the caller. */
export const PROVIDER_MAX_LENGTH = 120;

/** Records one legal event. NL only: the Belgian rules have no such events. */
export function recordLegalEvent(c: Case, input: LegalEventInput): Case {
  const what = input.event;
  if (c.jurisdiction !== 'NL') throw new DomainError('nl_only', `${what} applies to NL cases only`, { what });
  const on = eventDate(c, input.on, `${what} date`);
  const legal: LegalRecord = c.legal ?? {};
  const next = apply(c, legal, { ...input, on } as LegalEventInput);
  return next === legal ? c : { ...c, legal: next };
}

function apply(c: Case, legal: LegalRecord, input: LegalEventInput): LegalRecord {
  const on = input.on;
  switch (input.event) {
    case 'wage_sanction': {
      const endsOn = requireDate(input.endsOn, 'wage sanction end');
      // The sanction extends the pay period as it stands, a postponement included.
      const postponed = legal.wiaPostponement?.endsOn;
      const normalEnd = postponed && postponed > normalPayEndOf(c) ? postponed : normalPayEndOf(c);
      within(endsOn, addDays(normalEnd, 1), addDays(normalEnd, NL_PAY.sanctionMaxDays));
      const s = legal.wageSanction;
      if (s) return same(s.decidedOn === on && s.endsOn === endsOn, legal, 'wage_sanction', s.decidedOn);
      return { ...legal, wageSanction: { decidedOn: on, endsOn, shortening: null } };
    }
    case 'sanction_shortening_request': {
      const s = need(legal.wageSanction, 'wage_sanction');
      notBefore(on, s.decidedOn);
      if (s.shortening) return same(s.shortening.requestedOn === on, legal, 'sanction_shortening_request', s.shortening.requestedOn);
      return { ...legal, wageSanction: { ...s, shortening: { requestedOn: on, decidedOn: null, endsOn: null } } };
    }
    case 'sanction_shortening_decision': {
      const s = need(legal.wageSanction, 'wage_sanction');
      const sh = need(s.shortening, 'sanction_shortening_request');
      notBefore(on, sh.requestedOn);
      const endsOn = input.endsOn == null ? null : requireDate(input.endsOn, 'end after shortening');
      if (endsOn) within(endsOn, on, s.endsOn);
      if (sh.decidedOn) return same(sh.decidedOn === on && (sh.endsOn ?? null) === endsOn, legal, 'sanction_shortening_decision', sh.decidedOn);
      return { ...legal, wageSanction: { ...s, shortening: { ...sh, decidedOn: on, endsOn } } };
    }
    case 'wia_postponement': {
      const endsOn = requireDate(input.endsOn, 'end of the postponement');
      const earliest = addDays(normalPayEndOf(c), NL_PAY.postponementMinDays);
      if (endsOn < earliest) throw new DomainError('date_too_early', `the postponement must end on ${earliest} or later`, { date: endsOn, earliest });
      const p = legal.wiaPostponement;
      if (p) return same(p.agreedOn === on && p.endsOn === endsOn, legal, 'wia_postponement', p.agreedOn);
      return { ...legal, wiaPostponement: { agreedOn: on, endsOn } };
    }
    case 'early_iva': {
      const clock = clockOf(c);
      within(on, clock.projectedDateOfDay(NL_LEGAL.earlyIvaFromDay), clock.projectedDateOfDay(NL_LEGAL.earlyIvaLastDay));
      const iva = legal.earlyIva;
      // UWV takes an early application once only.
      if (iva) return same(iva.appliedOn === on, legal, 'early_iva', iva.appliedOn);
      return { ...legal, earlyIva: { appliedOn: on, outcome: null } };
    }
    case 'early_iva_outcome': {
      const iva = need(legal.earlyIva, 'early_iva');
      notBefore(on, iva.appliedOn);
      const granted = input.granted === true;
      if (iva.outcome) return same(iva.outcome.on === on && iva.outcome.granted === granted, legal, 'early_iva_outcome', iva.outcome.on);
      return { ...legal, earlyIva: { ...iva, outcome: { granted, on } } };
    }
    case 'second_track_decision': {
      const track = legal.secondTrack ?? {};
      const needed = input.needed === true;
      const d = track.decision;
      if (d && d.on === on && d.needed === needed) return legal;
      // A later evaluation may change the conclusion; an earlier date may not overwrite a later one.
      if (d) notBefore(on, addDays(d.on, 1));
      return { ...legal, secondTrack: { ...track, decision: { needed, on } } };
    }
    case 'labour_expert': {
      const track = legal.secondTrack ?? {};
      if (track.labourExpertOn) return same(track.labourExpertOn === on, legal, 'labour_expert', track.labourExpertOn);
      return { ...legal, secondTrack: { ...track, labourExpertOn: on } };
    }
    case 'second_track_start': {
      const track = legal.secondTrack ?? {};
      const provider = providerName(input.provider);
      if (track.startedOn) return same(track.startedOn === on && (track.provider ?? null) === provider, legal, 'second_track_start', track.startedOn);
      return { ...legal, secondTrack: { ...track, startedOn: on, provider } };
    }
    case 'expert_opinion': {
      const by = requireChoice(input.by, REQUESTING_PARTIES, 'requested by');
      const topic = requireChoice(input.topic, EXPERT_OPINION_TOPICS, 'topic');
      const list = legal.expertOpinions ?? [];
      if (list.some((o) => o.requestedOn === on && o.by === by && o.topic === topic)) return legal;
      return { ...legal, expertOpinions: [...list, { requestedOn: on, by, topic, answeredOn: null }] };
    }
    case 'expert_opinion_answer': {
      const list = legal.expertOpinions ?? [];
      const o = list[input.request];
      if (!Number.isInteger(input.request) || !o) throw new DomainError('not_recorded', `no expert opinion request ${input.request}`, { what: 'expert_opinion' });
      notBefore(on, o.requestedOn);
      if (o.answeredOn) return same(o.answeredOn === on, legal, 'expert_opinion_answer', o.answeredOn);
      return { ...legal, expertOpinions: list.map((x, i) => (i === input.request ? { ...x, answeredOn: on } : x)) };
    }
    case 'safety_net': {
      const reportTerm = requireChoice(input.reportTerm, SAFETY_NET_TERMS, 'report term');
      const net = legal.safetyNet;
      if (net) return same(net.reportTerm === reportTerm, legal, 'safety_net', net.recordedOn);
      return { ...legal, safetyNet: { recordedOn: on, reportTerm } };
    }
  }
}

/** The clock of the case's current chain of sick periods. */
function clockOf(c: Case): SickClock {
  const chains = splitIntoCases(c.sickPeriods, c);
  return buildSickClock(chains[chains.length - 1]!, c.maternityLeave);
}

/** The end of the normal 104 weeks (sick day 728, projected if the person recovered). */
export function normalPayEndOf(c: Case): IsoDate {
  return clockOf(c).projectedDateOfDay(NL_PAY.waitingPeriodEndDay);
}

/** An end date: it lies ahead, so only its form is checked here, its range by the caller. */
function requireDate(value: unknown, what: string): IsoDate {
  if (value == null || value === '') throw new DomainError('missing_field', `${what} is required`, { field: what });
  return requireIsoDate(value, what);
}

function within(date: IsoDate, from: IsoDate, to: IsoDate): void {
  if (date < from || date > to) {
    throw new DomainError('date_out_of_range', `${date} must lie between ${from} and ${to}`, { date, from, to });
  }
}

function notBefore(date: IsoDate, previous: IsoDate): void {
  if (date < previous) throw new DomainError('date_before_previous', `${date} must be on or after ${previous}`, { date, previous });
}

function need<T>(value: T | null | undefined, what: LegalEventId): T {
  if (!value) throw new DomainError('not_recorded', `${what} was not recorded`, { what });
  return value;
}

/** The same event again: unchanged when it says the same, refused when it says something else. */
function same(equal: boolean, legal: LegalRecord, what: LegalEventId, on: IsoDate): LegalRecord {
  if (equal) return legal;
  throw new DomainError('already_recorded', `${what} was already recorded on ${on}`, { what, on });
}

function providerName(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value !== 'string') throw new DomainError('invalid_choice', 'provider must be text', { field: 'provider', value: String(value) });
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length > PROVIDER_MAX_LENGTH) {
    throw new DomainError('invalid_choice', `provider name longer than ${PROVIDER_MAX_LENGTH}`, { field: 'provider', value: name.slice(0, 40) });
  }
  return name === '' ? null : name;
}
