// Security headers for every response: the page CSP (per-request nonce for Next's inline scripts),
// a locked-down CSP for API answers, and the headers that need no per-request value.

/** Headers every response carries, pages and API alike. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** API answers are data, never documents: nothing may load or run from them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Original files as uploaded (an HTML report may hold scripts): never a live page of this site. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** Routes that send files others made, and so get DOWNLOAD_CSP instead of the page policy. */
export const DOWNLOAD_PATH = /^\/reports\/[^/]+\/original$/;

export interface PageCspOptions {
  nonce: string;
  /** Development needs 'unsafe-eval' (React rebuilds server error stacks with eval). */
  dev: boolean;
  /** Only over https: on plain-http localhost upgrading would break every asset. */
  https: boolean;
  /** An embeddable page (/embed/*): any site may frame it. Every other page may not be framed. */
  embed?: boolean;
}

/** Pages other sites may put in an <iframe>: only these get frame-ancestors * and no X-Frame-Options. */
export const EMBED_PATH = /^\/embed\//;

/** Request header the proxy sets on embedded pages (and removes from any other request). */
export const EMBED_HEADER = 'x-embed';

export function pageCsp({ nonce, dev, https, embed = false }: PageCspOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next loads from its nonce'd bootstrap are trusted; nothing else is.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // recharts and React style attributes are inline styles; a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embed ? 'frame-ancestors *' : "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function withSecurityHeaders(headers: Headers, csp: string, { embed = false }: { embed?: boolean } = {}): Headers {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) if (!(embed && name === 'X-Frame-Options')) headers.set(name, value);
  headers.set('Content-Security-Policy', csp);
  return headers;
}
