// Share, cite, embed: /embed/compare is the chart alone and the only framable page; the compare page
// offers the <iframe> snippet and a citation with the view's link; links in downloads and preview
// tags never carry a host the request made up.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  await expect(page.getByTestId('compare-chart').locator('[data-notation="noReport"] text')).toHaveText('no report for 2024');
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

for (const lang of ['zh', 'en'] as const) {
  test(`places are found by their English names as well as Chinese and pinyin; a 404 page searches them (${lang})`, async ({
    page,
    request,
  }) => {
    const suffix = lang === 'en' ? '&lang=en' : '';
    // The API: official English (Ulanqab is not the pinyin wulanchabu), both readings of Fuyang, Chinese.
    const find = async (q: string) =>
      (
        (await (await request.get(`/api/compare/jurisdictions?q=${encodeURIComponent(q)}${suffix}`)).json()) as {
          results: { slug: string; label: string }[];
        }
      ).results;
    expect((await find('Ulanqab')).map((r) => r.label)).toStrictEqual([lang === 'en' ? 'Ulanqab 乌兰察布市' : '乌兰察布市']);
    expect((await find('fuyang')).map((r) => r.slug)).toContain('fuyang-341200');
    expect((await find('阜阳')).map((r) => r.slug)).toStrictEqual(['fuyang-341200']);
    expect((await find('Hongze District')).map((r) => r.slug)).toContain('hongze-320813');

    // The compare page's search box shows the labels in the page's language.
    await page.goto(`/compare?y=2020${suffix}`);
    await page.getByTestId('jurisdiction-search').fill('Ulanqab');
    await page.getByRole('option', { name: lang === 'en' ? 'Ulanqab 乌兰察布市' : '乌兰察布市' }).click();
    await expect(page).toHaveURL(/j=wulanchabu-150900/);

    // A 404 for a place offers the same search, which opens the place's page.
    expect((await page.goto(`/j/hohhot-150100${lang === 'en' ? '?lang=en' : ''}`))!.status()).toBe(404);
    const search = page.getByTestId('place-search');
    await expect(search).toContainText(lang === 'en' ? 'type its name in English' : '输入中文名、拼音或英文名');
    await search.getByTestId('jurisdiction-search').fill('Fuyang, Anhui');
    await expect(page.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/j/fuyang-341200${lang === 'en' ? '\\?lang=en' : '$'}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(lang === 'en' ? 'Fuyang, Anhui' : '阜阳市');
  });
}

test('the <iframe> snippet sizes its frame to the chart, and follows it when the frame is resized', async ({ page }) => {
  await page.goto(`/compare?${VIEW}&lang=en`);
  await page.getByTestId('embed-button').click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  // Another site's page holding the snippet: its own origin (another port on this machine; a public
  // name would be refused loopback frames by the browser's private-network rules).
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body style="margin:0"><h1>Article</h1>${snippet}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const article = `http://127.0.0.1:${(host.address() as AddressInfo).port}/article`;
  const frameHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = () =>
    page
      .frameLocator('iframe')
      .locator('body')
      .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  const sizes: number[] = [];
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === 1400) await page.goto(article);
    await expect(page.frameLocator('iframe').getByTestId('compare-chart').locator('svg.recharts-surface')).toBeVisible();
    // The frame takes the content's height: no inner scroll bar, no empty band.
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    const inner = await page
      .frameLocator('iframe')
      .locator('html')
      .evaluate((h) => h.scrollHeight <= h.clientHeight);
    expect(inner).toBe(true);
    sizes.push(await frameHeight());
  }
  // A narrow frame wraps the notices and labels onto more lines: taller.
  expect(sizes[1]).toBeGreaterThan(sizes[0]!);
  // And back: the frame shrinks again when there is room.
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect.poll(frameHeight).toBeLessThan(sizes[1]!);
  host.close();
});

/** The preview tags of a page, as a chat application reads them. */
async function previewTags(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
  return {
    title: await meta('og:title'),
    description: await meta('og:description'),
    image: new URL((await meta('og:image'))!),
    alt: await meta('og:image:alt'),
  };
}

for (const lang of ['zh', 'en'] as const) {
  const suffix = lang === 'en' ? '&lang=en' : '';
  test(`link previews match their view, carry its warnings and name its places in full (${lang})`, async ({ page, request }) => {
    // A trend: its image is the trend of those years, not a bar chart of another year.
    const trend = await previewTags(page, `/compare?j=fuyang-341200,hongze-320813&chart=line&y=2020-2024${suffix}`);
    expect(trend.image.pathname).toBe('/api/compare/preview.png');
    expect(trend.image.searchParams.get('chart')).toBe('line');
    expect(trend.image.searchParams.get('y')).toBe('2020-2024');
    const png = await request.get(`${trend.image.pathname}${trend.image.search}`);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toStrictEqual([1200, 630]);
    expect(trend.alt).toContain(lang === 'en' ? 'Fuyang, Anhui 阜阳市' : '阜阳市');
    expect(trend.alt).toContain(lang === 'en' ? 'Hongze District 洪泽区' : '洪泽区');

    // The page's warnings: a place without a report that year, single-office reports mixed in.
    const absent = await previewTags(page, `/compare?${VIEW}${suffix}`);
    expect(absent.description).toContain(lang === 'en' ? 'Fuyang, Anhui 阜阳市' : '阜阳市');
    expect(absent.description).toContain(lang === 'en' ? 'No report for 2024' : '2024 年无报告');
    // The embedded chart has the same preview as the view it shows, with its own address.
    const embed = await previewTags(page, `/embed/compare?${VIEW}${suffix}`);
    expect([embed.description, embed.image.search]).toStrictEqual([absent.description, absent.image.search]);
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toMatch(/\/embed\/compare\?j=fuyang-341200/);
    const mixed = await previewTags(page, `/compare?j=wulanchabu-150900,fuyang-341200&y=2020${suffix}`);
    expect(mixed.description).toContain(lang === 'en' ? 'a single office' : '单一机关');

    // Home, a place, a report and the table each have their own.
    const home = await previewTags(page, `/?y=2020${suffix}`);
    expect(home.description).toMatch(lang === 'en' ? /holds \d+ annual reports from \d+ jurisdictions/ : /\d+ 份/);
    expect(home.image.searchParams.get('y')).toBe('2020');
    const place = await previewTags(page, `/j/hongze-320813?y=2023${suffix}`);
    expect(place.title).toBe(lang === 'en' ? 'Hongze District 洪泽区' : '洪泽区');
    expect([place.image.searchParams.get('j'), place.image.searchParams.get('chart'), place.image.searchParams.get('y')]).toStrictEqual([
      'hongze-320813',
      'line',
      '2023',
    ]);
    await page.goto('/table?y=2023');
    const reportPath = await page
      .locator('a[href^="/reports/"]')
      .filter({ hasText: /^洪泽区人民政府$/ })
      .getAttribute('href');
    const report = await previewTags(page, `${reportPath}${lang === 'en' ? '?lang=en' : ''}`);
    expect(report.title).toBe(lang === 'en' ? '2023 · Hongze District 洪泽区' : '2023 · 洪泽区人民政府');
    expect(report.description).toContain(
      lang === 'en' ? '21 new applications; 2 failed checks' : '本年新收申请 21 件;2 项勾稽关系未通过核验',
    );
    expect(report.image.searchParams.get('y')).toBe('2023');
    const table = await previewTags(page, `/table?y=2020${suffix}`);
    expect(table.title).toContain('2020');
    expect(table.image.searchParams.get('y')).toBe('2020');
    for (const tags of [home, place, report, table]) expect(tags.description).not.toBe(trend.description);
  });
}
