// What the server `npm start` runs does to every request before Next sees it (scripts/server.ts):
// the client's address is settled (lib/server/client-address.ts).

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setClientAddress, type TrustProxy } from './client-address';

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface ListenerOptions {
  handle: NextHandler;
  trust: TrustProxy;
}

export function createListener({ handle, trust }: ListenerOptions): RequestListener {
  return (request, response) => {
    setClientAddress(request, trust);
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end();
    });
  };
}
