// CORS: reading is open to every origin (GET/HEAD); writing is for scripts with a token, not
// for pages on other sites, so no write method is ever allowed cross-origin.

export const CORS_READ_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag, Link, Content-Disposition, Retry-After',
  'Access-Control-Max-Age': '86400',
};

/** The answer to a preflight (OPTIONS) request on a public route. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_READ_HEADERS, 'Cache-Control': 'public, max-age=86400' } });
}
