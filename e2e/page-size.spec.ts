// The home page's HTML stays within 100 kB in both languages (issue 12: a 206 kB home page made
// `/` the slowest page under load). Measured here at the bundled reports; `npm run bench:load`
// prints it at 1,227 reports (README: Benchmarks).
import { expect, test } from '@playwright/test';
import { withLang } from './helpers/pages';

const LIMIT = 100_000;

for (const lang of ['zh', 'en'] as const) {
  test(`home HTML within 100 kB (${lang})`, async ({ request }) => {
    const answer = await request.get(withLang('/', lang), { headers: { 'accept-encoding': 'identity' } });
    expect(answer.status()).toBe(200);
    const html = await answer.body();
    // The whole page: nothing left out by compression or by a cut-off stream.
    expect(answer.headers()['content-encoding']).toBeUndefined();
    expect(html.toString('utf8')).toContain('</html>');
    expect(html.byteLength).toBeLessThanOrEqual(LIMIT);
  });
}
