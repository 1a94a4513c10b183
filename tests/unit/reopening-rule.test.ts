/**
 * The reopening rule (deadlines/legal-rules.ts) and its clock (legal-clock.ts): a reopened case gets a new
 * term of 20 working days from the reopening's registration date, the next working day when reopened on a
 * non-working one; and the move it allows (case.ts): answered or closed, back to work only.
 */
import { describe, expect, it } from 'vitest';
import { canMove, CASE_STATUSES } from '../../server/cases/case';
import { workingDaysBetween } from '../../server/deadlines/calendar';
import { describeClock, reopenClock } from '../../server/deadlines/legal-clock';
import { legalRule, REOPENING_RULE } from '../../server/deadlines/legal-rules';

describe('the reopening rule', () => {
  it('is one cited row with a 20-working-day term', () => {
    expect(legalRule(REOPENING_RULE)).toMatchObject({ id: 'reopening', governs: 'reopening', workingDays: 20, mode: null });
    expect(legalRule(REOPENING_RULE).citation).toContain('Viešojo administravimo įstatymo 14 str.');
    expect(legalRule(REOPENING_RULE).kinds).toEqual(['request', 'complaint', 'information_request']);
  });

  it.each([
    // [reopened on, registered on, due on]
    ['2026-03-13', '2026-03-13', '2026-04-13'], // a Friday; Easter Monday 2026-04-06 is a holiday
    ['2026-03-14', '2026-03-16', '2026-04-14'], // a Saturday: registered on Monday
    ['2026-02-16', '2026-02-17', '2026-03-18'], // State Restoration Day: registered the next day; 11 March does not count either
    ['2026-12-23', '2026-12-23', '2027-01-25'], // over Christmas Eve, Christmas, Boxing Day and New Year
  ])('reopened on %s: registered %s, due %s', (reopenedOn, registeredOn, dueOn) => {
    const clock = reopenClock(reopenedOn);
    expect(clock).toEqual({ rule: 'reopening', registeredOn, dueOn });
    expect(workingDaysBetween(registeredOn, dueOn)).toBe(20);
  });

  it('the case clock names it once the due date is set by it', () => {
    expect(describeClock({ status: 'in_progress', dueOn: '2026-04-13', clockPausedOn: null, dueRule: 'reopening' })).toMatchObject({
      state: 'running',
      rule: { id: 'reopening', citation: expect.stringContaining('875') },
    });
  });

  it('moves only an answered or closed case, and only back to work', () => {
    const allowed = CASE_STATUSES.flatMap((from) => CASE_STATUSES.filter((to) => canMove(from, to, 'reopen')).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(['answered>in_progress', 'answered>registered', 'closed>in_progress', 'closed>registered']);
    // Closed stays final for the ordinary moves of the status panel.
    expect(CASE_STATUSES.some((to) => canMove('closed', to))).toBe(false);
  });
});
