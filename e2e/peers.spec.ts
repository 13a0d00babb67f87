// The peer panel on /j/<slug> and the province view /p/<province-slug>, on the bundled reports.
import { expect, test } from '@playwright/test';

test('阜阳市 2020: its rates with their bases; the one other prefecture (宁波, sentences only) has no rate: not compared', async ({
  page,
}) => {
  await page.goto('/j/fuyang-341200');
  const panel = page.getByTestId('peer-panel');
  const disclosure = panel.locator('tr[data-measure="disclosure-rate"]');
  await expect(disclosure).toContainText('43.2%');
  await expect(disclosure).toContainText('基数:办理结果总计 813');
  await expect(disclosure.locator('td[data-group="national"]')).toHaveAttribute('data-enough', 'false');
  await expect(disclosure.locator('td[data-group="national"]')).toContainText('可比同级 0 个,不足 5 个,不比较');
  await expect(disclosure.locator('td[data-group="province"]')).toContainText('可比同级 0 个');
  // the rates panel shows the base beside each rate too
  await expect(page.locator('[data-rate="review-correction-rate"] [data-base]')).toHaveText('基数:行政复议总计 32');
});

for (const [lang, suffix, notRanked, rank] of [
  ['zh', '', '所用数字勾稽不符,不参与排名', /第 \d+ 高/],
  ['en', '&lang=en', 'not ranked: its figures fail a sum check', /\d+ of \d+ \(1 = highest\)/],
] as const) {
  test(`洪泽区 2023: its review rate shows ! with the failed relation named and is never ranked (${lang})`, async ({ page }) => {
    await page.goto(`/j/hongze-320813?y=2023${suffix}`);
    const review = page.getByTestId('peer-panel').locator('tr[data-measure="review-correction-rate"]');
    await expect(review.locator('[data-standing]')).toHaveAttribute('data-standing', 'sumFailed');
    await expect(review).toContainText(notRanked);
    await expect(review).not.toContainText(rank);
    // The rates panel marks the rate with ! and names the relation its figures fail.
    const rate = page.locator('[data-rate="review-correction-rate"]');
    await expect(rate.locator('dd').first()).toContainText('!');
    await expect(rate.locator('[data-standing="sumFailed"]')).toContainText(notRanked);
    await expect(rate.getByTestId('failed-relations')).toContainText(lang === 'zh' ? '行政复议' : 'review');
    // A rate whose figures pass is shown without the mark.
    await expect(page.locator('[data-rate="disclosure-rate"] dd').first()).not.toContainText('!');
  });
}

test('the province view: Jiangsu 2024 ranked with the guardrails, its coverage and its failed checks', async ({ page }) => {
  await page.goto('/p/jiangsu-320000?y=2024');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('江苏省 · 2024 年度');
  const rows = page.getByTestId('province-ranking').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-standing', 'ranked');
  // A district and a prefecture, ranked together when no level is chosen: the note says so, not "the same level".
  await expect(rows.nth(0)).toContainText('区级');
  await expect(rows.nth(1)).toContainText('地级');
  await expect(page.getByTestId('province-ranking-note')).toContainText('各层级一起排名');
  const coverage = page.getByTestId('province-coverage');
  await expect(coverage.locator('[data-status="passing"] dd')).toHaveText('1');
  await expect(coverage.locator('[data-status="failing"] dd')).toHaveText('1');
  await expect(coverage.locator('[data-status="notHeld"] dd')).toHaveText('116');
  await expect(page.getByTestId('province-checks').locator('[data-check-id="tables"]')).toContainText('1 / 2');
  // a measure whose base is too small, or whose figures fail the sums, is not ranked
  await page.getByLabel('指标').selectOption('review-correction-rate');
  await page.getByRole('button', { name: '查看' }).click();
  await expect(page).toHaveURL(/m=review-correction-rate/);
  await page.goto('/p/jiangsu-320000?y=2024&level=district');
  await expect(page.getByTestId('province-ranking').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('province-ranking-note')).toContainText('同年度、同层级的整体报告');
  await page.goto('/p/jiangsu-320000?y=2023&m=review-correction-rate&lang=en');
  const hongze = page.getByTestId('province-ranking').locator('tbody tr').first();
  await expect(hongze).toHaveAttribute('data-standing', 'sumFailed');
  await expect(hongze).toContainText('not ranked');
  expect((await page.goto('/p/atlantis-990000'))!.status()).toBe(404);
});
