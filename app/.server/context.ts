/** What the HTTP server hands every loader and action (see web.ts). */
import type { AppLoadContext } from '@remix-run/node';
import type { Services } from '../../server/services';

declare module '@remix-run/node' {
  interface AppLoadContext {
    services: Services;
    cspNonce: string;
    clientIp: string;
  }
}

export function servicesOf(context: AppLoadContext): Services {
  return context.services;
}
