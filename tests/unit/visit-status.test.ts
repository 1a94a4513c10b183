/** A visit's status rules and the person key the future-visits limit counts by. */
import { describe, expect, it } from 'vitest';
import { canApplyVisitAction, nextVisitStatus, type VisitAction } from '../../server/visits/visit-status.js';
import { formatVisitReference, normaliseVisitReference, personKeyOf } from '../../server/visits/visit-person.js';
import { generateVisitCode, hashVisitCode, visitCodeMatches } from '../../server/visits/visit-code.js';
import type { VisitStatus } from '../../server/visits/visit.js';

const start = new Date('2027-01-12T07:15:00Z');
const before = new Date('2027-01-12T07:00:00Z');
const after = new Date('2027-01-12T07:20:00Z');

describe('visit status rules', () => {
  it.each<[VisitAction, VisitStatus, Date, boolean]>([
    ['check_in', 'booked', before, true],
    ['check_in', 'checked_in', before, false],
    ['check_in', 'cancelled', before, false],
    ['serve', 'checked_in', after, true],
    ['serve', 'booked', after, true],
    ['serve', 'served', after, false],
    ['serve', 'no_show', after, false],
    ['no_show', 'booked', before, false],
    ['no_show', 'booked', after, true],
    ['no_show', 'checked_in', after, false],
    ['cancel', 'booked', before, true],
    ['cancel', 'booked', after, false],
    ['cancel', 'served', before, false],
    ['move', 'booked', before, true],
    ['move', 'booked', after, false],
    ['move', 'cancelled', before, false],
  ])('%s on a %s visit (now %s): %s', (action, status, now, allowed) => {
    expect(canApplyVisitAction(action, status, start, now)).toBe(allowed);
  });

  it('an illegal step is an illegal_transition error', () => {
    expect(() => nextVisitStatus('serve', 'cancelled', start, after)).toThrow(expect.objectContaining({ code: 'illegal_transition' }));
    expect(nextVisitStatus('check_in', 'booked', start, before)).toBe('checked_in');
  });
});

describe('person keys, references and codes', () => {
  it.each([
    [{ phone: '+370 612 34567', email: null }, 'phone:37061234567'],
    [{ phone: '8 612 34567', email: 'x@y.lt' }, 'phone:37061234567'],
    [{ phone: '00370 (612) 34-567', email: null }, 'phone:37061234567'],
    [{ phone: '', email: ' Ona@Example.LT ' }, 'email:ona@example.lt'],
  ])('%o → %s', (person, key) => {
    expect(personKeyOf(person)).toBe(key);
  });

  it('references are V-YYYY-000001 and read back as typed', () => {
    expect(formatVisitReference(2027, 1)).toBe('V-2027-000001');
    expect(normaliseVisitReference(' v–2027–000123 ')).toBe('V-2027-000123');
    expect(normaliseVisitReference('VLN-2027-000123')).toBeNull();
  });

  it('a code is six digits, matched only through its keyed hash', () => {
    const code = generateVisitCode();
    expect(code).toMatch(/^\d{6}$/);
    const hash = hashVisitCode('s'.repeat(32), code);
    expect(hash).not.toContain(code);
    expect(visitCodeMatches('s'.repeat(32), `${code.slice(0, 3)} ${code.slice(3)}`, hash)).toBe(true);
    expect(visitCodeMatches('t'.repeat(32), code, hash)).toBe(false);
    expect(visitCodeMatches('s'.repeat(32), String((Number(code) + 1) % 1_000_000).padStart(6, '0'), hash)).toBe(false);
  });
});
