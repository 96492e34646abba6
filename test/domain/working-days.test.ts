import { addDays, addMonths, isIsoDate, weekday } from '../../src/domain/dates';
import {
  addWorkingDays,
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
