// What the server `npm start` runs does to every request before Next sees it (scripts/server.ts):
// the client's address is settled (lib/server/client-address.ts), and every answer starts with the
// security headers, so that those proxy.ts never sees (404s for .txt/.png/.svg/.ico paths, static
// files) carry them too; proxy.ts's per-page policy replaces the fallback CSP where it runs.

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { BASE_SECURITY_HEADERS } from '@/lib/http/security-headers';
import { setClientAddress, type TrustProxy } from './client-address';

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface ListenerOptions {
  handle: NextHandler;
  trust: TrustProxy;
}

/** For answers no route set a policy on: no plugins, no framing, no foreign base; the page still loads its own assets. */
export const FALLBACK_CSP = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', FALLBACK_CSP);
}

export function createListener({ handle, trust }: ListenerOptions): RequestListener {
  return (request, response) => {
    setClientAddress(request, trust);
    setSecurityHeaders(response);
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end();
    });
  };
}
