import { describe, expect, it } from 'vitest';
import { createSession, readCookie, revokeSession, setCookieHeader, sessionCookieOptions, verifySession } from './session';
import { bearerToken, tokenMatches } from './token';

describe('session cookie', () => {
  it('verifies a fresh session and not the token itself', () => {
    const { value } = createSession('secret-token');
    expect(value).not.toContain('secret-token');
    expect(verifySession(value, 'secret-token')).toBeTruthy();
    expect(verifySession('secret-token', 'secret-token')).toBeNull();
  });

  it('rejects a tampered, expired, re-keyed or signed-out session', () => {
    const now = 1_000_000;
    const { value, expiresAt } = createSession('t', now);
    const parts = value.split('.');
    expect(verifySession([parts[0], parts[1], String(expiresAt + 1e9), parts[3]].join('.'), 't', now)).toBeNull();
    expect(verifySession(value, 't', expiresAt)).toBeNull();
    expect(verifySession(value, 'other token', now)).toBeNull();
    revokeSession(value, 't', now);
    expect(verifySession(value, 't', now)).toBeNull();
  });

  it('serialises an HttpOnly SameSite=Strict cookie, Secure over https only', () => {
    expect(setCookieHeader('v', sessionCookieOptions(true))).toMatch(/HttpOnly; SameSite=Strict; Secure$/);
    expect(setCookieHeader('v', sessionCookieOptions(false))).not.toContain('Secure');
    const request = new Request('http://x/', { headers: { cookie: 'a=1; gdr_ingest_session=abc.def' } });
    expect(readCookie(request, 'gdr_ingest_session')).toBe('abc.def');
  });
});

describe('token', () => {
  it('compares whole tokens and reads Bearer headers', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
