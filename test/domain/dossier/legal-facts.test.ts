import { legalEventsOf } from '../../../src/domain/dossier';

describe('legalEventsOf (the legal facts a document states)', () => {
  it.each([
    ['nl.first_year_evaluation', { secondTrack: 'started' }, [{ event: 'second_track_decision', on: '2026-01-10', needed: true }]],
    ['nl.first_year_evaluation', { secondTrack: 'not_started' }, [{ event: 'second_track_decision', on: '2026-01-10', needed: false }]],
    // A draft may lack the answer; an unknown answer states nothing.
    ['nl.first_year_evaluation', { secondTrack: null }, []],
    ['nl.first_year_evaluation', { secondTrack: 'maybe' }, []],
    ['nl.evaluation', { secondTrack: 'started' }, []],
    ['nl.final_evaluation', { result: 'own_work' }, []],
  ] as const)('%s %j', (type, fields, want) => {
    expect(legalEventsOf(type, fields, '2026-01-10')).toEqual(want);
  });
});
