/**
 * The one-click link in every e-mail to a resident: a signed, expiring token for one case, so the
 * resident opens their status page without typing the number and code. It is not the tracking
 * code (which never goes in a URL): it names the case and an expiry, and an HMAC under the
 * desk's secret vouches for both. Pure: node:crypto only.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough to outlive an extended case and the weeks after its answer. */
export const STATUS_LINK_DAYS = 90;

const PURPOSE = 'status-link:v1';

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${payload}`).digest('base64url');
}

export function createStatusLinkToken(secret: string, caseNumber: string, now: Date, days = STATUS_LINK_DAYS): string {
  const expires = Math.floor(now.getTime() / 1000) + days * 86_400;
  const payload = `${caseNumber}.${expires.toString(36)}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The case number the token is for, or null when it is forged, mangled or expired. */
export function verifyStatusLinkToken(secret: string, token: string, now: Date): string | null {
  const match = /^([A-Z]{3}-\d{4}-\d{6,})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (!match) return null;
  const [, caseNumber, expires, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(secret, `${caseNumber}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return parseInt(expires, 36) * 1000 > now.getTime() ? caseNumber : null;
}

/** The link itself: the status page in the resident's language, opened by the token. */
export function statusLinkUrl(baseUrl: string, language: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${language}/status?t=${encodeURIComponent(token)}`;
}
