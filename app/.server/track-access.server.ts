/**
 * After a resident looked a case up with its tracking code, or opened the signed link an e-mail
 * gave them, a short-lived signed cookie lets that browser see the case's page, write to the desk
 * and download the case's signed replies (links cannot carry the code, which never goes in a URL).
 */
import { createCookie, type AppLoadContext } from '@remix-run/node';
import { verifyStatusLinkToken } from '../../server/notifications/status-link';

const ONE_HOUR = 60 * 60;

const cookieFor = (context: AppLoadContext) =>
  createCookie('desk_track', {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.services.config.cookieSecure,
    path: '/',
    maxAge: ONE_HOUR,
    secrets: [context.services.secret],
  });

export async function grantCaseAccess(context: AppLoadContext, caseNumber: string): Promise<string> {
  return cookieFor(context).serialize({ n: caseNumber, exp: Date.now() + ONE_HOUR * 1000 });
}

/** The e-mailed link's token: the cookie for its case, or null when it is forged, mangled or expired. */
export async function grantCaseAccessByLink(context: AppLoadContext, token: string): Promise<string | null> {
  const caseNumber = verifyStatusLinkToken(context.services.secret, token.slice(0, 200), context.services.clock.now());
  return caseNumber ? grantCaseAccess(context, caseNumber) : null;
}

export async function grantedCaseNumber(request: Request, context: AppLoadContext): Promise<string | null> {
  const value = (await cookieFor(context).parse(request.headers.get('Cookie'))) as { n?: unknown; exp?: unknown } | null;
  return value && typeof value.n === 'string' && typeof value.exp === 'number' && value.exp > Date.now() ? value.n : null;
}
