// The ingest token: INGEST_TOKEN in the environment. Unset (or blank) means writing is disabled.
// Comparison is constant-time over fixed-length digests, so neither the content nor the length of
// the token leaks through timing.

import { createHash, timingSafeEqual } from 'node:crypto';

export function configuredToken(env: Record<string, string | undefined> = process.env): string | null {
  const token = env.INGEST_TOKEN?.trim();
  return token ? token : null;
}

export function tokenMatches(candidate: string, expected: string): boolean {
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer[ \t]+(\S+)[ \t]*$/i);
  return match?.[1] ?? null;
}
