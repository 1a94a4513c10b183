/**
 * Opening hours and the slot grid of a service point, table-driven. Expected instants were worked out
 * by hand: Vilnius is UTC+2 (EET) in winter and UTC+3 (EEST) from the last Sunday of March (28 March
 * 2027) to the last Sunday of October (31 October 2027). Weekdays: 1 Jan 2027 is a Friday.
 */
import { describe, expect, it } from 'vitest';
import { fromLocalDateTime, isLocalDateTime, toLocalDateTime } from '../../server/visits/local-time.js';
import { isEveOfPublicHoliday, openingHoursOn } from '../../server/visits/opening-hours.js';
import { freeSlotsOfPoint, slotInstants, slotKey, slotProblem, slotStartsOn } from '../../server/visits/slots.js';
import type { ServicePoint } from '../../server/visits/visit.js';

const point: Pick<ServicePoint, 'id' | 'slug' | 'counters' | 'hours'> = {
  id: 'p1', slug: 'civil-registry-centre', counters: 2,
  hours: {
    1: { opens: '08:00', closes: '17:00' }, 2: { opens: '08:00', closes: '17:00' }, 3: { opens: '08:00', closes: '17:00' },
    4: { opens: '08:00', closes: '17:00' }, 5: { opens: '08:00', closes: '15:45' },
    // Weekend hours a careless admin entered: the working-day calendar closes the point anyway.
    6: { opens: '09:00', closes: '13:00' }, 7: { opens: '09:00', closes: '13:00' },
  },
};

describe('opening hours on the Lithuanian working-day calendar', () => {
  it.each<[string, { opens: string; closes: string } | null, string]>([
    // date, expected hours (null = closed), why
    ['2026-12-22', { opens: '08:00', closes: '17:00' }, 'an ordinary Tuesday'],
    ['2026-12-23', { opens: '08:00', closes: '16:00' }, 'Wednesday, the eve of Christmas Eve (a public holiday): one hour shorter'],
    ['2026-12-24', null, 'Christmas Eve, a public holiday'],
    ['2026-12-25', null, 'Christmas Day'],
    ['2026-12-26', null, 'the second day of Christmas (a Saturday too)'],
    ['2026-12-28', { opens: '08:00', closes: '17:00' }, 'Monday after Christmas'],
    ['2026-12-31', { opens: '08:00', closes: '16:00' }, 'Thursday, the eve of New Year'],
    ['2027-01-01', null, 'New Year'],
    ['2027-12-23', { opens: '08:00', closes: '16:00' }, 'Thursday, the eve of Christmas Eve'],
    ['2027-12-24', null, 'Christmas Eve, a Friday'],
    ['2027-12-25', null, 'Christmas Day, a Saturday'],
    ['2027-12-27', { opens: '08:00', closes: '17:00' }, 'Monday after Christmas'],
    ['2027-01-09', null, 'a Saturday'],
    ['2027-01-10', null, 'a Sunday'],
    ['2027-01-15', { opens: '08:00', closes: '15:45' }, 'an ordinary Friday'],
    ['2027-10-29', { opens: '08:00', closes: '15:45' }, 'Friday before Monday 1 November: its eve is Sunday, so no shortening'],
    ['2027-11-01', null, "All Saints' Day"],
    ['2027-11-02', null, "All Souls' Day"],
    ['2027-03-29', null, 'Easter Monday (Easter is 28 March 2027, the day of the spring change)'],
    ['2027-03-30', { opens: '08:00', closes: '17:00' }, 'the first working day of summer time'],
    ['2027-03-10', { opens: '08:00', closes: '16:00' }, 'Wednesday, the eve of 11 March (Restoration of Independence)'],
  ])('%s → %o (%s)', (date, expected) => {
    expect(openingHoursOn(point, date)).toEqual(expected);
  });

  it('a closure of the point closes that day only', () => {
    const closures = new Set(['2027-01-12']);
    expect(openingHoursOn(point, '2027-01-12', closures)).toBeNull();
    expect(openingHoursOn(point, '2027-01-13', closures)).toEqual({ opens: '08:00', closes: '17:00' });
  });

  it('a weekday without hours is closed', () => {
    expect(openingHoursOn({ hours: { 1: { opens: '08:00', closes: '12:00' } } }, '2027-01-12')).toBeNull();
  });

  it('an eve that would leave no opening hours closes the day', () => {
    expect(openingHoursOn({ hours: { 3: { opens: '08:00', closes: '08:45' } } }, '2026-12-23')).toBeNull();
  });

  it.each([['2026-12-23', true], ['2026-12-24', false], ['2026-12-22', false], ['2027-10-29', false], ['2027-02-15', true]])('eve of a public holiday: %s → %s', (date, eve) => {
    expect(isEveOfPublicHoliday(date)).toBe(eve);
  });
});

describe('Vilnius local times across the daylight-saving changes of 2027', () => {
  it.each([
    ['2027-03-26T08:00', '2027-03-26T06:00:00.000Z', 'Friday before the spring change: EET'],
    ['2027-03-26T09:00', '2027-03-26T07:00:00.000Z', 'EET'],
    ['2027-03-29T08:00', '2027-03-29T05:00:00.000Z', 'Monday after the spring change: EEST'],
    ['2027-03-30T09:00', '2027-03-30T06:00:00.000Z', 'EEST'],
    ['2027-10-29T08:00', '2027-10-29T05:00:00.000Z', 'Friday before the autumn change: EEST'],
    ['2027-10-29T09:00', '2027-10-29T06:00:00.000Z', 'EEST'],
    ['2027-11-03T08:00', '2027-11-03T06:00:00.000Z', 'first working day after the autumn change (1–2 Nov are holidays): EET'],
    ['2027-11-03T09:00', '2027-11-03T07:00:00.000Z', 'EET'],
    ['2027-01-12T09:15', '2027-01-12T07:15:00.000Z', 'winter'],
  ])('%s is %s (%s)', (local, utc) => {
    expect(fromLocalDateTime(local).toISOString()).toBe(utc);
    expect(toLocalDateTime(new Date(utc))).toBe(local);
  });

  it('the hour the spring change skips does not exist', () => {
    expect(() => fromLocalDateTime('2027-03-28T03:30')).toThrow(RangeError);
  });

  it.each(['2027-02-30T09:00', '2027-01-12T24:00', '2027-01-12 09:00', '2027-1-12T09:00'])('%s is no local date-time', (s) => {
    expect(isLocalDateTime(s)).toBe(false);
  });

  it.each([
    ['2027-03-26', '2027-03-26T06:00:00.000Z', '2027-03-26T13:30:00.000Z'],
    ['2027-03-30', '2027-03-30T05:00:00.000Z', '2027-03-30T13:45:00.000Z'],
    ['2027-10-29', '2027-10-29T05:00:00.000Z', '2027-10-29T12:30:00.000Z'],
    ['2027-11-03', '2027-11-03T06:00:00.000Z', '2027-11-03T14:45:00.000Z'],
  ])('slots on %s start at local 08:00 (%s) and the last one-slot start maps to %s', (date, firstUtc, lastUtc) => {
    const slots = freeSlotsOfPoint(point, date, openingHoursOn(point, date), 1, new Set(), new Date('2027-01-01T00:00:00Z'));
    expect(slots[0]).toMatchObject({ start: `${date}T08:00`, end: `${date}T08:15`, counter: 1 });
    expect(slotInstants(slots[0]!.start, 1)).toEqual([firstUtc]);
    expect(slotInstants(slots[slots.length - 1]!.start, 1)).toEqual([lastUtc]);
  });
});

describe('the 15-minute grid', () => {
  it.each([
    [{ opens: '08:00', closes: '09:00' }, 1, ['08:00', '08:15', '08:30', '08:45']],
    [{ opens: '08:00', closes: '09:00' }, 2, ['08:00', '08:15', '08:30']],
    [{ opens: '08:00', closes: '15:45' }, 1, 'last 15:30'],
    [{ opens: '08:00', closes: '15:45' }, 2, 'last 15:15'],
  ] as const)('%o with %i slots', (hours, duration, expected) => {
    const starts = slotStartsOn(hours, duration);
    if (typeof expected === 'string') expect(`last ${starts[starts.length - 1]}`).toBe(expected);
    else expect(starts).toEqual(expected);
  });

  it.each([
    ['2027-01-12T09:15', 1, null],
    ['2027-01-12T09:10', 1, 'not_a_slot'],
    ['2027-01-12T07:45', 1, 'closed'],
    ['2027-01-12T17:00', 1, 'closed'],
    ['2027-01-12T16:45', 1, null],
    ['2027-01-12T16:45', 2, 'not_a_slot'],
  ] as const)('%s for %i slot(s): %s', (start, duration, problem) => {
    expect(slotProblem({ opens: '08:00', closes: '17:00' }, start, duration)).toBe(problem);
  });

  it('a closed day has no slots and every start is closed', () => {
    expect(freeSlotsOfPoint(point, '2026-12-24', openingHoursOn(point, '2026-12-24'), 1, new Set(), new Date('2026-01-01'))).toEqual([]);
    expect(slotProblem(null, '2026-12-24T09:00', 1)).toBe('closed');
  });

  it('a two-slot visit needs two consecutive free slots at one counter', () => {
    const date = '2027-01-12';
    const hours = { opens: '08:00', closes: '09:00' };
    // Counter 1: 08:15 taken. Counter 2: 08:30 taken.
    const occupied = new Set([slotKey(1, '2027-01-12T06:15:00.000Z'), slotKey(2, '2027-01-12T06:30:00.000Z')]);
    const slots = freeSlotsOfPoint(point, date, hours, 2, occupied, new Date('2027-01-01'));
    expect(slots.map((s) => `${s.start.slice(11)}@${s.counter}`)).toEqual(['08:00@2', '08:30@1']);
    expect(slots[0]!.end).toBe('2027-01-12T08:30');
  });

  it('starts that have begun are not offered', () => {
    const slots = freeSlotsOfPoint(point, '2027-01-12', { opens: '08:00', closes: '09:00' }, 1, new Set(), new Date('2027-01-12T06:15:00.000Z'));
    expect(slots.map((s) => s.start.slice(11))).toEqual(['08:30', '08:30', '08:45', '08:45']);
  });
});
