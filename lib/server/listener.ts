// What the server `npm start` runs does to every request before Next sees it (scripts/server.ts):
// the client's address is settled (lib/server/client-address.ts), and every answer starts with the
// security headers, so that those proxy.ts never sees (404s for .txt/.png/.svg/.ico paths, static
// files) carry them too; proxy.ts's per-page policy replaces the fallback CSP where it runs.
// While the database is unreachable (lib/server/database-watch.ts) every request but /api/health
// and build assets gets a 503 that says so, as a page or as JSON, instead of a 500 from each route.

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { BASE_SECURITY_HEADERS, EMBED_PATH } from '@/lib/http/security-headers';
import { setClientAddress, type TrustProxy } from './client-address';
import type { NextHandler, PageCache } from './page-cache';
import type { ServerState } from './state';

export type { NextHandler } from './page-cache';

export interface ListenerOptions {
  handle: NextHandler;
  trust: TrustProxy;
  state: ServerState;
  /** Rendered pages kept per data version (./page-cache.ts); none: every page is rendered. */
  pages?: PageCache | null;
}

/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** What still works without the database: the health report and the build's own files. */
const WITHOUT_DATABASE = /^\/(?:api\/health(?:$|\?)|_next\/static\/)/;

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>暂时无法访问 · Temporarily unavailable</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.6">
<h1 style="font-size: 1.4rem">数据库暂时无法访问</h1>
<p>服务器正在恢复数据库连接,本页将在 ${RETRY_AFTER_SECONDS} 秒后自动重试。数据不会丢失。</p>
<h2 style="font-size: 1.1rem" lang="en">The database is temporarily unavailable</h2>
<p lang="en">The server is restoring its database connection; this page retries in ${RETRY_AFTER_SECONDS} seconds. No data is lost.</p>
</body></html>
`;

function answerUnavailable(request: IncomingMessage, response: ServerResponse): void {
  const api = request.url?.startsWith('/api/') || (request.headers.accept ?? '').includes('application/json');
  const body = api
    ? JSON.stringify({
        error: {
          code: 'unavailable',
          message: `the database is temporarily unavailable; retry after ${RETRY_AFTER_SECONDS} s`,
          retryAfterSeconds: RETRY_AFTER_SECONDS,
        },
      })
    : UNAVAILABLE_PAGE;
  response.writeHead(503, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** For answers no route set a policy on: no plugins, no framing, no foreign base; the page still loads its own assets. */
export const FALLBACK_CSP = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

export function setSecurityHeaders(response: ServerResponse, url = ''): void {
  // Embeddable pages (/embed/*) may be framed: no X-Frame-Options there (proxy.ts sets their CSP).
  const embed = EMBED_PATH.test(url.split('?')[0] ?? '');
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS))
    if (!(embed && name === 'X-Frame-Options')) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', FALLBACK_CSP);
}

export function createListener({ handle, trust, state, pages }: ListenerOptions): RequestListener {
  return (request, response) => {
    setClientAddress(request, trust);
    setSecurityHeaders(response, request.url);
    if (!state.database.reachable && !WITHOUT_DATABASE.test(request.url ?? '')) return answerUnavailable(request, response);
    (pages ? pages.serve(request, response, handle) : handle(request, response)).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end();
    });
  };
}
