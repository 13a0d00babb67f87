import { describe, expect, it } from 'vitest';
import { publicHref, publicOrigin } from './public-origin';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('publicOrigin', () => {
  it('uses PUBLIC_URL when set, whatever the request says', () => {
    expect(publicOrigin(h({ host: 'evil.example' }), { PUBLIC_URL: 'https://data.example.cn/some/path' })).toBe('https://data.example.cn');
  });

  it('takes the Host header only when it is allowed (loopback by default)', () => {
    expect(publicOrigin(h({ host: '127.0.0.1:3207' }), {})).toBe('http://127.0.0.1:3207');
    expect(publicOrigin(h({ host: 'localhost:3000' }), {})).toBe('http://localhost:3000');
    expect(publicOrigin(h({ host: 'evil.example' }), {})).toBeNull();
    expect(publicOrigin(h({ host: 'reports.gov.example' }), { ALLOWED_HOSTS: 'reports.gov.example, other.example' })).toBe(
      'http://reports.gov.example',
    );
    expect(publicOrigin(h({ host: 'bad host' }), { ALLOWED_HOSTS: 'bad host' })).toBeNull();
    expect(publicOrigin(h({}), {})).toBeNull();
  });

  it('reads X-Forwarded-* only with TRUST_PROXY set', () => {
    const forwarded = h({ host: '127.0.0.1:3000', 'x-forwarded-host': 'reports.gov.example', 'x-forwarded-proto': 'https' });
    expect(publicOrigin(forwarded, { ALLOWED_HOSTS: 'reports.gov.example' })).toBe('http://127.0.0.1:3000');
    expect(publicOrigin(forwarded, { ALLOWED_HOSTS: 'reports.gov.example', TRUST_PROXY: '127.0.0.1' })).toBe('https://reports.gov.example');
    // A forwarded host that is not allowed is refused even behind a trusted proxy.
    expect(publicOrigin(forwarded, { TRUST_PROXY: '127.0.0.1' })).toBeNull();
  });

  it('falls back to paths when no origin can be trusted', () => {
    expect(publicHref(null, '/reports/3')).toBe('/reports/3');
    expect(publicHref('https://d.example', '/reports/3')).toBe('https://d.example/reports/3');
  });
});
