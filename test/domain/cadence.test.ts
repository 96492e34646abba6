import { DEFAULT_CADENCE, cadenceSettings, nextContactDue, returnedOn } from '../../src/domain/cadence';

const base = { caseStart: '2026-03-02', returnedOn: null, lastContactOn: null, plannedNext: null } as const;

describe('contact rhythm', () => {
  it('asks for first contact within one working day of the sick report', () => {
    expect(nextContactDue({ ...base, phase: 'dropout' }, 'NL')).toBe('2026-03-03');
    // Reported on a Friday: the next working day is Monday.
    expect(nextContactDue({ ...base, caseStart: '2026-03-06', phase: 'dropout' }, 'NL')).toBe('2026-03-09');
    // Sick from Thursday before Easter (NL: Easter Monday 2026-04-06 is a public holiday, Good Friday is not).
    expect(nextContactDue({ ...base, caseStart: '2026-04-02', phase: 'dropout' }, 'NL')).toBe('2026-04-03');
    expect(nextContactDue({ ...base, caseStart: '2026-04-03', phase: 'dropout' }, 'NL')).toBe('2026-04-07');
  });

  it('counts the first contact from the report when the case is reported after the first sick day', () => {
    // Sick since Monday, reported on Thursday: Friday, not Tuesday (which was past before the report).
    expect(nextContactDue({ ...base, reportedOn: '2026-03-05', phase: 'dropout' }, 'NL')).toBe('2026-03-06');
    // Reported on a Friday: Monday.
    expect(nextContactDue({ ...base, reportedOn: '2026-03-06', phase: 'dropout' }, 'NL')).toBe('2026-03-09');
    // Reported ahead of a known first sick day: the sick day still counts.
    expect(nextContactDue({ ...base, caseStart: '2026-03-09', reportedOn: '2026-03-05', phase: 'dropout' }, 'NL')).toBe('2026-03-10');
    // Once there was contact, the report no longer matters.
    expect(nextContactDue({ ...base, reportedOn: '2026-03-05', phase: 'recovery', lastContactOn: '2026-03-10' }, 'NL')).toBe('2026-03-17');
  });

  it('is weekly in recovery and before the return', () => {
    expect(nextContactDue({ ...base, phase: 'recovery', lastContactOn: '2026-03-10' }, 'NL')).toBe('2026-03-17');
    expect(nextContactDue({ ...base, phase: 'pre_return', lastContactOn: '2026-03-10' }, 'BE')).toBe('2026-03-17');
  });

  it('is twice in the first week back, then weekly, fortnightly and monthly, then stops', () => {
    const back = { ...base, phase: 'post_return' as const, returnedOn: '2026-05-04' };
    expect(nextContactDue({ ...back, lastContactOn: '2026-05-04' }, 'NL')).toBe('2026-05-07');
    expect(nextContactDue({ ...back, lastContactOn: '2026-05-12' }, 'NL')).toBe('2026-05-19');
    expect(nextContactDue({ ...back, lastContactOn: '2026-06-15' }, 'NL')).toBe('2026-06-29');
    expect(nextContactDue({ ...back, lastContactOn: '2026-08-10' }, 'NL')).toBe('2026-09-09');
    expect(nextContactDue({ ...back, lastContactOn: '2026-11-05' }, 'NL')).toBeNull();
  });

  it('lets an agreed date win over the rhythm', () => {
    expect(nextContactDue({ ...base, phase: 'recovery', lastContactOn: '2026-03-10', plannedNext: '2026-03-24' }, 'NL')).toBe('2026-03-24');
    // An agreed date from before the last contact is spent.
    expect(nextContactDue({ ...base, phase: 'recovery', lastContactOn: '2026-03-10', plannedNext: '2026-03-09' }, 'NL')).toBe('2026-03-17');
  });

  it('takes tenant overrides and ignores nonsense', () => {
    const s = cadenceSettings({ recoveryDays: 14, preReturnDays: -3, bogus: 2 });
    expect(s.recoveryDays).toBe(14);
    expect(s.preReturnDays).toBe(DEFAULT_CADENCE.preReturnDays);
    expect(nextContactDue({ ...base, phase: 'recovery', lastContactOn: '2026-03-10' }, 'NL', s)).toBe('2026-03-24');
  });

  it('finds the return date in the phase history', () => {
    expect(returnedOn({ phaseHistory: [{ phase: 'dropout', on: '2026-03-02' }, { phase: 'return', on: '2026-05-04' }] })).toBe('2026-05-04');
    expect(returnedOn({ phaseHistory: [{ phase: 'dropout', on: '2026-03-02' }] })).toBeNull();
  });
});
