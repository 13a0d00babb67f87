// /reports/<id>: the parsed tables beside the report text, linked both ways, against the bundled reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

async function openReport(page: Page, year: number, body: string) {
  await page.goto(`/table?y=${year}`);
  await page.getByRole('link', { name: body, exact: true }).click();
  await expect(page.locator('[data-testid="report-text"]')).toBeVisible();
}

test('seed 001 (弋阳 2020): follow 行政处罚 3402 to its passage', async ({ page }) => {
  await openReport(page, 2020, '弋阳县人民政府');
  const cell = page.locator('[data-grids] [data-figure="active.penalty.decisions"]');
  await expect(cell).toContainText('3,402');
  await expect(cell.locator('[data-provenance]')).toHaveAttribute('data-provenance', 'table');
  await cell.click();
  const passage = page.locator('[data-testid="report-text"] [data-selected]');
  await expect(passage).toHaveText('3402');
  await expect(passage).toBeInViewport();
  const detail = page.getByTestId('figure-detail');
  await expect(detail).toContainText('行政处罚 · 处理决定数量');
  await expect(detail).toContainText('表格');
});

test('choosing a highlighted passage shows its figure', async ({ page }) => {
  await openReport(page, 2020, '弋阳县人民政府');
  await page.locator('[data-testid="report-text"] [data-seg]', { hasText: /^3752$/ }).click();
  await expect(page.getByTestId('figure-detail')).toContainText('行政许可 · 处理决定数量');
  await expect(page.locator('[data-grids] [data-figure="active.licensing.decisions"]')).toHaveAttribute('aria-pressed', 'true');
});

test("the parser's issues link to their figures and passages", async ({ page }) => {
  await openReport(page, 2020, '弋阳县人民政府');
  const issue = page.locator('[data-issue="CELL_BLANK"]').first();
  await issue.getByRole('button', { name: '原文位置' }).click();
  await expect(page.locator('[data-testid="report-text"] [data-selected]').first()).toBeInViewport();
  await issue.getByRole('button', { name: /其他处理 · 自然人/ }).click();
  await expect(page.getByTestId('figure-detail')).toContainText('推算');
});

test('a report with failed checks shows them, and the original downloads as ingested', async ({ page, request }) => {
  await openReport(page, 2023, '洪泽区人民政府');
  await expect(page.getByRole('heading', { name: '未通过的核验' })).toBeVisible();
  await expect(page.locator('[data-check="SUM_MISMATCH"]')).toHaveCount(2);

  await openReport(page, 2020, '弋阳县人民政府');
  const href = await page.getByRole('link', { name: /下载原始文件/ }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
  const original = readFileSync(path.join(process.cwd(), 'data/reports/seeds/001-yiyang-2020.txt'));
  expect(Buffer.compare(await response.body(), original)).toBe(0);
});

test('an unknown report is a 404 page, not an error', async ({ page }) => {
  expect((await page.goto('/reports/99999999'))!.status()).toBe(404);
  expect((await page.goto('/reports/abc'))!.status()).toBe(404);
});
