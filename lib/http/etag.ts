// Conditional GET: a strong ETag from the bytes of the answer, 304 when the client already has
// them. The answer is built first (queries are cheap and indexed); what is saved is the transfer.

import { createHash } from 'node:crypto';

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when `If-None-Match` names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

export interface CachedOptions {
  contentType: string;
  /** Default: shared caches may keep it a minute, then must revalidate with the ETag. */
  cacheControl?: string;
  headers?: Record<string, string>;
}

export const DEFAULT_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

export function cachedResponse(request: Request, body: string | Uint8Array, options: CachedOptions): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': options.cacheControl ?? DEFAULT_CACHE_CONTROL,
    ...options.headers,
  };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body as BodyInit, { status: 200, headers: { ...headers, 'Content-Type': options.contentType } });
}
