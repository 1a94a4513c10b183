/** workingDaysBetween reads a per-year prefix table; it must agree with counting the days one by one. */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isWorkingDay, workingDaysBetween } from '../../server/deadlines/calendar';
import { seededRandom } from '../fixtures/random';

function countByWalking(from: string, to: string): number {
  if (to < from) return -countByWalking(to, from);
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) n += 1;
  return n;
}

describe('working days between two dates', () => {
  it('agrees with a day-by-day count on 400 random pairs from 1998 to 2032, both directions', () => {
    const next = seededRandom(20261202);
    for (let i = 0; i < 400; i += 1) {
      const from = addCalendarDays('1998-01-01', Math.floor(next() * 12_400));
      const to = addCalendarDays(from, Math.floor(next() * 1_500) - 750);
      expect(workingDaysBetween(from, to), `${from} → ${to}`).toBe(countByWalking(from, to));
    }
  });

  it('is zero for the same day and counts across New Year and Christmas', () => {
    expect(workingDaysBetween('2026-12-23', '2026-12-23')).toBe(0);
    // 24, 25, 26 December are holidays; 27 is a Sunday; 28–31 are working days; 1 January a holiday.
    expect(workingDaysBetween('2026-12-23', '2027-01-01')).toBe(4);
    expect(workingDaysBetween('2027-01-01', '2026-12-23')).toBe(-4);
  });
});
