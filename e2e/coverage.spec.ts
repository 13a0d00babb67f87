// /coverage against the official division list: the provinces × years, one province's divisions
// (paginated, shareable, with a CSV of whom to chase), in zh and en.
import { expect, test } from '@playwright/test';

test('every province × year, and the breakdown of a year: Jiangsu 2024 holds 淮安市 (passing) and 洪泽区 (failing)', async ({ page }) => {
  await page.goto('/coverage?y=2024');
  const jiangsu = page.getByTestId('coverage-breakdown').locator('tr[data-province="江苏省"]');
  await expect(jiangsu.locator('td[data-status="passing"]')).toHaveText('1');
  await expect(jiangsu.locator('td[data-status="failing"]')).toHaveText('1');
  await expect(jiangsu.locator('td[data-status="notHeld"]')).toHaveText('116');
  await expect(page.getByTestId('coverage-breakdown').locator('tr')).toHaveCount(33);
  await expect(page.getByTestId('coverage-unlisted')).toContainText('平潭综合实验区');
  await jiangsu.getByRole('link', { name: '江苏省' }).click();
  await expect(page).toHaveURL(/\/coverage\?province=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('江苏省');
});

test('江苏省: every division listed over pages, 洪泽区 matched across 洪泽县, the CSV of whom to chase', async ({ page, request }) => {
  await page.goto('/coverage?province=江苏省');
  await expect(page.getByTestId('coverage-totals').locator('[data-status="passing"] dd')).toHaveText('1');
  await expect(page.getByTestId('coverage-totals').locator('[data-status="failing"] dd')).toHaveText('2');
  await expect(page.getByTestId('coverage-totals').locator('[data-status="notHeld"] dd')).toHaveText('2,121'); // 118 × 18 − 3
  await expect(page.getByTestId('coverage-divisions').locator('tbody tr')).toHaveCount(40);
  await expect(page.locator('tr[data-division="320000"] td[data-year="2024"]')).toHaveAttribute('data-status', 'notHeld');
  await page.getByRole('link', { name: '下一页' }).first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('tr[data-division="320800"] td[data-year="2024"]')).toHaveAttribute('data-status', 'passing');
  const hongze = page.locator('tr[data-division="320813"]');
  await expect(hongze).toContainText('2016 年前为洪泽县');
  await expect(hongze.locator('td[data-year="2023"]')).toHaveAttribute('data-status', 'failing');
  await expect(hongze.locator('td[data-year="2022"]')).toHaveAttribute('data-status', 'notHeld');
  await page.reload();
  await expect(page.locator('tr[data-division="320813"] td[data-year="2024"]')).toHaveAttribute('data-status', 'failing');
  const href = await page.getByRole('link', { name: /CSV/ }).first().getAttribute('href');
  const csv = await request.get(href!);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(1 + 118 * 18);
  expect(lines).toContain('320813,江苏省,淮安市,洪泽区,district,洪泽县,2023,failing,已收录·有未通过项');
});

test('English, an unknown province, and a phone-width page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/coverage?province=江苏省&page=3&lang=en');
  await expect(page.getByTestId('coverage-totals')).toContainText('Held · checks failed');
  await expect(page.getByTestId('coverage-divisions').locator('tbody tr')).toHaveCount(118 - 80);
  await page.screenshot({ path: 'test-results/coverage-jiangsu-390.png', fullPage: false });
  const response = await page.goto('/coverage?province=火星省');
  expect(response!.status()).toBe(200);
  await expect(page.getByTestId('notices')).toContainText('火星省');
});
