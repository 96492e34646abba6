import { addDays, addMonths, isIsoDate, weekday } from '../../src/domain/dates';
import {
  addWorkingDays,
  isDayOffEntry,
  nthWorkingDayFrom,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrAfter,
} from '../../src/domain/working-days';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-04-31', false],
    ['2022-13-01', false],
    ['2022-1-3', false],
    ['not a date', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('adds days across a leap day and months with clamping', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2022-07-25', 545)).toBe('2024-01-21');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('knows the weekday', () => {
    expect(weekday('2024-12-21')).toBe(6); // Saturday
    expect(weekday('2022-01-03')).toBe(1); // Monday
  });
});

describe('working days', () => {
  it.each([
    ['NL', '2024-12-25', false, 'Christmas'],
    ['NL', '2024-12-26', false, 'Boxing Day'],
    ['NL', '2023-04-27', false, "King's Day"],
    ['NL', '2025-05-05', false, 'Liberation Day (Algemene termijnenwet)'],
    ['NL', '2024-03-29', true, 'Good Friday is not a public holiday in NL'],
    ['NL', '2024-12-31', true, "New Year's Eve is not a holiday"],
    ['NL', '2024-07-22', true, 'an ordinary Monday'],
    ['NL', '2024-07-21', false, 'a Sunday'],
    ['BE', '2025-07-21', false, 'Belgian National Day'],
    ['BE', '2025-11-11', false, 'Armistice'],
    ['BE', '2025-07-11', true, 'Flemish community day is not a public holiday'],
    ['NL', '2025-07-21', true, 'not a holiday in NL'],
  ] as const)('%s %s working day: %s (%s)', (jurisdiction, date, expected, _why) => {
    expect(isWorkingDay(date, jurisdiction)).toBe(expected);
  });

  it('finds the next and previous working day around Christmas', () => {
    expect(nextWorkingDay('2024-12-24', 'NL')).toBe('2024-12-27');
    expect(workingDayOnOrAfter('2024-12-25', 'NL')).toBe('2024-12-27');
    expect(workingDayOnOrAfter('2024-12-24', 'NL')).toBe('2024-12-24');
    expect(previousWorkingDay('2024-12-27', 'NL')).toBe('2024-12-24');
    expect(nextWorkingDay('2024-12-24', 'BE')).toBe('2024-12-26'); // BE has one Christmas day
  });

  it('adds working days, skipping weekends and holidays', () => {
    expect(addWorkingDays('2024-07-22', 2, 'NL')).toBe('2024-07-24'); // Mon + 2 = Wed
    expect(addWorkingDays('2024-07-26', 1, 'NL')).toBe('2024-07-29'); // Fri + 1 = Mon
    expect(addWorkingDays('2024-12-23', 2, 'NL')).toBe('2024-12-27');
    expect(addWorkingDays('2024-12-27', -2, 'NL')).toBe('2024-12-23');
    expect(addWorkingDays('2024-07-27', 0, 'NL')).toBe('2024-07-27');
  });

  it('counts the same weekdays in every year', () => {
    for (let year = 2020; year <= 2030; year++) {
      expect(isPublicHoliday(`${year}-01-01`, 'NL')).toBe(true);
      expect(isPublicHoliday(`${year}-07-21`, 'BE')).toBe(true);
      const d = `${year}-06-15`;
      expect(isWorkingDay(d, 'NL')).toBe(weekday(d) !== 0 && weekday(d) !== 6);
    }
    expect(isIsoDate(addWorkingDays('2030-12-20', 10, 'BE'))).toBe(true);
  });
});

describe('legal terms calendar (Algemene termijnenwet art. 3)', () => {
  it.each([
    ['2024-03-29', false, 'Good Friday (art. 3 lid 2)'],
    ['2025-05-05', false, '5 May (art. 3 lid 1)'],
    ['2025-05-30', false, 'Friday after Ascension 2025 (Besluit gelijkstelling ... 30 mei 2025, art. 3 lid 3)'],
    ['2026-01-02', false, '2 January 2026 (Besluit gelijkstelling van 2 januari 2026 ..., art. 3 lid 3)'],
    ['2026-05-15', false, 'Friday after Ascension 2026 (same decree)'],
    ['2024-12-31', true, "New Year's Eve is not a holiday"],
    ['2026-05-13', true, 'an ordinary Wednesday'],
  ] as const)('NL %s counts for a term: %s (%s)', (date, expected, _why) => {
    expect(isWorkingDay(date, { jurisdiction: 'NL', kind: 'terms' })).toBe(expected);
  });

  it('keeps Good Friday and decree days as ordinary days for the office calendar (delivery, contact)', () => {
    expect(isWorkingDay('2024-03-29', 'NL')).toBe(true);
    expect(isWorkingDay('2026-05-15', 'NL')).toBe(true);
  });

  it("adds the organisation's own days off, one-off or yearly", () => {
    const cal = { jurisdiction: 'NL' as const, daysOff: ['2026-06-12', '12-24'] };
    expect(isWorkingDay('2026-06-12', cal)).toBe(false);
    expect(isWorkingDay('2027-12-24', cal)).toBe(false);
    expect(isWorkingDay('2026-06-11', cal)).toBe(true);
    expect(nextWorkingDay('2026-06-11', cal)).toBe('2026-06-15');
    expect([isDayOffEntry('12-24'), isDayOffEntry('2026-02-29'), isDayOffEntry('02-29'), isDayOffEntry('13-01')]).toEqual([true, false, true, false]);
  });

  it('counts a term from its first day when that day counts (BE medical certificate)', () => {
    const be = { jurisdiction: 'BE' as const, saturdayWorks: true };
    expect(nthWorkingDayFrom('2026-01-09', 2, be)).toBe('2026-01-10'); // Friday, Saturday
    expect(nthWorkingDayFrom('2026-01-11', 2, be)).toBe('2026-01-13'); // Sunday does not count
    expect(nthWorkingDayFrom('2026-01-09', 2, 'BE')).toBe('2026-01-12'); // without Saturdays
  });
});
