/**
 * The working-day calendar, as properties over many dates (2000–2040) rather than a table:
 * adding working days lands on a working day and moves forward with n, and a petition received
 * on a day off is registered on the next working day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, isWorkingDay, vilniusDateOf } from '../../../server/deadlines/calendar.js';
import { registrationDate } from '../../../server/deadlines/deadline.js';

const DAYS_2000_TO_2040 = 41 * 365;
const date = fc.integer({ min: 0, max: DAYS_2000_TO_2040 }).map((n) => addCalendarDays('2000-01-01', n));
const PARAMS = { numRuns: 200 };

describe('working-day calendar properties', () => {
  it('n ≥ 1 working days after any date is a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, n) => isWorkingDay(addWorkingDays(d, n))),
      PARAMS,
    );
  });

  it('is strictly monotonic in n, and 0 working days is the date itself', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (d, a, b) => {
        expect(addWorkingDays(d, 0)).toBe(d);
        const [n, m] = a <= b ? [a, b] : [b, a];
        const earlier = addWorkingDays(d, n);
        const later = addWorkingDays(d, m);
        if (n === m) expect(later).toBe(earlier);
        else expect(later > earlier).toBe(true);
      }),
      PARAMS,
    );
  });

  it('adding in two steps is adding once', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (d, n, m) => {
        expect(addWorkingDays(addWorkingDays(d, n), m)).toBe(addWorkingDays(d, n + m));
      }),
      PARAMS,
    );
  });

  it('registers on the day received when that is a working day, else on the next working day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2040-12-30T00:00:00Z'), noInvalidDate: true }), (receivedAt) => {
        const received = vilniusDateOf(receivedAt);
        const registered = registrationDate(receivedAt);
        expect(isWorkingDay(registered)).toBe(true);
        expect(registered >= received).toBe(true);
        if (isWorkingDay(received)) expect(registered).toBe(received);
        // Every day between receipt and registration is a day off: it is the *next* working day.
        for (let day = received; day < registered; day = addCalendarDays(day, 1)) expect(isWorkingDay(day)).toBe(false);
      }),
      PARAMS,
    );
  });
});
