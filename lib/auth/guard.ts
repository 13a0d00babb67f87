// Who may write. Route handlers call one of these first; each returns null when the request may
// go on, or the answer to send: 503 when INGEST_TOKEN is unset (writing disabled), 401 without
// detail when the token or session is wrong, 429 with Retry-After for a wrong token past the
// failure limits or for too many writes, 403 for a cross-site request carrying the session cookie.
// The right token is never held back by other requests' failures (lib/auth/limits.ts).

import { clientKey } from '@/lib/http/client-key';
import { jsonError } from '@/lib/http/errors';
import { takeWrite, wrongToken } from './limits';
import { readCookie, SESSION_COOKIE, verifySession } from './session';
import { bearerToken, configuredToken, tokenMatches } from './token';

export function disabledResponse(): Response {
  return jsonError(503, 'disabled', 'uploading is disabled: the server has no INGEST_TOKEN set');
}

export function rateLimited(retryAfterSeconds: number, what: string): Response {
  return jsonError(
    429,
    'rate_limited',
    `too many ${what}; retry after ${retryAfterSeconds} s`,
    { retryAfterSeconds },
    {
      'Retry-After': String(retryAfterSeconds),
    },
  );
}

export function unauthorized(): Response {
  return jsonError(401, 'unauthorized', 'unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
}

function writeLimit(client: string): Response | null {
  const write = takeWrite(client);
  return write.ok ? null : rateLimited(write.retryAfterSeconds, 'write requests');
}

/** `Authorization: Bearer <INGEST_TOKEN>` (scripts, POST /api/reports). */
export function authorizeBearer(request: Request): Response | null {
  const token = configuredToken();
  if (!token) return disabledResponse();
  const client = clientKey(request.headers);
  const given = bearerToken(request.headers.get('authorization'));
  if (given !== null && tokenMatches(given, token)) return writeLimit(client);
  return refuseWrongToken(client);
}

/** 401 for a wrong token, counted; 429 once the client or everyone is past the failure limits. */
export function refuseWrongToken(client: string): Response {
  const counted = wrongToken(client);
  return counted.ok ? unauthorized() : rateLimited(counted.retryAfterSeconds, 'failed authentications');
}

/** A cross-site request must not use the officer's cookie (SameSite=Strict already stops most). */
export function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The sign-in session cookie (the /ingest page's requests). */
export function authorizeSession(request: Request): Response | null {
  const token = configuredToken();
  if (!token) return disabledResponse();
  if (isCrossSite(request)) return jsonError(403, 'forbidden', 'cross-site requests cannot write');
  if (!verifySession(readCookie(request, SESSION_COOKIE), token)) return unauthorized();
  return writeLimit(clientKey(request.headers));
}
