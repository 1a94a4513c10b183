/** What the HTTP server hands every loader and action (see web.ts), as Remix's load context type. */
import type { Services } from '../../server/services';

declare module '@remix-run/node' {
  interface AppLoadContext {
    services: Services;
    cspNonce: string;
    clientIp: string;
    /** Resolves when the response's socket can take more (undefined: now): streamed downloads wait for it. */
    responseDrained?: () => Promise<void> | undefined;
  }
}
