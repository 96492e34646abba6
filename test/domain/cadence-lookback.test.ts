import { DEFAULT_CADENCE, cadenceSettings, contactRepeatDays, lookbackDue } from '../../src/domain/cadence';

const back = { phase: 'post_return' as const, caseStart: '2026-01-05', returnedOn: '2026-03-02', plannedNext: null };

describe('contact rhythm: repeats and the look-back', () => {
  it('repeats an unrecorded contact at the rhythm, never waiting more than a week', () => {
    expect(contactRepeatDays({ ...back, phase: 'recovery', returnedOn: null, lastContactOn: '2026-01-10' })).toBe(7);
    expect(contactRepeatDays({ ...back, lastContactOn: '2026-03-03' })).toBe(3); // first week back
    expect(contactRepeatDays({ ...back, lastContactOn: '2026-06-15' })).toBe(7); // monthly rhythm, weekly repeat
    expect(contactRepeatDays({ ...back, lastContactOn: '2026-06-15' }, cadenceSettings({ maxRepeatDays: 14 }))).toBe(14);
  });

  it('prompts the look-back six months after the return, once the rhythm has ended', () => {
    expect(lookbackDue({ ...back, lastContactOn: '2026-07-01' }, 'NL')).toBeNull(); // rhythm still running
    expect(lookbackDue({ ...back, lastContactOn: '2026-08-31' }, 'NL')).toBe('2026-08-31');
    expect(lookbackDue({ ...back, lastContactOn: '2026-09-20' }, 'NL')).toBe('2026-09-20');
    expect(lookbackDue({ ...back, returnedOn: null, lastContactOn: '2026-09-20' }, 'NL')).toBeNull();
    expect(DEFAULT_CADENCE.postReturnSteps.at(-1)![0]).toBe(182);
  });
});
