import type { CheckinData } from '../../../src/domain/checkins/answers';
import { managerTrend, scaleTrend } from '../../../src/domain/checkins/trend';

const answer = (on: string, energy: number | null, progress: number | null, extra: Partial<CheckinData> = {}): CheckinData => ({
  on,
  energy,
  progress,
  help: 'nothing',
  note: null,
  shareWithManager: false,
  shareWithHr: false,
  ...extra,
});

describe('manager trend', () => {
  it('gives a direction and a rough level, not the scores', () => {
    expect(scaleTrend([])).toBeNull();
    // One answer is a level, not a direction.
    expect(scaleTrend([4])).toEqual({ direction: null, level: 'good' });
    expect(scaleTrend([2, 4])).toEqual({ direction: 'up', level: 'middle' });
    expect(scaleTrend([4, 4, 3])).toEqual({ direction: 'down', level: 'good' });
    expect(scaleTrend([4, 3, 3])).toEqual({ direction: 'steady', level: 'middle' });
    expect(scaleTrend([4, 4, 2])).toEqual({ direction: 'down', level: 'middle' });
    expect(scaleTrend([2, 2, 4, 4])).toEqual({ direction: 'up', level: 'good' });
    expect(scaleTrend([4, 4, 2, 1])).toEqual({ direction: 'down', level: 'low' });
    expect(scaleTrend([3, 3, 3, 3])).toEqual({ direction: 'steady', level: 'middle' });
    expect(scaleTrend([3, 3, 3, 4])).toEqual({ direction: 'up', level: 'good' });
  });

  it('leaves skipped questions out: they are no answer, and no trend comes from one answer', () => {
    expect(scaleTrend([null, null])).toBeNull();
    expect(scaleTrend([null, 2, null])).toEqual({ direction: null, level: 'low' });
    expect(scaleTrend([2, null, 4])).toEqual({ direction: 'up', level: 'middle' });
    const t = managerTrend([answer('2026-03-10', null, 2, { help: null }), answer('2026-03-24', 3, null, { help: null })]);
    expect(t.energy).toEqual({ direction: null, level: 'middle' });
    expect(t.progress).toEqual({ direction: null, level: 'low' });
    expect(t.requests).toEqual([]);
  });

  it('lists requests to the manager and only the notes the employee shared', () => {
    const t = managerTrend([
      answer('2026-03-10', 3, 3, { help: 'manager_call', note: 'privé', shareWithManager: false }),
      answer('2026-03-24', 2, 3, { help: 'talk_hr', note: 'Graag rustig opbouwen', shareWithManager: true }),
      answer('2026-04-07', 2, 2, { help: 'fewer_hours' }),
    ]);
    expect(t.answers).toBe(3);
    expect(t.lastOn).toBe('2026-04-07');
    expect(t.requests).toEqual([
      { on: '2026-04-07', help: 'fewer_hours' },
      { on: '2026-03-10', help: 'manager_call' },
    ]);
    expect(t.sharedNotes).toEqual([{ on: '2026-03-24', note: 'Graag rustig opbouwen' }]);
    expect(JSON.stringify(t)).not.toContain('privé');
  });
});
