import { purgeCutoff } from '../../src/store/retention';

describe('purgeCutoff', () => {
  it('makes a case that ended exactly 2 years ago due for purging, and not one a day younger', () => {
    const cutoff = purgeCutoff('2024-01-10');
    expect('2022-01-10' < cutoff).toBe(true);
    expect('2022-01-11' < cutoff).toBe(false);
  });

  it('handles a leap day', () => {
    expect(purgeCutoff('2022-02-28')).toBe('2020-02-29');
    expect(purgeCutoff('2022-03-01')).toBe('2020-03-02');
  });

  it('refuses something that is not a calendar date', () => {
    expect(() => purgeCutoff('10-01-2024')).toThrow(TypeError);
  });
});
