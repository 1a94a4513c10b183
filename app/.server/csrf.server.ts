/**
 * CSRF protection for every mutation: a random per-browser cookie and, in every form, an
 * HMAC of it under the server secret. A cross-site page can neither read the cookie nor
 * forge the token. (web.ts also refuses cross-origin POSTs by their Origin header.)
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import { DomainError } from '../../server/errors';
import { csrfCookie } from './cookies';

const CSRF_FIELD = 'csrf';

function tokenFor(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
}

/** For the root loader: the token for this browser, and a Set-Cookie when it had none. */
export async function issueCsrfToken(request: Request, context: AppLoadContext): Promise<{ token: string; setCookie?: string }> {
  const existing = (await csrfCookie.parse(request.headers.get('Cookie'))) as string | null;
  if (typeof existing === 'string' && existing.length >= 32) return { token: tokenFor(context.services.secret, existing) };
  const value = randomBytes(24).toString('base64url');
  return { token: tokenFor(context.services.secret, value), setCookie: await csrfCookie.serialize(value) };
}

export async function verifyCsrf(request: Request, context: AppLoadContext, formData: FormData): Promise<void> {
  const value = (await csrfCookie.parse(request.headers.get('Cookie'))) as string | null;
  const sent = formData.get(CSRF_FIELD);
  if (typeof value !== 'string' || typeof sent !== 'string') throw new DomainError('csrf', 'missing CSRF token');
  const expected = Buffer.from(tokenFor(context.services.secret, value));
  const actual = Buffer.from(sent);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw new DomainError('csrf', 'bad CSRF token');
}
