import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { issueCsrfToken } from './.server/csrf.server';
import { resolveLocale } from './.server/i18n.server';
import { useNonce } from './components/nonce';
import { i18nFor } from './i18n';
import styles from './styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const locale = await resolveLocale(request, context);
  const csrf = await issueCsrfToken(request, context);
  return data({ locale, csrf: csrf.token }, csrf.setCookie ? { headers: { 'Set-Cookie': csrf.setCookie } } : undefined);
}

export type RootData = { locale: 'lt' | 'pl' | 'ru' | 'en'; csrf: string };

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root') as RootData | undefined;
  const { i18n } = useTranslation();
  // An error page whose root loader did not run keeps the language the server rendered it in.
  const locale = root?.locale ?? ((i18n.language || 'lt') as RootData['locale']);
  // The page's language is chosen while rendering: every string of this render, and no later one, is in it.
  return (
    <I18nextProvider i18n={i18nFor(locale)}>
      <Document locale={locale}>{children}</Document>
    </I18nextProvider>
  );
}

function Document({ locale, children }: { locale: RootData['locale']; children: React.ReactNode }) {
  const { t } = useTranslation();
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  let status = 500;
  let key = 'errors.unexpected';
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const body = typeof error.data === 'string' ? safeJson(error.data) : error.data;
    key = body && typeof body.i18nKey === 'string' ? body.i18nKey : status === 404 ? 'errors.not_found' : key;
  }
  return (
    <main id="main" className="page error-page">
      <h1>{t(status === 404 ? 'errors.notFoundTitle' : 'errors.title')}</h1>
      <p>{t(key)}</p>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </main>
  );
}

function safeJson(text: string): { i18nKey?: unknown } | null {
  try {
    return JSON.parse(text) as { i18nKey?: unknown };
  } catch {
    return null;
  }
}
