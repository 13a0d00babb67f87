import { describe, expect, it } from 'vitest';
import { createNonce, DOWNLOAD_PATH, pageCsp } from './security-headers';

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

  it('makes a different 128-bit nonce each time', () => {
    const a = createNonce();
    expect(atob(a)).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it('knows the original-file downloads', () => {
    expect(DOWNLOAD_PATH.test('/reports/12/original')).toBe(true);
    expect(DOWNLOAD_PATH.test('/reports/12')).toBe(false);
  });
});
