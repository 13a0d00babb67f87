// /j/<slug>: one jurisdiction's page, reached as a user reaches it (from /table), against the
// bundled reports.
import { expect, test } from '@playwright/test';

async function openJurisdiction(page: import('@playwright/test').Page, year: number, name: string) {
  await page.goto(`/table?y=${year}`);
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('阜阳: expand 不予公开 to see 保护第三方合法权益 = 34, 11 of them in the 其他 column', async ({ page }) => {
  await openJurisdiction(page, 2020, '阜阳市');
  const table3 = page.locator('section#table3');
  const thirdParty = table3.getByRole('row', { name: /保护第三方合法权益/ });
  await expect(thirdParty).toHaveCount(0);
  await table3.getByRole('button', { name: /\(三\)不予公开/ }).click();
  await expect(thirdParty).toBeVisible();
  await expect(thirdParty.locator('[data-figure="results.denied.thirdParty.total"]')).toHaveText('34');
  await expect(thirdParty.locator('[data-figure="results.denied.thirdParty.otherOrg"]')).toHaveText('11');
  // the group row adds up its eight reasons and says so
  const denied = table3.getByRole('row', { name: /\(三\)不予公开/ });
  const deniedOther = denied.locator('[data-figure="results.denied.otherOrg"]');
  await expect(deniedOther).toContainText('11');
  // Its reason, shared by the row's cells, is described once for the row (for screen readers); the
  // tooltip is set when the pointer reaches it.
  await expect(deniedOther).toHaveAccessibleDescription(/之和/);
  await expect(denied.getByText(/之和/)).toHaveCount(1);
  await deniedOther.hover();
  await expect(deniedOther).toHaveAttribute('title', /之和/);
});

test('table 3 sorts by a column and shows only 总计 on request', async ({ page }) => {
  await openJurisdiction(page, 2020, '阜阳市');
  const table3 = page.locator('section#table3');
  await table3.getByRole('button', { name: /\(三\)不予公开/ }).click();
  await table3.getByTitle('按“总计”排序').click();
  const reasons = table3.locator('tbody tr[data-row^="results.denied."]');
  await expect(reasons.first()).toHaveAttribute('data-row', 'results.denied.thirdParty');
  await expect(table3.getByRole('columnheader', { name: /自然人/ })).toBeVisible();
  await table3.getByLabel('只看总计').check();
  await expect(table3.getByRole('columnheader', { name: /自然人/ })).toHaveCount(0);
  await expect(table3.getByRole('row', { name: /本年新收/ }).locator('[data-figure="applications.new.total"]')).toHaveText('835');
});

test('the rates, and a link to compare with this jurisdiction preselected', async ({ page }) => {
  await openJurisdiction(page, 2020, '阜阳市');
  // 实质公开率 = (270 + 81) ÷ 813
  await expect(page.locator('[data-rate="disclosure-rate"]')).toContainText(`${((351 / 813) * 100).toFixed(1)}%`);
  const slug = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByRole('link', { name: '与其他辖区比较…' })).toHaveAttribute('href', `/compare?j=${slug}`);
});

test('a report whose checks failed shows each check in plain words', async ({ page }) => {
  await openJurisdiction(page, 2023, '洪泽区');
  const checks = page.locator('section#checks');
  await expect(checks.locator('[data-check="SUM_MISMATCH"]')).toHaveCount(2);
  const review = checks.locator('li', { hasText: '行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结' });
  await expect(review.getByTestId('check-sentence')).toHaveText('报告印的行政复议 · 总计是 0，但四项相加是 11（相差 11）。');
  // reports of other years are listed by year, the open one marked
  await expect(page.locator('section#reports [aria-current="page"]')).toContainText('洪泽区人民政府');
  await expect(page.locator('section#reports')).toContainText('2024');
});

test('blank and inferred cells look different and say why', async ({ page }) => {
  await openJurisdiction(page, 2020, '弋阳县');
  // 弋阳 prints nothing in (六)其他处理 · 自然人; the table's sums give 0
  const cell = page.locator('section#table3 [data-figure="results.other.natural"]');
  await expect(cell.locator('[data-status]')).toHaveAttribute('data-status', 'inferred');
  await expect(cell.locator('.sr-only')).toContainText('推算');
  await cell.hover();
  await expect(cell).toHaveAttribute('title', /勾稽关系/);
});

test("a single office's report is listed apart from whole-jurisdiction reports and says so", async ({ page }) => {
  await openJurisdiction(page, 2020, '乌兰察布市');
  const reports = page.locator('section#reports');
  await expect(reports.getByText('单一机关', { exact: true }).first()).toBeVisible();
  await expect(reports.locator('[aria-current="page"]')).toContainText('乌兰察布市政府办公室');
  await expect(page.getByTestId('current-report')).toContainText('不是全辖区汇总');
});

test('an unknown jurisdiction is a 404 page, not an error', async ({ page }) => {
  expect((await page.goto('/j/no-such-place'))!.status()).toBe(404);
});

test('a stale or garbage report parameter says so and shows the newest report', async ({ page }) => {
  await openJurisdiction(page, 2020, '阜阳市');
  const url = new URL(page.url());
  const res = await page.goto(`${url.pathname}?report=99999999`);
  expect(res!.status()).toBe(200);
  await expect(page.getByTestId('notices')).toContainText('99999999');
  await expect(page.getByTestId('current-report')).toContainText('阜阳市人民政府');
  await page.goto(`${url.pathname}?report=abc`);
  await expect(page.getByTestId('notices')).toContainText('report=abc');
});
