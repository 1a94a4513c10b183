/**
 * Human case numbers: VLN-2026-000123 — prefix, registration year, per-year sequence.
 * The sequence is taken inside the registering transaction (case.repository.ts).
 */
export const CASE_NUMBER_PREFIX = 'VLN';
const PATTERN = /^VLN-(\d{4})-(\d{6,})$/;

export function formatCaseNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`bad sequence ${seq}`);
  return `${CASE_NUMBER_PREFIX}-${year}-${String(seq).padStart(6, '0')}`;
}

/** Accepts what a person types: any case, spaces around, en dashes. */
export function parseCaseNumber(input: string): { number: string; year: number; seq: number } | null {
  const cleaned = input.trim().toUpperCase().replace(/[\u2010-\u2015\s]+/g, (m) => (m.trim() ? '-' : ''));
  const match = PATTERN.exec(cleaned);
  if (!match) return null;
  const year = Number(match[1]);
  const seq = Number(match[2]);
  if (seq < 1) return null;
  return { number: formatCaseNumber(year, seq), year, seq };
}
