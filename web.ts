/**
 * The HTTP server: Express in front of the Remix app, with security headers (a nonce-based
 * CSP), a same-origin check on every mutation, and static assets. Delivery only: the
 * services it hands to Remix come from server/services.ts.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Services } from './server/services.js';

const root = path.dirname(fileURLToPath(import.meta.url));

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
    res.status(403).type('text/plain').send('Cross-site request refused.');
    return;
  }
  if (origin === 'null') {
    res.status(403).type('text/plain').send('Cross-site request refused.');
    return;
  }
  next();
}

export async function startWebServer(services: Services, options: { dev?: boolean } = {}): Promise<WebServer> {
  const { config } = services;
  const dev = options.dev ?? false;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);

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

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: dev ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        services,
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      }),
    }),
  );

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
