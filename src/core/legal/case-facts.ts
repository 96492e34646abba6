// The legal state of a case in a few facts for the case card: a wage sanction or postponed pay
// and until when, the safety net and its reporting term, the second track, an early IVA, expert
// opinions waiting for UWV. Only what was recorded; nothing medical.
import type { Case } from '../../domain/case';
import { safetyNetTermLabel } from '../../domain/legal/labels';
import type { Lang } from '../i18n';
import { shortDate } from '../time';
import { legalTexts } from './texts';

export function legalCaseFacts(c: Case, lang: Lang): Array<{ title: string; value: string }> {
  const l = c.legal;
  if (!l || c.jurisdiction !== 'NL') return [];
  const t = legalTexts(lang).facts;
  const day = (d: string) => shortDate(d, lang);
  const out: Array<{ title: string; value: string }> = [];
  if (l.safetyNet) out.push({ title: t.safetyNet, value: t.safetyNetValue(safetyNetTermLabel(l.safetyNet.reportTerm, lang)) });
  if (l.earlyIva) {
    const o = l.earlyIva.outcome;
    out.push({ title: t.earlyIva, value: t.earlyIvaValue(day(l.earlyIva.appliedOn), !o ? 'pending' : o.granted ? 'granted' : 'refused') });
  }
  const track = l.secondTrack;
  if (track?.startedOn) out.push({ title: t.secondTrack, value: t.secondTrackStarted(day(track.startedOn), track.provider ?? null) });
  else if (track?.decision) {
    const d = day(track.decision.on);
    out.push({ title: t.secondTrack, value: track.decision.needed ? t.secondTrackNeeded(d) : t.secondTrackNotNeeded(d) });
  }
  const opinions = l.expertOpinions ?? [];
  if (opinions.length > 0) out.push({ title: t.opinions, value: t.opinionsValue(opinions.length, opinions.filter((o) => !o.answeredOn).length) });
  if (l.wiaPostponement) out.push({ title: t.postponed, value: day(l.wiaPostponement.endsOn) });
  if (l.wageSanction) out.push({ title: t.sanction, value: day(l.wageSanction.shortening?.endsOn ?? l.wageSanction.endsOn) });
  return out;
}
