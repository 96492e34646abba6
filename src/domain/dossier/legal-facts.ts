// The legal facts a document states, as the legal events that record them, so the legal timeline
// and the file agree: the first-year evaluation's answer on a second track is the employer's
// decision on it (art. 7:658a lid 1 BW; the second track starts within 6 weeks of that decision,
// see rules/nl-legal.ts). Pure; the caller records the event with recordLegalEvent.
import type { IsoDate } from '../case';
import type { LegalEventInput } from '../legal/events';
import type { DocumentType } from './document-types';
import type { DocumentFields } from './records';

export function legalEventsOf(type: DocumentType, fields: DocumentFields, on: IsoDate): LegalEventInput[] {
  if (type === 'nl.first_year_evaluation') {
    const answer = fields.secondTrack;
    if (answer === 'started' || answer === 'not_started') return [{ event: 'second_track_decision', on, needed: answer === 'started' }];
  }
  return [];
}
