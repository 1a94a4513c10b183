/**
 * The person as the future-visits limit knows them, and references. Pure.
 *
 * One person, however they write their number: Lithuanian numbers are dialled as 8 6xx xxxxx at home
 * and +370 6xx xxxxx abroad, so both become 3706xxxxxxx. Without a phone number, the e-mail address.
 */
import type { VisitPerson } from './visit.js';

export function personKeyOf(person: Pick<VisitPerson, 'phone' | 'email'>): string {
  let digits = person.phone.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.length === 9 && digits.startsWith('8')) digits = `370${digits.slice(1)}`;
  if (digits.length > 0) return `phone:${digits}`;
  return `email:${(person.email ?? '').trim().toLowerCase()}`;
}

export const VISIT_REFERENCE_PREFIX = 'V';
const REFERENCE_PATTERN = /^V-(\d{4})-(\d{6,})$/;

export function formatVisitReference(year: number, seq: number): string {
  return `${VISIT_REFERENCE_PREFIX}-${year}-${String(seq).padStart(6, '0')}`;
}

/** What a person types: any case, spaces around, en dashes. Null when it is no reference. */
export function normaliseVisitReference(input: string): string | null {
  const cleaned = input.trim().toUpperCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, '');
  return REFERENCE_PATTERN.test(cleaned) ? cleaned : null;
}
