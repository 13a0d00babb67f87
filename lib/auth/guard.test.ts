import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetRateLimits } from '@/lib/http/rate-limit';
import { authorizeBearer, authorizeSession } from './guard';
import { createSession } from './session';

function bearer(token: string | null, ip = '10.0.0.1'): Request {
  const headers: Record<string, string> = { 'x-forwarded-for': ip };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return new Request('http://localhost/api/reports', { method: 'POST', headers });
}

describe('authorizeBearer', () => {
  beforeEach(() => {
    resetRateLimits();
    vi.stubEnv('INGEST_TOKEN', 'right-token');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('lets the right token through and answers 401 without detail otherwise', async () => {
    expect(authorizeBearer(bearer('right-token'))).toBeNull();
    const wrong = authorizeBearer(bearer('wrong'))!;
    const missing = authorizeBearer(bearer(null))!;
    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    expect(await wrong.json()).toEqual(await missing.json());
  });

  it("holds back a client's wrong tokens after repeated failures, with Retry-After, but never its right token", () => {
    for (let i = 0; i < 5; i++) expect(authorizeBearer(bearer('wrong'))!.status).toBe(401);
    const locked = authorizeBearer(bearer('wrong'))!;
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(authorizeBearer(bearer('right-token'))).toBeNull();
    // Another client's wrong token is still only a 401: the first one's failures are its own.
    expect(authorizeBearer(bearer('wrong', '10.0.0.2'))!.status).toBe(401);
  });

  it('limits failures across all clients, since addresses can be forged, and still takes the right token', () => {
    for (let i = 0; i < 30; i++) expect(authorizeBearer(bearer('wrong', `10.1.${i}.1`))!.status).toBe(401);
    expect(authorizeBearer(bearer('wrong', '10.9.9.9'))!.status).toBe(429);
    expect(authorizeBearer(bearer(null, '10.9.9.9'))!.status).toBe(429);
    expect(authorizeBearer(bearer('right-token', '10.9.9.9'))).toBeNull();
  });

  it('is 503 when no token is configured', () => {
    vi.stubEnv('INGEST_TOKEN', '');
    expect(authorizeBearer(bearer('anything'))!.status).toBe(503);
  });
});

describe('authorizeSession', () => {
  beforeEach(() => {
    resetRateLimits();
    vi.stubEnv('INGEST_TOKEN', 'right-token');
  });
  afterEach(() => vi.unstubAllEnvs());

  function withCookie(cookie: string, headers: Record<string, string> = {}): Request {
    return new Request('http://localhost:3000/api/ingest/preview', {
      method: 'POST',
      headers: { host: 'localhost:3000', cookie: `gdr_ingest_session=${cookie}`, ...headers },
    });
  }

  it('accepts a valid session from the same origin only', () => {
    const { value } = createSession('right-token');
    expect(authorizeSession(withCookie(value, { origin: 'http://localhost:3000' }))).toBeNull();
    expect(authorizeSession(withCookie(value, { origin: 'https://evil.example' }))!.status).toBe(403);
    expect(authorizeSession(withCookie(value, { 'sec-fetch-site': 'cross-site' }))!.status).toBe(403);
    expect(authorizeSession(withCookie('forged.value'))!.status).toBe(401);
  });
});
