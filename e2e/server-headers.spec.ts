// Every answer of the server `npm start` runs carries the security headers, including 404s for
// paths proxy.ts does not see (.txt, .png, .svg, .ico), and none says what it is built with.
import { expect, test } from '@playwright/test';

const MISSING = ['/humans.txt', '/no-such-image.png', '/no/such/icon.svg', '/favicon.ico', '/nothing.txt', '/no-such-page'];

test('404s for file-like paths carry the security headers', async ({ request }) => {
  for (const url of MISSING) {
    const response = await request.get(url);
    if (url === '/favicon.ico' && response.status() === 200) continue;
    expect(response.status(), url).toBe(404);
    const headers = response.headers();
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['x-frame-options'], url).toBe('DENY');
    expect(headers['referrer-policy'], url).toBeTruthy();
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['x-powered-by'], url).toBeUndefined();
  }
});

test('pages, API answers and static files carry them too, with one CSP each and no X-Powered-By', async ({ request }) => {
  const home = await request.get('/');
  const css = (await home.text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
  expect(css).toBeTruthy();
  for (const url of ['/', '/compare', '/api/jurisdictions', '/icon.svg', '/robots.txt', css!]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const csp = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(csp, url).toHaveLength(1);
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    expect(response.headers()['x-powered-by'], url).toBeUndefined();
  }
  // Pages keep their own policy (with the nonce), not the fallback.
  expect(home.headers()['content-security-policy']).toContain("'nonce-");
});
