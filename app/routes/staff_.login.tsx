import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { getUser, safeNext, startSession } from '../.server/auth.server';
import { rotateCsrfCookie } from '../.server/csrf.server';
import { inlineErrorKey, orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';
import { resolveLocale, translator } from '../.server/i18n.server';
import { CsrfInput } from '../components/CsrfInput';
import { Field } from '../components/Field';
import { titleFromLoader } from '../meta';
import { LANGUAGES, SERVED_LANGUAGES } from '../../server/languages';

export const meta = titleFromLoader;

/** A `next` with control characters (CR, LF) could never be a Location header: go home instead. */
function plainNext(next: string | null): string | null {
  return next !== null && /^[\x21-\x7e]*$/.test(next) ? next : null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect(safeNext(plainNext(new URL(request.url).searchParams.get('next'))));
  const t = await translator(await resolveLocale(request, context));
  return { title: t('login.title') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await orHttpError(() => readForm(request, context));
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const password = String(formData.get('password') ?? '').slice(0, 200);
  try {
    const session = await context.services.auth.signIn({
      email,
      password,
      ip: context.clientIp,
      userAgent: request.headers.get('user-agent'),
    });
    const headers = new Headers();
    headers.append('Set-Cookie', await startSession(session.token, session.expiresAt));
    headers.append('Set-Cookie', await rotateCsrfCookie(context));
    throw redirect(safeNext(plainNext(String(formData.get('next') ?? ''))), { headers });
  } catch (error) {
    if (error instanceof Response) throw error;
    const key = inlineErrorKey(error, ['invalid_credentials', 'rate_limited']);
    // Throttled: 429 with Retry-After, so a script learns to wait and a person sees the message.
    const retryAfter = (error as { code?: string; details?: { retryAfterSeconds?: unknown } }).details?.retryAfterSeconds;
    if ((error as { code?: string }).code === 'rate_limited') {
      return data({ error: key, email }, { status: 429, headers: typeof retryAfter === 'number' ? { 'Retry-After': String(retryAfter) } : {} });
    }
    return { error: key, email };
  }
}

export default function LoginPage() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === 'submitting';
  return (
    <main id="main" className="page login-page">
      <h1>{t('login.title')}</h1>
      <nav aria-label={t('nav.language')} className="lang-switcher inline">
        <ul>
          {SERVED_LANGUAGES.map((l) => (
            <li key={l}>
              <a href={`?lng=${l}`} lang={l} hrefLang={l}>
                {LANGUAGES[l].endonym}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {result?.error ? (
        <div className="error-summary" role="alert">
          <p>{t(result.error)}</p>
        </div>
      ) : null}
      <Form method="post" className="form narrow">
        <CsrfInput />
        <input type="hidden" name="next" value={params.get('next') ?? '/staff'} />
        <Field name="email" label={t('login.email')} required>
          {(p) => <input {...p} type="email" autoComplete="username" defaultValue={result?.email} />}
        </Field>
        <Field name="password" label={t('login.password')} required>
          {(p) => <input {...p} type="password" autoComplete="current-password" />}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {t('login.submit')}
        </button>
      </Form>
      <p>
        <a href="/">{t('login.backToPublic')}</a>
      </p>
    </main>
  );
}
