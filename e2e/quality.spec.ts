// The quality checks (体检) on the report page and the jurisdiction page, in zh and en.
import { expect, test } from '@playwright/test';

test('洪泽区 2023: its report shows 2/4 with the failed checks named, each check explained', async ({ page }) => {
  await page.goto('/table?y=2023');
  await page.locator('tbody tr').first().locator('[data-quality]').click();
  await expect(page).toHaveURL(/\/reports\/\d+#quality$/);
  const panel = page.getByTestId('quality-panel');
  await expect(panel.getByTestId('quality-summary')).toContainText('2/4 项通过');
  await expect(panel.getByTestId('quality-summary')).toContainText('未通过:表格齐全、勾稽关系');
  const sums = panel.locator('[data-check-id="sums"]');
  await expect(sums).toHaveAttribute('data-status', 'fail');
  await expect(sums).toContainText('行政复议:总计 = 维持 + 纠正 + 其他 + 尚未审结:左边 0,右边 11');
  await expect(panel.locator('[data-check-id="continuity"]')).toHaveAttribute('data-status', 'na');
});

test('the jurisdiction page shows the checks of the report it opens, in English too', async ({ page }) => {
  await page.goto('/table?y=2024&lang=en&province=江苏省');
  await page
    .getByRole('rowheader')
    .filter({ hasText: 'Hongze' })
    .or(page.getByRole('rowheader').filter({ hasText: '洪泽区' }))
    .first()
    .getByRole('link')
    .first()
    .click();
  const panel = page.getByTestId('quality-panel');
  await expect(panel.getByTestId('quality-summary')).toContainText('checks passed');
  await expect(panel.locator('[data-check-id="continuity"]')).toHaveAttribute('data-status', 'pass');
  await expect(panel.locator('[data-check-id="continuity"]')).toContainText('All 7 figures compared with the 2023 report follow from it.');
});
