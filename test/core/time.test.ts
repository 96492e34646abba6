import fc from 'fast-check';
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
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-00-10', '2026-01-00']) expect(parseIsoDate(bad)).toBeNull();
  });

  it('agrees with the calendar on every YYYY-MM-DD it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(parseIsoDate(text)).toBe(real ? text : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('writes dates in Dutch, Flemish and English', () => {
    expect(shortDate('2026-03-02', 'nl-NL')).toBe('ma 2 mrt 2026');
    expect(shortDate('2026-03-02', 'nl-BE')).toBe('ma 2 mrt 2026');
    expect(shortDate('2026-03-02', 'en')).toBe('Mon 2 Mar 2026');
  });
});
