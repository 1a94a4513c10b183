/**
 * CSRF protection for every mutation: a random per-browser cookie and, in every form, an
 * HMAC of it (and of the session, when signed in) under the server secret. A cross-site page
 * can neither read the cookie nor forge the token; a token taken before sign-in is worthless
 * after it, and the cookie itself is replaced at sign-in and sign-out.
 * (web.ts also refuses cross-origin POSTs by their Origin header.)
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import { DomainError } from '../../server/errors';
import { csrfCookie, sessionCookie } from './cookies';

const CSRF_FIELD = 'csrf';

async function sessionOf(request: Request): Promise<string> {
  const value = (await sessionCookie.parse(request.headers.get('Cookie'))) as unknown;
  return typeof value === 'string' ? value : '';
}

function tokenFor(secret: string, value: string, session: string): string {
  const sessionId = session ? createHmac('sha256', secret).update(`session:${session}`).digest('base64url') : '-';
  return createHmac('sha256', secret).update(`csrf:${value}:${sessionId}`).digest('base64url');
}

const cookieOf = (context: AppLoadContext) => csrfCookie(context.services.config.cookieSecure);

/** For the root loader: the token for this browser, and a Set-Cookie when it had none. */
export async function issueCsrfToken(request: Request, context: AppLoadContext): Promise<{ token: string; setCookie?: string }> {
  const session = await sessionOf(request);
  const existing = (await cookieOf(context).parse(request.headers.get('Cookie'))) as string | null;
  if (typeof existing === 'string' && existing.length >= 32) return { token: tokenFor(context.services.secret, existing, session) };
  const value = randomBytes(24).toString('base64url');
  return { token: tokenFor(context.services.secret, value, session), setCookie: await cookieOf(context).serialize(value) };
}

/** A fresh CSRF cookie, for the responses that sign in or out (the next page issues its token). */
export async function rotateCsrfCookie(context: AppLoadContext): Promise<string> {
  return cookieOf(context).serialize(randomBytes(24).toString('base64url'));
}

export async function verifyCsrf(request: Request, context: AppLoadContext, formData: FormData): Promise<void> {
  const value = (await cookieOf(context).parse(request.headers.get('Cookie'))) as string | null;
  const sent = formData.get(CSRF_FIELD);
  if (typeof value !== 'string' || typeof sent !== 'string') throw new DomainError('csrf', 'missing CSRF token');
  const expected = Buffer.from(tokenFor(context.services.secret, value, await sessionOf(request)));
  const actual = Buffer.from(sent);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw new DomainError('csrf', 'bad CSRF token');
}
