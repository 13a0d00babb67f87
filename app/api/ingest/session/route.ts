// POST /api/ingest/session — sign in with the ingest token. A form post (the /ingest page works
// without JavaScript) is answered with a redirect back to /ingest; a JSON post with JSON:
// 204 + cookie, 401 without detail, 429 with Retry-After after repeated failures.

import { wrongToken } from '@/lib/auth/limits';
import { disabledResponse, isCrossSite, rateLimited, unauthorized } from '@/lib/auth/guard';
import { createSession, isHttps, sessionCookieOptions, setCookieHeader } from '@/lib/auth/session';
import { configuredToken, tokenMatches } from '@/lib/auth/token';
import { privateRoute } from '@/lib/http/api-route';
import { readBodyLimited } from '@/lib/http/body-limit';
import { clientKey } from '@/lib/http/client-key';
import { jsonError } from '@/lib/http/errors';
import { parseLang, withLang } from '@/lib/i18n/lang';

const MAX_FORM_BYTES = 4096;

function redirect(request: Request, lang: string | null, query: Record<string, string> = {}, cookie?: string): Response {
  const url = new URL(withLang('/ingest', parseLang(lang)), request.url);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const headers: Record<string, string> = { Location: `${url.pathname}${url.search}`, 'Cache-Control': 'no-store' };
  if (cookie) headers['Set-Cookie'] = cookie;
  return new Response(null, { status: 303, headers });
}

export const POST = privateRoute(async (request) => {
  const token = configuredToken();
  if (!token) return disabledResponse();
  if (isCrossSite(request)) return jsonError(403, 'forbidden', 'cross-site sign-in refused');
  const isJson = (request.headers.get('content-type') ?? '').includes('application/json');
  let given: unknown;
  let lang: string | null = null;
  try {
    const text = new TextDecoder().decode(await readBodyLimited(request, MAX_FORM_BYTES));
    if (isJson) given = (JSON.parse(text) as { token?: unknown }).token;
    else {
      const form = new URLSearchParams(text);
      given = form.get('token');
      lang = form.get('lang');
    }
  } catch {
    return jsonError(400, 'bad_request', 'send {"token": "…"} as JSON or token=… as a form');
  }
  if (typeof given !== 'string' || !tokenMatches(given.trim(), token)) {
    // Only wrong tokens meet the failure limits: the officer's right one always signs in.
    const counted = wrongToken(clientKey(request.headers));
    if (counted.ok) return isJson ? unauthorized() : redirect(request, lang, { signin: 'failed' });
    return isJson
      ? rateLimited(counted.retryAfterSeconds, 'failed sign-ins')
      : redirect(request, lang, { signin: 'limited', retry: String(counted.retryAfterSeconds) });
  }
  const cookie = setCookieHeader(createSession(token).value, sessionCookieOptions(isHttps(request)));
  return isJson
    ? new Response(null, { status: 204, headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } })
    : redirect(request, lang, {}, cookie);
});
