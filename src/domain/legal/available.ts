// Which legal events can be recorded on a case now, in the order they tend to happen. The events
// themselves check their dates and limits (events.ts); this only leaves out what makes no sense
// in the case's state (a second sanction, an answer without a request).
import type { Case } from '../case';
import type { LegalEventId } from './labels';

export function availableLegalEvents(c: Pick<Case, 'jurisdiction' | 'legal' | 'status'>): LegalEventId[] {
  if (c.jurisdiction !== 'NL' || c.status !== 'open') return [];
  const l = c.legal ?? {};
  const out: LegalEventId[] = [];
  const add = (id: LegalEventId, when: boolean) => {
    if (when) out.push(id);
  };
  add('safety_net', !l.safetyNet);
  add('expert_opinion', true);
  add('expert_opinion_answer', (l.expertOpinions ?? []).some((o) => !o.answeredOn));
  add('early_iva', !l.earlyIva);
  add('early_iva_outcome', !!l.earlyIva && !l.earlyIva.outcome);
  add('labour_expert', !l.secondTrack?.labourExpertOn);
  // A later evaluation may change the conclusion until a second track has started.
  add('second_track_decision', !l.secondTrack?.startedOn);
  add('second_track_start', !l.secondTrack?.startedOn);
  add('wia_postponement', !l.wiaPostponement && !l.wageSanction);
  add('wage_sanction', !l.wageSanction);
  add('sanction_shortening_request', !!l.wageSanction && !l.wageSanction.shortening);
  add('sanction_shortening_decision', !!l.wageSanction?.shortening && !l.wageSanction.shortening.decidedOn);
  return out;
}
