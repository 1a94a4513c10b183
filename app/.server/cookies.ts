import { createCookie } from '@remix-run/node';

const secure = process.env.COOKIE_SECURE === 'true';

/** The staff session token (the database keeps only its hash). */
export const sessionCookie = createCookie('desk_session', {
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: '/',
});

/** A random value per browser; forms carry an HMAC of it (signed double-submit CSRF token). */
export const csrfCookie = createCookie('desk_csrf', {
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: '/',
  maxAge: 60 * 60 * 24 * 30,
});
