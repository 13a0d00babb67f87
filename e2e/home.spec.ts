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

test('home lists jurisdictions with their years and counts reports', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('stat-reports')).not.toHaveText('0');
  const fuyang = page.getByTestId('jurisdiction-item').filter({ hasText: '阜阳市' });
  await expect(fuyang.getByRole('link', { name: '2020' })).toBeVisible();
  await expect(page.getByTestId('jurisdiction-item').filter({ hasText: '乌兰察布' }).getByText('机关')).toBeVisible();
  // A handful of jurisdictions: every one is listed, no "all N" links, every bar drawn.
  const places = Number((await page.getByTestId('stat-jurisdictions').innerText()).replace(/,/g, ''));
  await expect(page.getByTestId('jurisdiction-item')).toHaveCount(places);
  await expect(page.getByTestId('province-all')).toHaveCount(0);
  await expect(page.getByTestId('home-bars-cut')).toHaveCount(0);
});

test('home in English keeps the language in links', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute('href', '/compare?lang=en');
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/$/);
});
