/**
 * The six-digit code a resident gives with the visit's reference to see, cancel or move it. Read out
 * on the phone, so digits only. Stored only as a keyed hash, exactly as cases' tracking codes are
 * (cases/tracking-code.ts: HMAC-SHA256 under the desk's secret), so a leaked table cannot be tried
 * offline; the web throttles failed lookups, which a million possible codes need.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { hashTrackingCode } from '../cases/index.js';

export const VISIT_CODE_DIGITS = 6;

export function generateVisitCode(): string {
  return String(randomInt(0, 10 ** VISIT_CODE_DIGITS)).padStart(VISIT_CODE_DIGITS, '0');
}

/** What people type: spaces or dashes between the digits. */
function normaliseVisitCode(input: string): string {
  return input.replace(/\D/g, '');
}

export function hashVisitCode(secret: string, code: string): string {
  return hashTrackingCode(secret, `visit:${normaliseVisitCode(code)}`);
}

export function visitCodeMatches(secret: string, code: string, storedHash: string): boolean {
  if (normaliseVisitCode(code).length !== VISIT_CODE_DIGITS) return false;
  const candidate = Buffer.from(hashVisitCode(secret, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
