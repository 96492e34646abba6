import { localDate, parseIsoDate, shortDate } from '../../src/core/time';

describe('calendar dates in the user\'s time zone', () => {
  it('takes the date where the user is, across midnight and daylight saving', () => {
    expect(localDate(new Date('2026-03-29T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-30');
    expect(localDate(new Date('2026-03-29T21:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(localDate(new Date('2026-10-25T22:59:00Z'), 'Europe/Brussels')).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T23:00:00Z'), 'Europe/Brussels')).toBe('2026-10-26');
  });

  it('accepts only real dates in YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-02-28')).toBe('2026-02-28');
    for (const bad of ['2026-02-30', '2026-13-01', '26-02-01', 'gisteren', '', 42, null]) expect(parseIsoDate(bad)).toBeNull();
  });

  it('writes dates in Dutch, Flemish and English', () => {
    expect(shortDate('2026-03-02', 'nl-NL')).toBe('ma 2 mrt 2026');
    expect(shortDate('2026-03-02', 'nl-BE')).toBe('ma 2 mrt 2026');
    expect(shortDate('2026-03-02', 'en')).toBe('Mon 2 Mar 2026');
  });
});
