// Who sent a request, as the rate limits see it (lib/http/client-key.ts reads X-Forwarded-For).
// `next start` fills X-Forwarded-For only when a request lacks it, so any client could name itself.
// The server `npm start` runs (scripts/server.ts) overwrites it: with the socket's address, or,
// when the socket is a proxy named in TRUST_PROXY, with the nearest address in the chain that is
// not a trusted proxy (proxy-addr, as Express does it). The other forwarded headers are dropped
// unless a trusted proxy sent them.

import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type TrustProxy = (address: string, hop: number) => boolean;

export class TrustProxyError extends Error {
  override name = 'TrustProxyError';
}

const trustNothing: TrustProxy = () => false;

/**
 * TRUST_PROXY: comma-separated addresses or CIDR ranges of the proxies in front of the server
 * (`127.0.0.1`, `10.0.0.0/8`, or the names `loopback`, `linklocal`, `uniquelocal`). Unset or empty:
 * no proxy is trusted and every request is known by its socket address.
 */
export function trustProxyFrom(value: string | undefined): TrustProxy {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return trustNothing;
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new TrustProxyError(`TRUST_PROXY="${value}" is not a list of addresses or ranges: ${(error as Error).message}.`);
  }
}

/** Headers only a trusted proxy may set: from anyone else they are forgeries and are removed. */
const PROXY_HEADERS = ['x-real-ip', 'forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'] as const;

/** Rewrites the request's forwarded headers in place so that X-Forwarded-For holds the one client address. */
export function setClientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const client = proxyaddr(request, trust);
  request.headers['x-forwarded-for'] = client;
  if (!trust(request.socket.remoteAddress ?? '', 0)) for (const name of PROXY_HEADERS) delete request.headers[name];
  // The rate limits read X-Forwarded-For only; X-Real-IP would be a second, unchecked answer.
  delete request.headers['x-real-ip'];
  return client;
}
