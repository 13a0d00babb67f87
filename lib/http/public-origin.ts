// The public address links in downloads, previews and citations start with. Never taken blindly
// from the request: a Host header is whatever the client sent, and a page or image cached by a
// proxy would hand one visitor's host to the next.
//   PUBLIC_URL        the site's public origin (https://data.example.cn): always used when set.
//   ALLOWED_HOSTS     comma-separated hosts (with port when not the default) the Host header may
//                     name; default: the loopback names on any port (localhost, 127.0.0.1, [::1]).
//   TRUST_PROXY       set (the proxies in front, lib/server/client-address.ts): X-Forwarded-Host and
//                     X-Forwarded-Proto are read; the server drops them from any peer not named there.
//                     The forwarded host must still be allowed.
// Otherwise: null, and callers write links as paths (/reports/12), which work wherever they are read
// from the same site. Pure: the environment and headers are passed in.

export interface OriginEnv {
  [name: string]: string | undefined;
  PUBLIC_URL?: string;
  ALLOWED_HOSTS?: string;
  TRUST_PROXY?: string;
}

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i;

function configuredOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The public origin (scheme://host[:port]) for this request, or null when none can be trusted. */
export function publicOrigin(headers: Pick<Headers, 'get'>, env: OriginEnv = process.env): string | null {
  const configured = configuredOrigin(env.PUBLIC_URL);
  if (configured) return configured;
  const proxied = Boolean(env.TRUST_PROXY?.trim());
  const host = ((proxied && headers.get('x-forwarded-host')?.split(',')[0]) || headers.get('host') || '').trim().toLowerCase();
  if (!host || !HOST.test(host)) return null;
  const allowed = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (!(allowed.includes(host) || LOOPBACK.test(host))) return null;
  const proto = (proxied && headers.get('x-forwarded-proto')?.split(',')[0]?.trim()) || 'http';
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/** An absolute link when the origin is known, else the path itself. */
export function publicHref(origin: string | null, path: string): string {
  return `${origin ?? ''}${path}`;
}
