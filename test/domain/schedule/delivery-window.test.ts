import {
  deliveryInstantForDay,
  isInsideWindow,
  localIso,
  nextDeliveryInstant,
  validateWindow,
  type DeliveryWindow,
} from '../../../src/domain/schedule/delivery-window';
import { InvalidSettingError } from '../../../src/domain/schedule/setting-error';

const NL: DeliveryWindow = { timeZone: 'Europe/Amsterdam', start: '09:00', end: '17:00', jurisdiction: 'NL' };
const BE: DeliveryWindow = { timeZone: 'Europe/Brussels', start: '09:00', end: '17:00', jurisdiction: 'BE' };
const at = (iso: string) => new Date(iso);
const local = (d: Date, w = NL) => localIso(d, w.timeZone);

describe('delivery window', () => {
  it('keeps an instant inside working hours on a working day', () => {
    // Tuesday 3 March 2026, 10:15 in Amsterdam (UTC+1).
    expect(local(nextDeliveryInstant(at('2026-03-03T09:15:00Z'), NL))).toBe('2026-03-03T10:15:00+01:00');
  });

  it('moves an early instant to the opening and a late one to the next working morning', () => {
    expect(local(nextDeliveryInstant(at('2026-03-03T05:00:00Z'), NL))).toBe('2026-03-03T09:00:00+01:00');
    expect(local(nextDeliveryInstant(at('2026-03-03T16:00:00Z'), NL))).toBe('2026-03-04T09:00:00+01:00');
    // 17:00 is closing time: the end is exclusive.
    expect(local(nextDeliveryInstant(at('2026-03-03T16:00:00Z'), NL))).not.toBe('2026-03-03T17:00:00+01:00');
  });

  it('skips weekends', () => {
    // Friday 6 March 2026, 18:00 -> Monday 9 March, 09:00.
    expect(local(nextDeliveryInstant(at('2026-03-06T17:00:00Z'), NL))).toBe('2026-03-09T09:00:00+01:00');
    expect(local(nextDeliveryInstant(at('2026-03-07T11:00:00Z'), NL))).toBe('2026-03-09T09:00:00+01:00');
  });

  it("skips the tenant country's public holidays", () => {
    // Koningsdag, Monday 27 April 2026, is a Dutch holiday but not a Belgian one.
    expect(local(nextDeliveryInstant(at('2026-04-27T08:00:00Z'), NL))).toBe('2026-04-28T09:00:00+02:00');
    expect(local(nextDeliveryInstant(at('2026-04-27T08:00:00Z'), BE), BE)).toBe('2026-04-27T10:00:00+02:00');
    // Christmas and Boxing Day, then the weekend: Friday 25 Dec 2026 -> Monday 28 Dec.
    expect(local(nextDeliveryInstant(at('2026-12-24T17:00:00Z'), NL))).toBe('2026-12-28T09:00:00+01:00');
  });

  it('follows the recipient time zone across daylight saving time', () => {
    // Summer time starts Sunday 29 March 2026: Monday opens at 07:00 UTC instead of 08:00.
    expect(nextDeliveryInstant(at('2026-03-27T17:00:00Z'), NL).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    const lisbon: DeliveryWindow = { ...NL, timeZone: 'Europe/Lisbon' };
    expect(nextDeliveryInstant(at('2026-03-30T07:30:00Z'), lisbon).toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('honours other working hours', () => {
    const w = { ...NL, start: '08:30', end: '12:00' };
    expect(local(nextDeliveryInstant(at('2026-03-03T11:30:00Z'), w))).toBe('2026-03-04T08:30:00+01:00');
    expect(isInsideWindow(at('2026-03-03T10:59:00Z'), w)).toBe(true);
    expect(isInsideWindow(at('2026-03-03T11:00:00Z'), w)).toBe(false);
  });

  it('plans a day at its opening, moving a day off forward, or back for reminders ahead of a due day', () => {
    const now = at('2026-03-01T00:00:00Z');
    expect(local(deliveryInstantForDay('2026-03-03', NL, now))).toBe('2026-03-03T09:00:00+01:00');
    // Saturday 7 March: next working day, or with `earlier` the Friday before.
    expect(local(deliveryInstantForDay('2026-03-07', NL, now))).toBe('2026-03-09T09:00:00+01:00');
    expect(local(deliveryInstantForDay('2026-03-07', NL, now, true))).toBe('2026-03-06T09:00:00+01:00');
  });

  it('catches a past day up at the next allowed instant', () => {
    // Planned for Monday; it is Wednesday 20:00: Thursday morning.
    expect(local(deliveryInstantForDay('2026-03-02', NL, at('2026-03-04T19:00:00Z')))).toBe('2026-03-05T09:00:00+01:00');
    // It is Wednesday 11:00: right now.
    expect(deliveryInstantForDay('2026-03-02', NL, at('2026-03-04T10:00:00Z')).toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });

  it('refuses an unknown time zone or hours that end before they start', () => {
    expect(() => validateWindow({ ...NL, timeZone: 'Europe/Amsterdm' })).toThrow(InvalidSettingError);
    expect(() => validateWindow({ ...NL, start: '17:00', end: '09:00' })).toThrow(/workingHours/);
    expect(() => validateWindow({ ...NL, start: '9:00' })).toThrow(/HH:mm/);
    expect(validateWindow(NL)).toBe(NL);
  });
});
