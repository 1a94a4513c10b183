import { createCookie, type Cookie } from '@remix-run/node';

const secure = process.env.COOKIE_SECURE === 'true';

/** The staff session token (the database keeps only its hash). */
export const sessionCookie = createCookie('desk_session', {
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: '/',
});

const csrfCookies = new Map<boolean, Cookie>();

/**
 * A random value per browser; forms carry an HMAC of it (signed double-submit CSRF token).
 * Over HTTPS it carries the `__Host-` prefix, so no sibling subdomain can plant or overwrite it.
 */
export function csrfCookie(secureCookies: boolean): Cookie {
  let cookie = csrfCookies.get(secureCookies);
  if (!cookie) {
    cookie = createCookie(secureCookies ? '__Host-desk_csrf' : 'desk_csrf', {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      path: '/',
      maxAge: 60 * 60 * 24 * 30,
    });
    csrfCookies.set(secureCookies, cookie);
  }
  return cookie;
}
