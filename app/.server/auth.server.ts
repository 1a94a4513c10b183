/** Staff sign-in state for loaders and actions: every staff route calls requireUser. */
import { redirect, type AppLoadContext } from '@remix-run/node';
import type { Actor, Role, User } from '../../server/auth/user';
import { DomainError } from '../../server/errors';
import { sessionCookie } from './cookies';

export type { Actor, Role, User };

async function tokenOf(request: Request): Promise<string | null> {
  const value = (await sessionCookie.parse(request.headers.get('Cookie'))) as unknown;
  return typeof value === 'string' ? value : null;
}

export async function getUser(request: Request, context: AppLoadContext): Promise<User | null> {
  const token = await tokenOf(request);
  return token ? context.services.auth.getSessionUser(token) : null;
}

/**
 * The signed-in user, or a redirect to the sign-in page (for pages) — and, when roles are
 * given, a 403 for anyone else.
 */
export async function requireUser(request: Request, context: AppLoadContext, roles?: readonly Role[]): Promise<User> {
  const user = await getUser(request, context);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/staff/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (roles && !roles.includes(user.role)) {
    throw new Response(JSON.stringify({ code: 'forbidden', i18nKey: 'errors.forbidden' }), { status: 403 });
  }
  return user;
}

export async function startSession(token: string, expiresAt: Date): Promise<string> {
  return sessionCookie.serialize(token, { expires: expiresAt });
}

export async function endSession(request: Request, context: AppLoadContext): Promise<string> {
  const token = await tokenOf(request);
  if (token) await context.services.auth.signOut(token);
  return sessionCookie.serialize('', { maxAge: 0 });
}

/** Only local paths after sign-in: never an open redirect. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/staff') && !next.startsWith('//') ? next : '/staff';
}

