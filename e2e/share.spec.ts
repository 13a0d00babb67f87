// Share, cite, embed: /embed/compare is the chart alone and the only framable page; the compare page
// offers the <iframe> snippet and a citation with the view's link; links in downloads and preview
// tags never carry a host the request made up.
import { expect, test } from '@playwright/test';

const VIEW = 'j=fuyang-341200,hongze-320813&y=2024';

test('/embed/compare: the chart alone, framable; every other page refuses frames', async ({ page, request }) => {
  const embed = await request.get(`/embed/compare?${VIEW}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const full = await request.get(`/compare?${VIEW}`);
  expect(full.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(full.headers()['x-frame-options']).toBe('DENY');

  await page.goto(`/embed/compare?${VIEW}&lang=en`);
  await expect(page.getByTestId('site-nav')).toHaveCount(0);
  await expect(page.getByTestId('compare-controls')).toHaveCount(0);
  await expect(page.getByTestId('compare-chart').locator('text[data-value="absent"]')).toHaveText('no report for 2024');
  await expect(page.getByTestId('embed-notices')).toContainText('Fuyang, Anhui 阜阳市');
  await expect(page.getByTestId('embed-full-view')).toHaveAttribute('href', `/compare?${VIEW}&lang=en`);
});

test('the compare page offers the embed snippet for its view', async ({ page }) => {
  await page.goto(`/compare?${VIEW}`);
  await page.getByTestId('embed-button').click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/compare\?j=fuyang-341200,hongze-320813&y=2024"/);
  expect(snippet).toContain('gov-reports-embed-height');
});

for (const lang of ['zh', 'en'] as const) {
  test(`cite this: plain and GB/T 7714 with the view's link, the date and the licence (${lang})`, async ({ page }) => {
    await page.goto(`/compare?${VIEW}${lang === 'en' ? '&lang=en' : ''}`);
    await page.getByTestId('cite-this').locator('summary').click();
    const plain = await page.getByTestId('cite-plain').innerText();
    const gbt = await page.getByTestId('cite-gbt').innerText();
    const today = new Date().toISOString().slice(0, 10);
    for (const text of [plain, gbt]) {
      expect(text).toContain(`/compare?${VIEW}`);
      expect(text).toContain(today);
    }
    expect(gbt).toContain('[DB/OL]');
    expect(plain).toContain('CC BY 4.0');
  });
}

test('links in downloads and preview tags never carry a host the request made up', async ({ request }) => {
  const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example' };
  const json = (await (await request.get(`/api/compare/data.json?${VIEW}`, { headers: forged })).json()) as {
    url: string;
    rows: { reportUrl: string | null }[];
  };
  expect(json.url).toBe(`/compare?${VIEW}`);
  for (const r of json.rows) if (r.reportUrl) expect(r.reportUrl).toMatch(/^\/reports\/\d+$/);
  const html = await (await request.get(`/compare?${VIEW}`, { headers: forged })).text();
  expect(html).not.toContain('evil.example');
  // The address the visitor used, when it is an allowed one (loopback here), is used in full.
  const own = await (await request.get(`/compare?${VIEW}`)).text();
  expect(own).toMatch(/<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/api\/compare\/preview\.png\?j=fuyang-341200/);
});

for (const lang of ['zh', 'en'] as const) {
  test(`404 for a place or report offers the way on; /ingest without a token says what it is for (${lang})`, async ({ page }) => {
    const suffix = lang === 'en' ? '?lang=en' : '';
    for (const path of ['/j/no-such-place-000000', '/reports/999999']) {
      const answer = await page.goto(`${path}${suffix}`);
      expect(answer!.status()).toBe(404);
      const places = page.getByTestId('not-found-places');
      await expect(places.getByRole('link', { name: lang === 'en' ? 'Hongze District 洪泽区' : '洪泽区' })).toBeVisible();
      await expect(page.getByRole('link', { name: lang === 'en' ? /in the table/ : /在总表中/ })).toBeVisible();
    }
    await page.goto(`/ingest${suffix}`);
    const panel = page.getByTestId('ingest-disabled');
    await expect(panel).toContainText(lang === 'en' ? 'administrator' : '管理员');
    await expect(panel).not.toContainText('npm start');
    await expect(panel).not.toContainText('INGEST_TOKEN');
  });
}
