/**
 * Lithuanian working-day calendar and statutory deadlines.
 *
 * Every expected date below was counted by hand on a paper calendar (anchors: 1 Jan 2025 is a Wednesday,
 * 1 Jan 2026 a Thursday, 1 Jan 2027 a Friday); none is computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  isValidCalendarDate,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  publicHolidayName,
  vilniusDateOf,
  workingDaysBetween,
} from '../../server/deadlines/calendar.js';
import {
  deadlineState,
  extendDueDate,
  extensionNoticeDueDate,
  forwardingDueDate,
  forwardingNoticeDueDate,
  registrationDate,
  responseDueDate,
  type PetitionKind,
} from '../../server/deadlines/deadline.js';
import { DomainError } from '../../server/errors.js';

/**
 * Public holidays (Labour Code list) falling Monday–Friday. Mother's and Father's Day are always Sundays;
 * Good Friday and New Year's Eve are ordinary working days; Lithuania has no substitute days for holidays
 * that fall on a weekend.
 */
const WEEKDAY_HOLIDAYS: Record<number, string[]> = {
  // 16 Feb Sun, 6 Jul Sun, 1 Nov Sat, 2 Nov Sun
  2025: ['2025-01-01', '2025-03-11', '2025-04-21', '2025-05-01', '2025-06-24', '2025-08-15', '2025-12-24', '2025-12-25', '2025-12-26'],
  // 15 Aug Sat, 1 Nov Sun, 26 Dec Sat
  2026: ['2026-01-01', '2026-02-16', '2026-03-11', '2026-04-06', '2026-05-01', '2026-06-24', '2026-07-06', '2026-11-02', '2026-12-24', '2026-12-25'],
  // 1 May Sat, 15 Aug Sun, 25 Dec Sat, 26 Dec Sun
  2027: ['2027-01-01', '2027-02-16', '2027-03-11', '2027-03-29', '2027-06-24', '2027-07-06', '2027-11-01', '2027-11-02', '2027-12-24'],
};

/** Public holidays that fall on a weekend: still holidays by name, but no substitute working day is lost. */
const WEEKEND_HOLIDAYS = [
  '2025-02-16', '2025-04-20', '2025-07-06', '2025-11-01', '2025-11-02',
  '2026-04-05', '2026-08-15', '2026-11-01', '2026-12-26',
  '2027-03-28', '2027-05-01', '2027-08-15', '2027-12-25', '2027-12-26',
];

const weekdayHolidayRows = Object.values(WEEKDAY_HOLIDAYS).flat();

describe('Lithuanian public holidays', () => {
  it.each(weekdayHolidayRows)('%s is a weekday public holiday, so not a working day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(publicHolidayName(date)).not.toBeNull();
  });

  it.each(WEEKEND_HOLIDAYS)('%s is a public holiday on a weekend', (date) => {
    expect(publicHolidayName(date)).not.toBeNull();
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([2025, 2026, 2027])('the weekdays that are not working days in %i are exactly the holiday table', (year) => {
    const nonWorkingWeekdays: string[] = [];
    for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
      const weekday = d.getUTCDay();
      const date = d.toISOString().slice(0, 10);
      if (weekday !== 0 && weekday !== 6 && !isWorkingDay(date)) nonWorkingWeekdays.push(date);
    }
    expect(nonWorkingWeekdays).toEqual(WEEKDAY_HOLIDAYS[year]);
  });

  it.each([
    ['2026-03-10', true, 'Tuesday before Independence Restoration Day'],
    ['2026-03-12', true, 'Thursday after it'],
    ['2026-04-03', true, 'Good Friday is not a holiday in Lithuania'],
    ['2026-08-14', true, 'Friday before Assumption on a Saturday: no substitute day'],
    ['2027-12-27', true, 'Monday after Christmas on a weekend: no substitute day'],
    ['2027-12-31', true, "New Year's Eve"],
    ['2026-03-14', false, 'Saturday'],
    ['2026-03-15', false, 'Sunday'],
    ['2026-05-03', false, "Mother's Day (a Sunday)"],
  ])('isWorkingDay(%s) is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('names holidays in Lithuanian by default and in other languages on request', () => {
    expect(publicHolidayName('2026-12-25')).toMatch(/Kalėdos/);
    expect(publicHolidayName('2026-12-25', 'en')).toBe('Christmas Day');
    // asking in English must not leak into later default (Lithuanian) look-ups
    expect(publicHolidayName('2026-12-25')).toMatch(/Kalėdos/);
    expect(publicHolidayName('2026-12-28')).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-10T21:59:59Z', '2026-03-10'],
    ['2026-03-10T22:00:00Z', '2026-03-11'], // midnight in Vilnius, UTC+2 in winter
    ['2026-03-10T23:30:00Z', '2026-03-11'],
    ['2026-03-28T22:00:00Z', '2026-03-29'], // the night clocks go forward
    ['2026-03-29T20:59:00Z', '2026-03-29'], // 23:59 local, now UTC+3
    ['2026-03-29T21:00:00Z', '2026-03-30'],
    ['2026-07-05T21:00:00Z', '2026-07-06'],
    ['2026-12-31T22:30:00Z', '2027-01-01'],
  ])('vilniusDateOf(%s) = %s', (instant, expected) => {
    expect(vilniusDateOf(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'], // across the DST change without drift
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addCalendarDays(%s, %i) = %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-03-10', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-03-10T00:00', false],
    ['', false],
  ])('isValidCalendarDate(%j) is %s', (s, expected) => {
    expect(isValidCalendarDate(s)).toBe(expected);
  });

  it.each([
    ['2026-03-16', '2026-03-16'], // a working Monday stays
    ['2026-03-14', '2026-03-16'], // Saturday
    ['2025-12-24', '2025-12-29'], // Christmas Eve, Christmas, second day, weekend
    ['2027-10-30', '2027-11-03'], // Saturday, Sunday, All Saints', All Souls'
  ])('nextWorkingDayOnOrAfter(%s) = %s', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date)).toBe(expected);
  });

  it.each([
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-10', 1, '2026-03-12'], // skips 11 March
    ['2026-04-05', 1, '2026-04-07'], // from Easter Sunday over Easter Monday
    ['2026-12-31', 1, '2027-01-04'],
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ['2025-12-23', '2025-12-29', 1],
    ['2025-12-29', '2025-12-23', -1],
    ['2026-03-13', '2026-03-13', 0],
    ['2026-03-09', '2026-03-16', 4], // 10, 12, 13, 16 (11th is a holiday)
    ['2026-12-31', '2027-01-04', 1],
  ])('workingDaysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('rejects malformed dates and negative working-day counts', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-10', -1)).toThrow(RangeError);
    expect(() => vilniusDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('registrationDate', () => {
  it.each([
    ['2026-03-10T08:00:00Z', '2026-03-10', 'a working Tuesday'],
    ['2026-03-14T10:00:00Z', '2026-03-16', 'Saturday → Monday'],
    ['2026-03-15T12:00:00Z', '2026-03-16', 'Sunday → Monday'],
    ['2026-03-11T09:00:00Z', '2026-03-12', 'Independence Restoration Day → Thursday'],
    ['2026-03-10T23:30:00Z', '2026-03-12', 'late Tuesday UTC is already the holiday in Vilnius'],
    ['2026-03-12T22:30:00Z', '2026-03-13', 'late Thursday UTC is a working Friday in Vilnius'],
    ['2026-03-13T22:15:00Z', '2026-03-16', 'late Friday UTC is Saturday in Vilnius'],
    ['2026-07-03T20:30:00Z', '2026-07-03', '23:30 on Friday in Vilnius (summer time)'],
    ['2026-07-03T21:30:00Z', '2026-07-07', 'Saturday 00:30 in Vilnius; Monday is Statehood Day'],
    ['2025-12-23T22:00:00Z', '2025-12-29', 'midnight starting Christmas Eve'],
    ['2026-04-04T09:00:00Z', '2026-04-07', 'Easter Saturday → Tuesday after Easter Monday'],
    ['2026-12-31T22:30:00Z', '2027-01-04', "New Year's Day in Vilnius → Monday"],
    ['2027-10-30T10:00:00Z', '2027-11-03', 'weekend then All Saints and All Souls'],
    ['2025-06-24T12:00:00Z', '2025-06-25', 'St John’s Day'],
  ])('received %s → registered %s (%s)', (receivedAt, expected) => {
    expect(registrationDate(new Date(receivedAt))).toBe(expected);
  });
});

describe('responseDueDate: 20 working days after registration', () => {
  it.each([
    ['2025-12-10', '2026-01-13', 'across Christmas 2025 and New Year'],
    ['2026-12-14', '2027-01-14', 'across Christmas 2026 and New Year'],
    ['2026-12-23', '2027-01-25', 'registered the day before Christmas Eve'],
    ['2025-04-14', '2025-05-14', 'across Easter Monday and 1 May 2025'],
    ['2026-03-23', '2026-04-21', 'across Easter 2026'],
    ['2027-03-10', '2027-04-09', 'across 11 March and Easter Monday 2027'],
    ['2026-09-01', '2026-09-29', 'four plain weeks'],
    ['2026-10-20', '2026-11-18', "across All Souls' Day 2026"],
  ])('registered %s → due %s (%s)', (registeredOn, expected) => {
    expect(responseDueDate(registeredOn)).toBe(expected);
  });
});

describe('extendDueDate', () => {
  it.each<[string, PetitionKind, number, number, string]>([
    ['2026-01-13', 'complaint', 10, 0, '2026-01-27'],
    ['2026-01-13', 'information_request', 20, 0, '2026-02-10'],
    ['2026-01-27', 'information_request', 20, 0, '2026-02-25'], // over 16 February
    ['2026-12-17', 'request', 10, 0, '2027-01-05'], // over Christmas and New Year
    ['2026-03-05', 'complaint', 5, 5, '2026-03-13'], // second extension reaching exactly the maximum
    ['2026-04-03', 'complaint', 1, 0, '2026-04-07'], // over Easter Monday
  ])('due %s, %s extended by %i (already %i) → %s', (due, kind, days, already, expected) => {
    expect(extendDueDate(due, kind, days, already)).toBe(expected);
  });

  it.each<[PetitionKind, number, number]>([
    ['complaint', 11, 0],
    ['request', 11, 0],
    ['information_request', 21, 0],
    ['complaint', 6, 5],
    ['information_request', 1, 20],
    ['complaint', 0, 0],
    ['complaint', -3, 0],
    ['complaint', 1.5, 0],
  ])('refuses extending a %s by %i working days when already extended by %i', (kind, days, already) => {
    const attempt = () => extendDueDate('2026-01-13', kind, days, already);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'extension_not_allowed' }));
  });
});

describe('notice and forwarding deadlines', () => {
  it.each([
    [extensionNoticeDueDate, '2025-12-23', '2025-12-30'],
    [extensionNoticeDueDate, '2026-03-10', '2026-03-13'],
    [forwardingDueDate, '2026-04-01', '2026-04-09'],
    [forwardingNoticeDueDate, '2026-04-01', '2026-04-07'],
    [forwardingDueDate, '2027-10-27', '2027-11-05'],
    [forwardingNoticeDueDate, '2027-10-27', '2027-11-03'],
  ])('%o(%s) = %s', (rule, from, expected) => {
    expect(rule(from)).toBe(expected);
  });
});

describe('deadlineState', () => {
  it.each([
    ['2026-03-20', '2026-03-16', 'on-track', 4],
    ['2026-03-20', '2026-03-17', 'due-soon', 3],
    ['2026-03-20', '2026-03-20', 'due-soon', 0],
    ['2026-03-20', '2026-03-21', 'overdue', -1], // the Saturday after a Friday due date
    ['2026-03-20', '2026-03-23', 'overdue', -1],
    ['2026-03-20', '2026-03-24', 'overdue', -2],
    ['2026-03-13', '2026-03-09', 'due-soon', 3], // 11 March is not counted
    ['2026-03-13', '2026-03-06', 'on-track', 4],
    ['2026-03-16', '2026-03-14', 'due-soon', 1], // a weekend before a Monday due date
    ['2025-12-23', '2025-12-29', 'overdue', -1], // Christmas days are not counted as late
    ['2025-12-23', '2025-12-30', 'overdue', -2],
  ])('due %s, today %s → %s with %i working days left', (due, today, state, left) => {
    expect(deadlineState(due, today)).toEqual({ state, workingDaysLeft: left });
  });
});
