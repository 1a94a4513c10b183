/**
 * Server rendering: the page language's i18next instance (one per language, made once: its
 * language never changes, so requests share it), React's streaming renderer, and the CSP nonce on
 * every script Remix emits.
 */
import { PassThrough } from 'node:stream';
import type { AppLoadContext, EntryContext } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { createInstance, type i18n } from 'i18next';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { NonceContext } from './components/nonce';
import { i18nConfig } from './i18n';

const ABORT_DELAY = 5_000;

const instances = new Map<string, Promise<i18n>>();
/** Building an instance copies every string of the locale; a page should not pay for it each time. */
function instanceFor(lng: string): Promise<i18n> {
  let made = instances.get(lng);
  if (!made) {
    const instance = createInstance();
    made = instance.use(initReactI18next).init({ ...i18nConfig, lng, ns: ['common'] }).then(() => instance);
    instances.set(lng, made);
  }
  return made;
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const rootData = remixContext.staticHandlerContext.loaderData.root as { locale?: string } | undefined;
  // An action that fails before the root loader runs (a refused body) still answers in the page's language.
  const fromPath = /^\/(lt|pl|ru|en)(\/|$)/.exec(new URL(request.url).pathname)?.[1];
  const lng = rootData?.locale ?? fromPath ?? i18nConfig.fallbackLng;
  const instance = await instanceFor(lng);

  const nonce = loadContext.cspNonce;
  const waitForAll = isbot(request.headers.get('user-agent') ?? '');

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={instance}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
