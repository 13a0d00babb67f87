import { describe, expect, it } from 'vitest';
import { API_CSP, BASE_SECURITY_HEADERS, createNonce, DOWNLOAD_PATH, EMBED_PATH, pageCsp, withSecurityHeaders } from './security-headers';

describe('pageCsp', () => {
  it('allows scripts by nonce only, no eval in production, frames never', () => {
    const csp = pageCsp({ nonce: 'abc', dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(pageCsp({ nonce: 'abc', dev: false, https: true })).toContain('upgrade-insecure-requests');
    expect(pageCsp({ nonce: 'abc', dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it('is exactly this policy in production, with eval and websockets only in development', () => {
    const production = [
      "default-src 'self'",
      "script-src 'self' 'nonce-n0nce' 'strict-dynamic'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' blob: data:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ];
    expect(pageCsp({ nonce: 'n0nce', dev: false, https: false })).toBe(production.join('; '));
    expect(pageCsp({ nonce: 'n0nce', dev: false, https: true })).toBe([...production, 'upgrade-insecure-requests'].join('; '));
    const dev = pageCsp({ nonce: 'n0nce', dev: true, https: false }).split('; ');
    expect(dev[1]).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic' 'unsafe-eval'");
    expect(dev[5]).toBe("connect-src 'self' ws: wss:");
  });

  it('makes a different 128-bit nonce each time', () => {
    const a = createNonce();
    expect(atob(a)).toHaveLength(16);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });

  it('knows the original-file downloads', () => {
    expect(DOWNLOAD_PATH.test('/reports/12/original')).toBe(true);
    expect(DOWNLOAD_PATH.test('/reports/12')).toBe(false);
  });
});

describe('withSecurityHeaders', () => {
  it('sets the base headers and the CSP, replacing what was there', () => {
    const headers = withSecurityHeaders(new Headers({ 'X-Frame-Options': 'SAMEORIGIN', 'Content-Type': 'application/json' }), API_CSP);
    expect(headers.get('content-security-policy')).toBe(API_CSP);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-type')).toBe('application/json');
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) expect(headers.get(name)).toBe(value);
  });
});

describe('embeddable pages', () => {
  it('only /embed/* may be framed by any site, without X-Frame-Options; every other page keeps none and DENY', () => {
    expect(EMBED_PATH.test('/embed/compare')).toBe(true);
    expect(EMBED_PATH.test('/compare')).toBe(false);
    expect(EMBED_PATH.test('/embedded')).toBe(false);
    expect(pageCsp({ nonce: 'n', dev: false, https: false, embed: true })).toContain('frame-ancestors *');
    expect(pageCsp({ nonce: 'n', dev: false, https: false })).toContain("frame-ancestors 'none'");
    expect(withSecurityHeaders(new Headers(), 'x', { embed: true }).get('X-Frame-Options')).toBeNull();
    expect(withSecurityHeaders(new Headers(), 'x').get('X-Frame-Options')).toBe('DENY');
  });
});
