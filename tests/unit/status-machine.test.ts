import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, canTransition, type CaseStatus } from '../../server/cases/case';

const LEGAL: [CaseStatus, CaseStatus][] = [
  ['received', 'registered'],
  ['received', 'needs_review'],
  ['received', 'forwarded'],
  ['needs_review', 'registered'],
  ['registered', 'assigned'],
  ['registered', 'forwarded'],
  ['assigned', 'in_progress'],
  ['assigned', 'registered'],
  ['in_progress', 'awaiting_information'],
  ['awaiting_information', 'in_progress'],
  ['in_progress', 'answered'],
  ['answered', 'closed'],
  ['forwarded', 'closed'],
];

describe('case status machine', () => {
  it.each(LEGAL)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  const legalSet = new Set(LEGAL.map(([a, b]) => `${a}>${b}`));
  const extra = new Set(['needs_review>forwarded', 'needs_review>closed', 'registered>needs_review', 'assigned>forwarded', 'in_progress>forwarded', 'answered>in_progress']);
  const illegal = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as [CaseStatus, CaseStatus])).filter(
    ([a, b]) => !legalSet.has(`${a}>${b}`) && !extra.has(`${a}>${b}`),
  );

  it.each(illegal)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('closed is final and nothing skips registration', () => {
    expect(CASE_STATUSES.some((s) => canTransition('closed', s))).toBe(false);
    expect(canTransition('received', 'in_progress')).toBe(false);
    expect(canTransition('received', 'answered')).toBe(false);
    expect(canTransition('awaiting_information', 'answered')).toBe(false);
  });
});
