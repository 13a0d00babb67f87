// The home page against the bundled reports: the busiest year's new applications per jurisdiction.
import { expect, test } from '@playwright/test';
import { barLabels, barValues } from './helpers/charts';

test('home shows new applications of 2020, sorted, with 835 and 3 in the chart', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('home-chart');
  const values = await barValues(chart);
  expect(values).toContain('835');
  expect(values).toContain('3');
  // Sorted from the largest: 宁波 3517 first, 弋阳 3 last among the four 2020 reports.
  expect(values).toEqual(['3,517', '835', '6', '3']);
  const labels = await barLabels(chart);
  expect(labels[0]).toContain('宁波市');
  // The single office is marked as such next to the whole-jurisdiction reports.
  expect(labels.find((l) => l.includes('乌兰察布'))).toContain('办公室');
  await expect(page.getByRole('heading', { name: /2020 年本年新收政府信息公开申请数量/ })).toBeVisible();
});

test("home data table: opened, the chart's places and values in its order, marks beside them", async ({ page }) => {
  await page.goto('/');
  const chart = page.getByTestId('home-chart');
  const values = await barValues(chart);
  const labels = await barLabels(chart);
  // Built when first opened (the page carries the rows once, for the bars and the table).
  await expect(page.locator('details table')).toHaveCount(0);
  await page.getByText('查看数据表').click();
  const rows = page.locator('details table tbody tr');
  await expect(rows).toHaveCount(values.length);
  for (const [i, value] of values.entries()) {
    // The chart's label carries the marks after the name (and is cut with … when long); the table's
    // marks are in the value cell.
    await expect(rows.nth(i).locator('th')).toContainText(labels[i]!.replace(/ [†‡!]+$/, '').replace(/…$/, ''));
    await expect(rows.nth(i).locator('td')).toContainText(value);
  }
  // 宁波's figure is read from a sentence (†); 乌兰察布's is a single office's report.
  await expect(rows.filter({ hasText: '宁波市' }).locator('button[data-flag="narrative"]')).toHaveCount(1);
  await expect(rows.filter({ hasText: '乌兰察布' }).locator('button[data-flag="agency"]')).toHaveCount(1);
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', /^\/j\/ningbo-/);
});

test('home lists jurisdictions with their years and counts reports', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('stat-reports')).not.toHaveText('0');
  const items = page.getByTestId('province-group').getByRole('listitem');
  const fuyang = items.filter({ hasText: '阜阳市' });
  await expect(fuyang.getByRole('link', { name: '2020' })).toBeVisible();
  await expect(items.filter({ hasText: '乌兰察布' }).getByText('机关')).toBeVisible();
  // A handful of jurisdictions: every one is listed, no "all N" links, every bar drawn.
  const places = Number((await page.getByTestId('stat-jurisdictions').innerText()).replace(/,/g, ''));
  await expect(items).toHaveCount(places);
  await expect(page.getByTestId('province-all')).toHaveCount(0);
  await expect(page.getByTestId('home-bars-cut')).toHaveCount(0);
});

test('home in English keeps the language in links', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute('href', '/compare?lang=en');
  // The header streams in behind a fallback (site-header.tsx): one switch once it has.
  await expect(page.getByTestId('lang-switch')).toHaveCount(1);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/$/);
});
