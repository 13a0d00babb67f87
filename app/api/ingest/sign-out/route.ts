// POST /api/ingest/sign-out — ends the session (the cookie is cleared and its id revoked), then
// back to /ingest.

import { isCrossSite } from '@/lib/auth/guard';
import { isHttps, readCookie, revokeSession, SESSION_COOKIE, sessionCookieOptions, setCookieHeader } from '@/lib/auth/session';
import { configuredToken } from '@/lib/auth/token';
import { privateRoute } from '@/lib/http/api-route';
import { jsonError } from '@/lib/http/errors';
import { parseLang, withLang } from '@/lib/i18n/lang';

export const POST = privateRoute(async (request) => {
  if (isCrossSite(request)) return jsonError(403, 'forbidden', 'cross-site sign-out refused');
  const token = configuredToken();
  if (token) revokeSession(readCookie(request, SESSION_COOKIE), token);
  const lang = parseLang(new URL(request.url).searchParams.get('lang'));
  return new Response(null, {
    status: 303,
    headers: {
      Location: withLang('/ingest', lang),
      'Set-Cookie': setCookieHeader('', sessionCookieOptions(isHttps(request), 0)),
      'Cache-Control': 'no-store',
    },
  });
});
