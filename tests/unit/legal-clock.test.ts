/**
 * The legal clock as data: the rules table, a case's clock, and the two readings of the wait for information.
 *
 * Every expected date was counted by hand on a paper calendar (1 Jan 2026 is a Thursday, 25 Dec 2026 a Friday,
 * 1 Jan 2027 a Friday; holidays: 1 Jan, 16 Feb, 11 Mar, Easter Monday 6 Apr 2026, 1 May, 1–2 Nov, 24–26 Dec).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadlineState, forwardingDueDate, forwardingNoticeDueDate, extensionNoticeDueDate, pauseOf, responseDueDate } from '../../server/deadlines/deadline.js';
import { describeClock, dueAfterKindChange, pausedDueDate, restartedDueDate, resumeClock, shiftWorkingDays } from '../../server/deadlines/legal-clock.js';
import { APPLIED_INFORMATION_RULE, LEGAL_RULE_IDS, answerTermRule, extensionRule, legalRule, legalRules, workingDaysOf } from '../../server/deadlines/legal-rules.js';

describe('the rules table', () => {
  it('has one row per id, each with a citation and the periods the design names', () => {
    expect(legalRules().map((r) => r.id)).toEqual([...LEGAL_RULE_IDS]);
    for (const rule of legalRules()) expect(rule.citation.length, rule.id).toBeGreaterThan(10);
    const days = Object.fromEntries(legalRules().map((r) => [r.id, r.workingDays]));
    expect(days).toEqual({
      answer_term: 20, answer_term_information: 20, extension_request: 10, extension_complaint: 10,
      extension_information_request: 20, extension_notice: 2, forwarding: 5, forwarding_notice: 3,
      information_restart: 20, information_pause: null, reopening: 20,
    });
  });

  it('gives every kind exactly one answer term and one extension ceiling', () => {
    expect(answerTermRule('request').id).toBe('answer_term');
    expect(answerTermRule('complaint').id).toBe('answer_term');
    expect(answerTermRule('information_request').id).toBe('answer_term_information');
    expect(extensionRule('complaint').id).toBe('extension_complaint');
    expect(extensionRule('information_request').id).toBe('extension_information_request');
  });

  it('applies the restart reading, which is what the request-information letter tells the petitioner', () => {
    expect(APPLIED_INFORMATION_RULE).toBe('information_restart');
    expect(legalRule(APPLIED_INFORMATION_RULE).mode).toBe('restart');
    expect(legalRule('information_pause').mode).toBe('pause');
    const meta = JSON.parse(readFileSync(new URL('../../templates/request-information/meta.json', import.meta.url), 'utf8')) as { pausesClock?: boolean };
    expect(meta.pausesClock).toBe(true);
    expect(readFileSync(new URL('../../templates/request-information/en.html', import.meta.url), 'utf8')).toMatch(/will run from the day we receive the missing information/);
  });

  it('has a statement of every rule in all four languages', () => {
    for (const lang of ['en', 'lt', 'pl', 'ru']) {
      const json = JSON.parse(readFileSync(new URL(`../../locales/${lang}/common.json`, import.meta.url), 'utf8')) as { clock: { rules: Record<string, string> } };
      expect(Object.keys(json.clock.rules).sort(), lang).toEqual([...LEGAL_RULE_IDS].sort());
    }
  });

  it('is where deadline.ts takes its numbers from', () => {
    expect(responseDueDate('2026-03-04')).toBe('2026-04-02');
    expect(forwardingDueDate('2026-03-04')).toBe('2026-03-12'); // 5, 6, 9, 10, (11 Mar holiday), 12
    expect(forwardingNoticeDueDate('2026-03-04')).toBe('2026-03-09');
    expect(extensionNoticeDueDate('2026-03-04')).toBe('2026-03-06');
    expect(workingDaysOf('forwarding')).toBe(5);
  });
});

describe('describeClock', () => {
  const rows: { name: string; input: Parameters<typeof describeClock>[0]; state: string; pausedOn: string | null; rule: string | null }[] = [
    { name: 'running', input: { status: 'in_progress', dueOn: '2026-04-02', clockPausedOn: null, dueRule: 'answer_term' }, state: 'running', pausedOn: null, rule: 'answer_term' },
    { name: 'paused', input: { status: 'awaiting_information', dueOn: '2026-04-02', clockPausedOn: '2026-03-10', dueRule: 'answer_term' }, state: 'paused', pausedOn: '2026-03-10', rule: 'answer_term' },
    { name: 'waiting from before the pause day was kept', input: { status: 'awaiting_information', dueOn: '2026-04-02', clockPausedOn: null, dueRule: null }, state: 'paused', pausedOn: null, rule: null },
    { name: 'answered', input: { status: 'answered', dueOn: '2026-04-02', clockPausedOn: null, dueRule: 'answer_term' }, state: 'stopped', pausedOn: null, rule: 'answer_term' },
    { name: 'closed', input: { status: 'closed', dueOn: '2026-04-02', clockPausedOn: null, dueRule: null }, state: 'stopped', pausedOn: null, rule: null },
    { name: 'forwarded', input: { status: 'forwarded', dueOn: '2026-04-02', clockPausedOn: null, dueRule: 'answer_term' }, state: 'stopped', pausedOn: null, rule: 'answer_term' },
    { name: 'no due date yet', input: { status: 'received', dueOn: null, clockPausedOn: null, dueRule: null }, state: 'stopped', pausedOn: null, rule: null },
    { name: 'a rule no row has', input: { status: 'in_progress', dueOn: '2026-04-02', clockPausedOn: null, dueRule: 'gone' }, state: 'running', pausedOn: null, rule: null },
  ];
  it.each(rows)('$name', ({ input, state, pausedOn, rule }) => {
    const clock = describeClock(input);
    expect(clock).toMatchObject({ state, pausedOn, dueOn: input.dueOn });
    expect(clock.rule?.id ?? null).toBe(rule);
    if (clock.rule) expect(clock.rule.citation).toBe(legalRule(clock.rule.id as 'answer_term').citation);
  });
});

describe('the information rules over holidays', () => {
  const restart: { name: string; pausedOn: string; resumedOn: string; registeredOn: string; dueOn: string; pausedWorkingDays: number }[] = [
    // Fri 18 Dec, information on Christmas Eve (Thu): registered Mon 28 Dec; 29–31 Dec, (1 Jan), 4–26 Jan.
    { name: 'paused before Christmas, information on Christmas Eve', pausedOn: '2026-12-18', resumedOn: '2026-12-24', registeredOn: '2026-12-28', dueOn: '2027-01-26', pausedWorkingDays: 4 },
    // Saturday 2 Jan 2027: registered Mon 4 Jan; 20 working days end Mon 1 Feb.
    { name: 'paused before Christmas, resumed after New Year', pausedOn: '2026-12-18', resumedOn: '2027-01-02', registeredOn: '2027-01-04', dueOn: '2027-02-01', pausedWorkingDays: 8 },
    // Sun 1 Nov (All Saints) and Mon 2 Nov (All Souls): registered Tue 3 Nov; ends Tue 1 Dec.
    { name: 'information on All Saints, the day before All Souls', pausedOn: '2026-10-23', resumedOn: '2026-11-01', registeredOn: '2026-11-03', dueOn: '2026-12-01', pausedWorkingDays: 6 },
    // Easter Sunday, then Easter Monday: registered Tue 7 Apr; 1 May (Fri) skipped; ends Wed 6 May.
    { name: 'information on Easter Sunday', pausedOn: '2026-03-30', resumedOn: '2026-04-05', registeredOn: '2026-04-07', dueOn: '2026-05-06', pausedWorkingDays: 5 },
    // An ordinary Wednesday: 11 Mar is skipped; ends Thu 2 Apr.
    { name: 'information on a working day', pausedOn: '2026-03-02', resumedOn: '2026-03-04', registeredOn: '2026-03-04', dueOn: '2026-04-02', pausedWorkingDays: 2 },
  ];
  it.each(restart)('restart: $name', ({ pausedOn, resumedOn, registeredOn, dueOn, pausedWorkingDays }) => {
    expect(resumeClock('information_restart', { pausedOn, dueOn: '2026-01-15' }, resumedOn)).toEqual({
      rule: 'information_restart', resumedOn: registeredOn, dueOn, pausedWorkingDays,
    });
    expect(restartedDueDate(registeredOn, 20)).toBe(dueOn);
  });

  const pause: { name: string; dueOn: string; pausedOn: string; resumedOn: string; expected: string }[] = [
    // 6 working days left on Fri 18 Dec (21–23, 28–30 Dec); from Mon 4 Jan: 5–8, 11, 12 Jan.
    { name: 'paused on the Friday before Christmas, resumed on the Saturday after New Year', dueOn: '2026-12-30', pausedOn: '2026-12-18', resumedOn: '2027-01-02', expected: '2027-01-12' },
    // 4 left on Fri 30 Oct (2 Nov is a holiday: 3–6 Nov); from Mon 9 Nov: 10–13 Nov.
    { name: 'paused over All Souls', dueOn: '2026-11-06', pausedOn: '2026-10-30', resumedOn: '2026-11-09', expected: '2026-11-13' },
    { name: 'paused and resumed on the same day', dueOn: '2026-03-30', pausedOn: '2026-03-04', resumedOn: '2026-03-04', expected: '2026-03-30' },
    { name: 'paused when already overdue: due on the day the information is registered', dueOn: '2026-03-02', pausedOn: '2026-03-04', resumedOn: '2026-03-10', expected: '2026-03-10' },
  ];
  it.each(pause)('pause: $name', ({ dueOn, pausedOn, resumedOn, expected }) => {
    expect(resumeClock('information_pause', { pausedOn, dueOn }, resumedOn).dueOn).toBe(expected);
  });

  it('counts a carried-over pause from the next working day when the information arrives on a holiday', () => {
    // Due Wed 30 Dec, paused Fri 18 Dec (6 left); information on Christmas Day: registered Mon 28 Dec; 29, 30, 31 Dec, 4, 5, 6 Jan.
    expect(pausedDueDate('2026-12-30', '2026-12-18', '2026-12-28')).toBe('2027-01-06');
    expect(resumeClock('information_pause', { pausedOn: '2026-12-18', dueOn: '2026-12-30' }, '2026-12-25').dueOn).toBe('2027-01-06');
  });

  it('refuses a rule that is not an information rule', () => {
    expect(() => resumeClock('forwarding', { pausedOn: '2026-03-04', dueOn: '2026-03-30' }, '2026-03-10')).toThrow(/not an information rule/);
  });
});

describe('a paused deadline', () => {
  it('is paused, never overdue, however late it is', () => {
    // Due Mon 2 Mar, paused Fri 20 Feb: 23–27 Feb and 2 Mar were left.
    expect(deadlineState('2026-03-02', '2026-03-20', { pausedOn: '2026-02-20' })).toEqual({ state: 'paused', workingDaysLeft: 6, pausedOn: '2026-02-20' });
    expect(deadlineState('2026-03-02', '2026-03-20')).toMatchObject({ state: 'overdue' });
  });

  it('is read from the row: the pause day, or a case that was waiting before the day was kept', () => {
    expect(pauseOf({ status: 'awaiting_information', clockPausedOn: '2026-02-20' })).toEqual({ pausedOn: '2026-02-20' });
    expect(pauseOf({ status: 'awaiting_information', clockPausedOn: null })).toEqual({ pausedOn: null });
    expect(pauseOf({ status: 'in_progress', clockPausedOn: null })).toBeUndefined();
    expect(deadlineState('2026-03-02', '2026-03-20', { pausedOn: null })).toEqual({ state: 'paused', workingDaysLeft: 0, pausedOn: null });
  });
});

describe('a change of kind', () => {
  const base = { dueOn: '2026-05-06', registeredOn: '2026-03-04', extendedBy: 0 };
  it.each([
    { name: 'a row from before the rules: counted again from registration', dueRule: null, from: 'request', to: 'complaint', dueOn: '2026-04-02', rule: 'answer_term' },
    { name: 'a restarted term keeps its due date', dueRule: 'information_restart', from: 'request', to: 'complaint', dueOn: '2026-05-06', rule: 'information_restart' },
    { name: 'the answer term becomes the new kind’s', dueRule: 'answer_term', from: 'request', to: 'information_request', dueOn: '2026-05-06', rule: 'answer_term_information' },
    { name: 'an extension becomes the new kind’s', dueRule: 'extension_request', from: 'request', to: 'complaint', dueOn: '2026-05-06', rule: 'extension_complaint' },
  ] as const)('$name', ({ dueRule, from, to, dueOn, rule }) => {
    expect(dueAfterKindChange({ ...base, dueRule, from, to })).toEqual({ dueOn, rule });
  });

  it('shifts by working days both ways over Easter Monday', () => {
    expect(shiftWorkingDays('2026-04-07', -1)).toBe('2026-04-03');
    expect(shiftWorkingDays('2026-04-03', 1)).toBe('2026-04-07');
    expect(shiftWorkingDays('2026-04-07', 0)).toBe('2026-04-07');
  });
});
