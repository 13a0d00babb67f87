// /compare against the bundled reports: building a view by clicking, sharing it by link,
// downloading its data, the preview image, and garbage URLs.
import { expect, test } from '@playwright/test';
import { barLabels, barValues, compareChart } from './helpers/charts';

async function addJurisdiction(page: import('@playwright/test').Page, query: string, name: string) {
  const search = page.getByTestId('jurisdiction-search');
  await search.fill(query);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(page.getByTestId('picked').getByText(name)).toBeVisible();
}

test('building a comparison by clicking; the copied link reproduces it in a fresh page', async ({ page, browser }) => {
  await page.goto('/compare');
  // by pinyin initials, by full pinyin, by Chinese name
  await addJurisdiction(page, 'fys', '阜阳市');
  await addJurisdiction(page, 'yiyang', '弋阳县');
  await addJurisdiction(page, '宁波', '宁波市');
  await page.getByTestId('year-select').selectOption('2020');
  await expect(page).toHaveURL(/y=2020/);
  await page.getByTestId('measure-select').selectOption({ label: '实质公开率' });
  await expect(page).toHaveURL(/m=disclosure-rate/);
  await expect(page.getByTestId('chart-subtitle')).toContainText('予以公开 + 部分公开');

  const chart = compareChart(page);
  // 阜阳 2020: (270 + 81) ÷ 813 = 43.2%, printed at its bar.
  await expect.poll(() => barValues(chart)).toContain('43.2%');
  const values = await barValues(chart);
  const labels = await barLabels(chart);
  expect(values).toHaveLength(3);
  expect(values[labels.findIndex((l) => l.includes('阜阳市'))]).toBe('43.2%');

  const link = await page.getByTestId('copy-link').getAttribute('data-share-path');
  // The link carries the data version it was made at (v).
  expect(link).toMatch(/^\/compare\?j=fuyang-[\w-]+,yiyang-[\w-]+,ningbo-[\w-]+&y=2020&m=disclosure-rate&v=\d+$/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('share-status')).toHaveText('链接已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.endsWith(link!)).toBe(true);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  expect(await barValues(compareChart(other))).toEqual(values);
  expect(await barLabels(compareChart(other))).toEqual(labels);
  await fresh.close();
});

test('the CSV download has the rows shown, with provenance and source report', async ({ page }) => {
  await page.goto('/compare?y=2020');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const path = await download.path();
  const text = (await import('node:fs')).readFileSync(path!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^jurisdiction,slug,body,scope,year,measure,unit,value,/);
  expect(lines[0]).toContain('applications.new.total:provenance');
  expect(lines[0]).toContain('report_url');
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(rows.map((r) => [r[0], r[7]])).toEqual([
    ['宁波市', '3517'],
    ['阜阳市', '835'],
    ['乌兰察布市', '6'],
    ['弋阳县', '3'],
  ]);
  expect(rows.find((r) => r[0] === '乌兰察布市')![3]).toBe('agency');
  // report_url, then the note (empty: every place drawn has its report).
  for (const r of rows) expect(r.at(-2)).toMatch(/\/reports\/\d+$/);
  for (const r of rows) expect(r.at(-1)).toBe('');
});

test('the preview image route returns a PNG and the page links it', async ({ page, request }) => {
  await page.goto('/compare?y=2020&m=disclosure-rate');
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toContain('/api/compare/preview.png?y=2020&m=disclosure-rate');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const res = await request.get('/api/compare/preview.png?y=2020&m=disclosure-rate');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const body = await res.body();
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('a garbage URL shows the page with a message, never an error', async ({ page }) => {
  const res = await page.goto('/compare?j=nowhere-000000,%3Cscript%3E&y=20x0&m=nope&chart=pie&per=1k');
  expect(res?.status()).toBe(200);
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('nowhere-000000');
  await expect(notices).toContainText('pie');
  await expect(notices).toContainText('20x0');
  // the rest of the view still renders: the default measure for the busiest year
  await expect.poll(() => barValues(compareChart(page))).toContain('835');
  const unknown = await page.goto('/compare/no-such-thing');
  expect(unknown?.status()).toBe(404);
});

test('an address with an invalid %-escape is a 400 with a reason, never a 500', async ({ request }) => {
  for (const url of ['/j/%E0%A4%A', '/reports/%FF', '/api/reports/%E0%A4%A', '/compare%']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    expect(await res.text()).toContain('%-escape');
  }
});

test('a 100%-stacked composition of outcomes and a line over the years render', async ({ page }) => {
  await page.goto('/compare?y=2020&chart=stacked');
  await expect(compareChart(page).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('compare-table')).toContainText('予以公开');
  await page.getByRole('radio', { name: '历年走势' }).click({ force: true });
  await expect(page).toHaveURL(/chart=line/);
  await expect(compareChart(page).locator('.recharts-line').first()).toBeVisible();
  // The line view's table: one row per jurisdiction, a column per year.
  await page.goto('/compare?j=fuyang-341200,ningbo-330200&chart=line');
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader', { name: '2020', exact: true })).toBeVisible();
  const fuyang = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '阜阳市', exact: true }) });
  await expect(fuyang).toHaveCount(1);
  await expect(fuyang.locator('td[data-value="835"]')).toHaveText('835');
});
