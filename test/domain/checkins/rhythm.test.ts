import type { Case } from '../../../src/domain/case';
import {
  DEFAULT_CHECKIN_RHYTHM as R,
  checkinRhythm,
  intervalOn,
  invitationDay,
  nextCheckinStep,
  unansweredInARow,
  type CheckinHistory,
} from '../../../src/domain/checkins/rhythm';

type C = Pick<Case, 'status' | 'phase' | 'phaseHistory' | 'expectedReturn'>;
const recovering: C = { status: 'open', phase: 'recovery', phaseHistory: [{ phase: 'dropout', on: '2026-03-02' }], expectedReturn: null };
const history = (h: Partial<CheckinHistory> = {}): CheckinHistory => ({
  activeSince: '2026-03-10',
  promptDays: [],
  reminderDays: [],
  answerDays: [],
  ...h,
});

describe('check-in rhythm', () => {
  it('asks every two weeks in recovery, counted from the last answer or check-in', () => {
    expect(nextCheckinStep(recovering, history(), R)).toEqual({ kind: 'prompt', day: '2026-03-24' });
    expect(nextCheckinStep(recovering, history({ answerDays: ['2026-03-10'] }), R)).toEqual({ kind: 'prompt', day: '2026-03-24' });
    expect(nextCheckinStep(recovering, history({ promptDays: ['2026-03-24'], answerDays: ['2026-03-25'] }), R)).toEqual({
      kind: 'prompt',
      day: '2026-04-08',
    });
  });

  it('is weekly around the return: two weeks before an expected return, before it, and the first four weeks back', () => {
    expect(intervalOn({ ...recovering, expectedReturn: '2026-04-20' }, '2026-04-01', R)).toBe(14);
    expect(intervalOn({ ...recovering, expectedReturn: '2026-04-20' }, '2026-04-06', R)).toBe(7);
    expect(intervalOn({ ...recovering, phase: 'pre_return' }, '2026-04-06', R)).toBe(7);
    const back: C = { status: 'open', phase: 'post_return', expectedReturn: null, phaseHistory: [{ phase: 'dropout', on: '2026-03-02' }, { phase: 'return', on: '2026-05-04' }] };
    expect(intervalOn(back, '2026-05-04', R)).toBe(7);
    expect(intervalOn(back, '2026-05-31', R)).toBe(7);
    expect(intervalOn(back, '2026-06-01', R)).toBe(14);
    expect(intervalOn(back, '2026-08-02', R)).toBe(14);
    // Three months after the return, the rhythm ends.
    expect(intervalOn(back, '2026-08-03', R)).toBeNull();
    expect(nextCheckinStep(back, history({ activeSince: '2026-08-10' }), R)).toEqual({ kind: 'none', reason: 'rhythm_done' });
  });

  it('reminds once, a few days after an unanswered check-in, and never on top of the next one', () => {
    const unanswered = history({ promptDays: ['2026-03-24'] });
    expect(nextCheckinStep(recovering, unanswered, R)).toEqual({ kind: 'reminder', day: '2026-03-27', promptDay: '2026-03-24' });
    const reminded = history({ promptDays: ['2026-03-24'], reminderDays: ['2026-03-27'] });
    expect(nextCheckinStep(recovering, reminded, R)).toEqual({ kind: 'prompt', day: '2026-04-07' });
    // Weekly with a reminder after 7 days: the reminder would coincide with the next check-in.
    const weekly = checkinRhythm({ remindAfterDays: 7 });
    expect(nextCheckinStep({ ...recovering, phase: 'pre_return' }, unanswered, weekly)).toEqual({ kind: 'prompt', day: '2026-03-31' });
  });

  it('stops asking after three unanswered check-ins in a row, until the employee starts again', () => {
    const h = history({ promptDays: ['2026-03-24', '2026-04-07', '2026-04-21'], reminderDays: ['2026-03-27', '2026-04-10', '2026-04-24'] });
    expect(unansweredInARow(h)).toBe(3);
    expect(nextCheckinStep(recovering, h, R)).toEqual({ kind: 'none', reason: 'quiet' });
    // One answer in between resets the count.
    expect(unansweredInARow({ ...h, answerDays: ['2026-04-08'] })).toBe(1);
    // Starting again (a new activeSince) forgets the silence.
    expect(nextCheckinStep(recovering, { ...h, activeSince: '2026-05-01' }, R)).toEqual({ kind: 'prompt', day: '2026-05-15' });
  });

  it('has nothing to plan for a closed case', () => {
    expect(nextCheckinStep({ ...recovering, status: 'closed' }, history(), R)).toEqual({ kind: 'none', reason: 'case_closed' });
  });

  it('takes tenant overrides in whole days and ignores nonsense', () => {
    expect(checkinRhythm({ recoveryDays: 21, bogus: 3 }).recoveryDays).toBe(21);
    expect(checkinRhythm({ recoveryDays: 0 }).recoveryDays).toBe(14);
    expect(checkinRhythm({ recoveryDays: 'x' }).recoveryDays).toBe(14);
    expect(checkinRhythm({ aroundReturnDays: 9.6 }).aroundReturnDays).toBe(10);
  });

  it('invites a week after the first sick day, or today when the case is reported later', () => {
    expect(invitationDay('2026-03-02', '2026-03-03', R)).toBe('2026-03-09');
    expect(invitationDay('2026-03-02', '2026-03-20', R)).toBe('2026-03-20');
  });
});
