// The frame of every public API route: security and CORS headers on whatever the handler answers,
// JSON errors for bad parameters, and a 500 without details (logged) when a handler throws.

import { CORS_READ_HEADERS } from './cors';
import { cachedResponse, type CachedOptions } from './etag';
import { jsonError } from './errors';
import { API_CSP, BASE_SECURITY_HEADERS } from './security-headers';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function withApiHeaders(response: Response, cors: boolean): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) headers.set(name, value);
  headers.set('Content-Security-Policy', API_CSP);
  if (cors) for (const [name, value] of Object.entries(CORS_READ_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function guarded<C>(handler: Handler<C>, request: Request, context: C): Promise<Response> {
  try {
    return await handler(request, context);
  } catch (error) {
    console.error(`${request.method} ${new URL(request.url).pathname}:`, error);
    return jsonError(500, 'internal', 'internal error; it has been logged');
  }
}

/** A route without params may be called with the request alone (tests do). */
type Simple = (request: Request, context?: unknown) => Promise<Response>;

/** A public read route: open CORS. */
export function publicRoute(handler: (request: Request) => Promise<Response>): Simple;
export function publicRoute<C>(handler: Handler<C>): Handler<C>;
export function publicRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => withApiHeaders(await guarded(handler, request, context), true);
}

/** A write or session route: same-origin only (no CORS headers). */
export function privateRoute(handler: (request: Request) => Promise<Response>): Simple;
export function privateRoute<C>(handler: Handler<C>): Handler<C>;
export function privateRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => withApiHeaders(await guarded(handler, request, context), false);
}

export function badParameter(param: string, reason: string): Response {
  return jsonError(400, 'bad_parameter', `query parameter "${param}": ${reason}`, { param });
}

/** A JSON answer with an ETag and Cache-Control (304 when unchanged). */
export function cachedJson(request: Request, data: unknown, options: Partial<CachedOptions> = {}): Response {
  return cachedResponse(request, JSON.stringify(data), { contentType: 'application/json; charset=utf-8', ...options });
}
