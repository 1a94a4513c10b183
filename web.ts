/**
 * The HTTP server: Express in front of the Remix app, with security headers (a nonce-based
 * CSP), a same-origin check on every mutation, and static assets. Delivery only: the
 * services it hands to Remix come from server/services.ts.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Services } from './server/services.js';
import { trackingLookupSchema } from './server/cases/index.js';
import { DEFAULT_LANGUAGE, isServedLanguage, SERVED_LANGUAGES, type Lang } from './server/languages.js';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The error texts of locales/, for refusals made here, before Remix (and its i18n) sees the request. */
const ERROR_TEXTS = Object.fromEntries(
  SERVED_LANGUAGES.map((lang) => [lang, (JSON.parse(fs.readFileSync(path.join(root, 'locales', lang, 'common.json'), 'utf8')) as { errors: Record<string, string> }).errors]),
) as Record<Lang, Record<string, string>>;

/** The reader's language: the page's (/lt/…), else the browser's first served one, else Lithuanian. */
function readerLanguage(req: Request): Lang {
  const first = req.path.split('/')[1];
  if (isServedLanguage(first)) return first;
  const preferred = (req.get('accept-language') ?? '').split(',').map((p) => p.trim().slice(0, 2).toLowerCase()).find(isServedLanguage);
  return preferred ?? DEFAULT_LANGUAGE;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A refusal in the reader's language: a small page a person can read, and text for anything else. */
function refuse(req: Request, res: Response, status: number, key: 'too_large' | 'bad_request' | 'forbidden' | 'not_found' | 'unexpected', headers: Record<string, string> = {}) {
  const lang = readerLanguage(req);
  const texts = ERROR_TEXTS[lang];
  res.status(status).set(headers).type('html').send(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(texts.title)}</title></head>` +
      `<body><main><h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(texts[key])}</p></main></body></html>`,
  );
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** Browsers send Origin on cross-site POSTs; refuse any mutation that comes from elsewhere. */
function sameOriginMutations(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const origin = req.get('origin');
  if (origin && origin !== 'null') {
    try {
      if (new URL(origin).host === req.get('host')) return next();
    } catch {
      /* fall through */
    }
    refuse(req, res, 403, 'forbidden');
    return;
  }
  if (origin === 'null') {
    refuse(req, res, 403, 'forbidden');
    return;
  }
  next();
}

/**
 * Forms that carry files; every other mutation is an ordinary form with a small body. A page's form
 * sent by the browser's script goes to `<page>.data` (Remix's single fetch): the same form, the same limit.
 */
const UPLOAD_ROUTES = [/^\/[a-z]{2}\/petition(\.data)?\/?$/, /^\/[a-z]{2}\/status(\.data)?\/?$/, /^\/staff\/intake\/upload\/?$/, /^\/staff\/intake\/walk-in(\.data)?\/?$/];

/**
 * Bodies are limited before anything reads them: the declared length is checked up front, and
 * the bytes of a chunked body are counted as they arrive, reading stopping at the limit. A
 * refusal is a 413 and costs no memory. The form readers in app/.server count again.
 */
function bodyLimits(config: Services['config']) {
  const uploadLimit = config.maxUploadBytes * config.maxUploadFiles + config.maxFormBytes;
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    // Only a multipart body may be an upload: a page with both forms (the status page) keeps its lookup small.
    const upload = UPLOAD_ROUTES.some((r) => r.test(req.path)) && /^multipart\/form-data\b/i.test(req.get('content-type') ?? '');
    const limit = upload ? uploadLimit : config.maxFormBytes;
    const tooLarge = () => refuse(req, res, 413, 'too_large', { Connection: 'close' });
    const declared = req.get('content-length');
    if (declared !== undefined) {
      if (!/^\d+$/.test(declared)) {
        refuse(req, res, 400, 'bad_request', { Connection: 'close' });
        return;
      }
      if (Number(declared) > limit) return tooLarge();
      return next();
    }
    // Paused first, so this listener does not start the flow before Remix reads the body.
    req.pause();
    let seen = 0;
    const count = (chunk: Buffer) => {
      seen += chunk.byteLength;
      if (seen <= limit) return;
      req.off('data', count);
      req.removeAllListeners('data');
      req.unpipe();
      req.pause();
      if (!res.headersSent) tooLarge();
    };
    req.on('data', count);
    next();
  };
}

/**
 * A route may send its own CSP (a framed preview, a sandboxed document): it replaces the
 * desk-wide one instead of being added beside it (browsers enforce every CSP they get, so the
 * strictest would win). Staff pages are never stored by a cache: their Cache-Control is no-store, with a
 * route's no-transform kept beside it.
 */
const REPLACED_BY_ROUTE = new Set(['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy']);

function oneHeaderEach(req: Request, res: Response, next: NextFunction) {
  const staff = req.path === '/staff' || req.path.startsWith('/staff/');
  if (staff) res.set('Cache-Control', 'no-store');
  const append = res.append.bind(res);
  res.append = ((field: string, value?: string[] | string) => {
    const name = field.toLowerCase();
    if (REPLACED_BY_ROUTE.has(name)) return res.set(field, value);
    // On a staff page only no-store, and a streamed download's no-transform beside it (not gzip'd ahead of the socket).
    if (name === 'cache-control') return res.set(field, staff ? (/(^|,)\s*no-transform\s*(,|$)/.test(String(value)) ? 'no-store, no-transform' : 'no-store') : value);
    return append(field, value);
  }) as Response['append'];
  next();
}

/** A path that does not decode is the client's mistake: 400, before any router sees it. */
function wellFormedUrl(req: Request, res: Response, next: NextFunction) {
  try {
    decodeURIComponent(req.path);
    new URL(req.originalUrl, 'http://localhost');
  } catch {
    refuse(req, res, 400, 'bad_request');
    return;
  }
  next();
}

/**
 * The status lookup as JSON, for the municipality's other front ends (the e-services portal, a mobile app,
 * the 1664 line's phone system): POST {"number", "code"} → the same public view of the case the status page
 * shows (never a clerk's note), under the same throttle that slows guessing. A read with no session, no
 * cookie and no page to render, so it is served here, before the page router.
 */
function statusApi(services: Services) {
  return (req: Request, res: Response, next: NextFunction) => {
    lookUp(req, res).catch(next);
  };
  async function lookUp(req: Request, res: Response) {
    res.set('Cache-Control', 'no-store');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const parsed = trackingLookupSchema.safeParse({ number: body.number, code: body.code });
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid_input', message: 'send {"number": "VLN-…", "code": "XXXX-XXXX-XXXX-XXXX"}' });
      return;
    }
    try {
      const view = await services.cases.trackCase({ ...parsed.data, clientKey: req.ip ?? req.socket.remoteAddress ?? 'unknown' });
      res.json(view);
    } catch (error) {
      const e = error as { code?: string; retryAfterSeconds?: number };
      if (e.code === 'rate_limited') {
        res.status(429).set('Retry-After', String(e.retryAfterSeconds ?? 60)).json({ error: 'rate_limited', retryAfterSeconds: e.retryAfterSeconds });
      } else if (e.code === 'not_found') {
        res.status(404).json({ error: 'not_found', message: 'no case with this number and tracking code' });
      } else {
        throw error;
      }
    }
  }
}

/**
 * Resolves when the response's socket has taken what it was given (undefined: it has room now). Remix's
 * adapter writes a streamed body without waiting for 'drain', so a download (the inbox export) asks this
 * before it makes the next batch. The socket's own events, not the response's: compression() takes the
 * response's 'drain' listeners for its zlib stream. A closed socket ends the wait too.
 */
function socketDrained(res: Response): Promise<void> | undefined {
  const socket = res.socket;
  // Uncompressed, the response hands each write straight to the socket, whose buffer then holds it.
  if (!socket || socket.destroyed || !(res.writableNeedDrain || socket.writableNeedDrain)) return undefined;
  return new Promise<void>((resolve) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', done);
      resolve();
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}

/** The one error handler, in every mode: a short message, never a stack trace. */
function errorHandler(error: unknown, req: Request, res: Response, next: NextFunction) {
  void next;
  const e = error as { status?: unknown; statusCode?: unknown; type?: unknown };
  const declared = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  const status = error instanceof URIError ? 400 : declared >= 400 && declared < 600 ? declared : 500;
  if (status >= 500) console.error(error);
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  refuse(req, res, status, status === 400 ? 'bad_request' : status === 404 ? 'not_found' : status === 413 ? 'too_large' : status === 403 ? 'forbidden' : 'unexpected');
}

export async function startWebServer(services: Services, options: { dev?: boolean } = {}): Promise<WebServer> {
  const { config } = services;
  const dev = options.dev ?? false;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);

  app.use(wellFormedUrl);
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: dev ? ["'self'", "'unsafe-inline'"] : ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
          styleSrc: ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'", ...(dev ? ['ws:'] : [])],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  app.use(compression());
  app.use(sameOriginMutations);
  app.use(bodyLimits(config));
  app.use(oneHeaderEach);

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (dev) {
    const vite = await import('vite').then((v) => v.createServer({ server: { middlewareMode: true }, root }));
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>;
  } else {
    const buildDir = path.join(root, 'build');
    app.use('/assets', express.static(path.join(buildDir, 'client', 'assets'), { immutable: true, maxAge: '1y' }));
    app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h' }));
    build = (await import(pathToFileURL(path.join(buildDir, 'server', 'index.js')).href)) as ServerBuild;
  }

  app.post('/api/v1/status', express.json({ limit: '2kb', type: () => true }), statusApi(services));

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: dev ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        services,
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        responseDrained: () => socketDrained(res),
      }),
    }),
  );

  app.use(errorHandler);

  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, config.host, () => {
      const address = server.address() as AddressInfo;
      const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
      resolve({
        url: config.publicUrl ?? `http://${host}:${address.port}`,
        close: () => new Promise((r, j) => server.close((e) => (e ? j(e) : r()))),
      });
    });
    server.on('error', reject);
  });
}
