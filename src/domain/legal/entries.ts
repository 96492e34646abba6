// The legal events of a case as a flat, dated list, oldest first: what the case file and the
// case card show without knowing each event's shape. Each entry names its event (legal/labels.ts
// has the words) and carries the few facts that belong to it; never anything medical.
import type { Case, IsoDate } from '../case';
import type { LegalEventId } from './labels';
import type { ExpertOpinionTopic, RequestingParty, SafetyNetTerm } from './types';

export interface LegalEntry {
  id: LegalEventId;
  on: IsoDate;
  /** Facts of the event: an end date, who asked, about what, the provider, a yes or no. */
  facts: {
    endsOn?: IsoDate | null;
    by?: RequestingParty;
    topic?: ExpertOpinionTopic;
    provider?: string | null;
    granted?: boolean;
    needed?: boolean;
    reportTerm?: SafetyNetTerm;
  };
}

/** Every recorded legal event of the case, in date order (ties in the order they happen in law). */
export function legalEntries(c: Pick<Case, 'legal' | 'sickPeriods'>): LegalEntry[] {
  const l = c.legal ?? {};
  const out: LegalEntry[] = [];
  if (l.safetyNet) out.push({ id: 'safety_net', on: l.safetyNet.recordedOn, facts: { reportTerm: l.safetyNet.reportTerm } });
  if (l.earlyIva) {
    out.push({ id: 'early_iva', on: l.earlyIva.appliedOn, facts: {} });
    const o = l.earlyIva.outcome;
    if (o) out.push({ id: 'early_iva_outcome', on: o.on, facts: { granted: o.granted } });
  }
  const t = l.secondTrack;
  if (t?.decision) out.push({ id: 'second_track_decision', on: t.decision.on, facts: { needed: t.decision.needed } });
  if (t?.labourExpertOn) out.push({ id: 'labour_expert', on: t.labourExpertOn, facts: {} });
  if (t?.startedOn) out.push({ id: 'second_track_start', on: t.startedOn, facts: { provider: t.provider ?? null } });
  for (const o of l.expertOpinions ?? []) {
    out.push({ id: 'expert_opinion', on: o.requestedOn, facts: { by: o.by, topic: o.topic } });
    if (o.answeredOn) out.push({ id: 'expert_opinion_answer', on: o.answeredOn, facts: { by: o.by, topic: o.topic } });
  }
  if (l.wiaPostponement) out.push({ id: 'wia_postponement', on: l.wiaPostponement.agreedOn, facts: { endsOn: l.wiaPostponement.endsOn } });
  const s = l.wageSanction;
  if (s) {
    out.push({ id: 'wage_sanction', on: s.decidedOn, facts: { endsOn: s.endsOn } });
    if (s.shortening) out.push({ id: 'sanction_shortening_request', on: s.shortening.requestedOn, facts: {} });
    if (s.shortening?.decidedOn) {
      out.push({ id: 'sanction_shortening_decision', on: s.shortening.decidedOn, facts: { endsOn: s.shortening.endsOn ?? null } });
    }
  }
  // BE: sick periods whose certificate states a different illness (a new incapacity): a yes only.
  for (const p of c.sickPeriods) if (p.differentIllness) out.push({ id: 'different_illness', on: p.start, facts: {} });
  return out.map((e, i) => ({ e, i })).sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i)).map((x) => x.e);
}
