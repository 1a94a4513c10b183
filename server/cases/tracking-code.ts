/**
 * Tracking codes a resident uses with the case number: 80 random bits, shown once, stored
 * only as an HMAC (a keyed hash: a leaked table alone cannot be brute-forced offline).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Crockford base32: no I, L, O, U — nothing to misread on the phone or on paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_BITS = 80;

export function generateTrackingCode(): string {
  const bytes = randomBytes(TRACKING_CODE_BITS / 8);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** What people type: lower case, spaces or no dashes, O for 0, I/L for 1. */
export function normaliseTrackingCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function hashTrackingCode(secret: string, code: string): string {
  return createHmac('sha256', secret).update(normaliseTrackingCode(code)).digest('hex');
}

export function trackingCodeMatches(secret: string, code: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashTrackingCode(secret, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
