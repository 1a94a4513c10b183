/**
 * After a resident looked a case up with its tracking code, a short-lived signed cookie lets them
 * download that case's signed replies (links cannot carry the code, which never goes in a URL).
 */
import { createCookie, type AppLoadContext } from '@remix-run/node';

const cookieFor = (context: AppLoadContext) =>
  createCookie('desk_track', {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.services.config.cookieSecure,
    path: '/',
    maxAge: 60 * 60,
    secrets: [context.services.secret],
  });

export async function grantCaseAccess(context: AppLoadContext, caseNumber: string): Promise<string> {
  return cookieFor(context).serialize({ n: caseNumber, exp: Date.now() + 3600_000 });
}

export async function grantedCaseNumber(request: Request, context: AppLoadContext): Promise<string | null> {
  const value = (await cookieFor(context).parse(request.headers.get('Cookie'))) as { n?: unknown; exp?: unknown } | null;
  return value && typeof value.n === 'string' && typeof value.exp === 'number' && value.exp > Date.now() ? value.n : null;
}
