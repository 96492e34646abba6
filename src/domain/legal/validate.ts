// Checking a recorded legal record before the deadline engine reads it: every date must exist,
// every choice must be one we know. Events dated before the case began belong to an earlier
// case and are left out, as completions are.
import type { IsoDate } from '../case';
import { requireIsoDate } from '../dates';
import { DomainError } from '../errors';
import {
  EXPERT_OPINION_TOPICS,
  NO_LEGAL_EVENTS,
  REQUESTING_PARTIES,
  SAFETY_NET_TERMS,
  type ExpertOpinion,
  type LegalRecord,
} from './types';

function optionalDate(value: unknown, what: string): IsoDate | null {
  return value == null ? null : requireIsoDate(value, what);
}

export function requireChoice<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError('invalid_choice', `${field} must be one of ${allowed.join(', ')}, got ${String(value)}`, {
    field,
    value: String(value),
  });
}

/** The legal record of the case that began on `caseStart`, checked; an empty record when none. */
export function legalRecordOfCase(raw: LegalRecord | null | undefined, caseStart: IsoDate): LegalRecord {
  if (!raw) return NO_LEGAL_EVENTS;
  const inCase = (d: IsoDate | null): boolean => d !== null && d >= caseStart;
  const out: LegalRecord = {};

  const s = raw.wageSanction;
  if (s) {
    const decidedOn = requireIsoDate(s.decidedOn, 'wage sanction decision date');
    const endsOn = requireIsoDate(s.endsOn, 'wage sanction end');
    const sh = s.shortening;
    const shortening = sh
      ? {
          requestedOn: requireIsoDate(sh.requestedOn, 'shortening request date'),
          decidedOn: optionalDate(sh.decidedOn, 'shortening decision date'),
          endsOn: optionalDate(sh.endsOn, 'end after shortening'),
        }
      : null;
    if (inCase(decidedOn)) out.wageSanction = { decidedOn, endsOn, shortening };
  }
  const p = raw.wiaPostponement;
  if (p) {
    const agreedOn = requireIsoDate(p.agreedOn, 'postponement agreement date');
    const endsOn = requireIsoDate(p.endsOn, 'end of the postponement');
    if (inCase(agreedOn)) out.wiaPostponement = { agreedOn, endsOn };
  }
  const iva = raw.earlyIva;
  if (iva) {
    const appliedOn = requireIsoDate(iva.appliedOn, 'early IVA application date');
    const outcome = iva.outcome
      ? { granted: iva.outcome.granted === true, on: requireIsoDate(iva.outcome.on, 'early IVA decision date') }
      : null;
    if (inCase(appliedOn)) out.earlyIva = { appliedOn, outcome };
  }
  const t = raw.secondTrack;
  if (t) {
    const decision = t.decision ? { needed: t.decision.needed === true, on: requireIsoDate(t.decision.on, 'second track decision date') } : null;
    const track = {
      decision: decision && inCase(decision.on) ? decision : null,
      labourExpertOn: optionalDate(t.labourExpertOn, 'labour expert assessment date'),
      startedOn: optionalDate(t.startedOn, 'second track start'),
      provider: typeof t.provider === 'string' ? t.provider : null,
    };
    if (!inCase(track.labourExpertOn)) track.labourExpertOn = null;
    if (!inCase(track.startedOn)) track.startedOn = null;
    if (track.decision || track.labourExpertOn || track.startedOn) out.secondTrack = track;
  }
  const opinions = (raw.expertOpinions ?? []).map(
    (o): ExpertOpinion => ({
      requestedOn: requireIsoDate(o.requestedOn, 'expert opinion request date'),
      by: requireChoice(o.by, REQUESTING_PARTIES, 'requested by'),
      topic: requireChoice(o.topic, EXPERT_OPINION_TOPICS, 'topic'),
      answeredOn: optionalDate(o.answeredOn, 'expert opinion answer date'),
    }),
  );
  const ofCase = opinions.filter((o) => inCase(o.requestedOn));
  if (ofCase.length > 0) out.expertOpinions = ofCase;
  const net = raw.safetyNet;
  if (net) {
    const recordedOn = requireIsoDate(net.recordedOn, 'safety net date');
    out.safetyNet = { recordedOn, reportTerm: requireChoice(net.reportTerm, SAFETY_NET_TERMS, 'report term') };
  }
  return out;
}
