// The officer's session cookie after sign-in. Its value is not the token: it is
// `v1.<id>.<expiresAt>.<signature>`, the signature an HMAC-SHA256 with a key derived from
// INGEST_TOKEN, so changing the token ends every session. Sign-out revokes the id for the rest of
// its life (in memory, like the rate limits: one process).

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'gdr_ingest_session';
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

function signingKey(token: string): Buffer {
  return createHmac('sha256', token).update('gdr ingest session key v1').digest();
}

function sign(payload: string, token: string): string {
  return createHmac('sha256', signingKey(token)).update(payload).digest('base64url');
}

const revoked = ((globalThis as { __gdrRevokedSessions?: Map<string, number> }).__gdrRevokedSessions ??= new Map());

export function createSession(token: string, now = Date.now()): { value: string; expiresAt: number } {
  const id = randomBytes(16).toString('base64url');
  const expiresAt = now + SESSION_TTL_SECONDS * 1000;
  const payload = `v1.${id}.${expiresAt}`;
  return { value: `${payload}.${sign(payload, token)}`, expiresAt };
}

/** The session id when the cookie is genuine, unexpired and not signed out; else null. */
export function verifySession(value: string | undefined | null, token: string, now = Date.now()): string | null {
  const parts = value?.split('.');
  if (!parts || parts.length !== 4 || parts[0] !== 'v1') return null;
  const [, id, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(`v1.${id}.${expires}`, token));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = Number(expires);
  if (!Number.isFinite(expiresAt) || expiresAt <= now) return null;
  if (revoked.has(id)) return null;
  return id;
}

export function revokeSession(value: string | undefined | null, token: string, now = Date.now()): void {
  const id = verifySession(value, token, now);
  if (!id) return;
  revoked.set(id, Number(value!.split('.')[2]));
  for (const [other, expiresAt] of revoked) if (expiresAt <= now) revoked.delete(other);
}

export interface CookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: 'strict';
  path: string;
  maxAge: number;
}

export function sessionCookieOptions(secure: boolean, maxAge = SESSION_TTL_SECONDS): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'strict', path: '/', maxAge };
}

/** Serialised Set-Cookie header (route handlers build their own responses). */
export function setCookieHeader(value: string, options: CookieOptions): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Whether the request came over https (directly or through a proxy that says so). */
export function isHttps(request: Request): boolean {
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return proto ? proto === 'https' : new URL(request.url).protocol === 'https:';
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}
