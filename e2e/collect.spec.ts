// "Add by address" on /ingest, as an officer uses it: the fixture government site on 127.0.0.1
// (lib/collect/testing/site.ts; the app resolves its names through COLLECT_HOST_MAP and may open
// loopback only), an app over an empty database with its collector worker: paste the column's
// address, see the dry run, confirm, follow the progress (also after leaving and reopening the
// page), and find the reports on /compare with their source address on /reports/<id>.
import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { addScriptedPatterns, SCRIPTED } from '../lib/collect/testing/scripted';
import { PATTERN_HOST, SITE_HOST_MAP, startFixtureSite, type FixtureSite } from '../lib/collect/testing/site';
import { startAppServer, type AppServer } from '../lib/http/testing/app-server';
import { startCollectWorker } from '../scripts/lib/collect-worker';
import { stopChild } from '../scripts/lib/next';

const TOKEN = 'e2e-collect-token-7d1e0b';
const COLLECT_ENV = { COLLECT_ALLOW_PRIVATE: '1', COLLECT_HOST_MAP: SITE_HOST_MAP, COLLECT_PAUSE_MS: '0', COLLECT_RETRY_MS: '200' };

let site: FixtureSite;
let app: AppServer;
let worker: ChildProcess | null = null;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startFixtureSite();
  addScriptedPatterns(site);
  app = await startAppServer({ INGEST_TOKEN: TOKEN, ...COLLECT_ENV });
  worker = startCollectWorker(process.cwd(), { ...process.env, ...COLLECT_ENV, DATABASE_URL: app.databaseUrl });
});
test.afterAll(async () => {
  if (worker) await stopChild(worker);
  await app?.stop();
  await site?.close();
});

async function signIn(page: Page) {
  await page.goto(`${app.baseURL}/ingest`);
  await page.getByLabel('上传口令').fill(TOKEN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('已登录')).toBeVisible();
}

test('paste a column, see the dry run, confirm, follow the progress, find the reports on /compare', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  const panel = page.getByTestId('collect-panel');
  await panel.getByLabel('网址').fill(`${site.columnUrl}\n${site.origin}/private/t20250110_9.html`);
  await panel.getByRole('button', { name: '预览' }).click();
  const dryRun = panel.getByTestId('collect-dry-run');
  await expect(dryRun).toContainText('栏目 · 10 份报告 · 共 3 页(预览了 3 页)', { timeout: 30_000 });
  await expect(dryRun.getByRole('row', { name: '2023 html 洪泽区2023年政府信息公开工作年度报告' })).toBeVisible();
  await expect(dryRun).toContainText('robots.txt 不允许抓取此网址。');
  await expect(dryRun).not.toContainText('工作要点');
  await page.screenshot({ path: 'test-results/collect-dry-run.png', fullPage: true });

  await panel.getByRole('button', { name: '确认抓取(1 个网址)' }).click();
  await expect(page).toHaveURL(/[?&]collect=\d+/);
  const progress = panel.getByTestId('collect-progress');
  await expect(progress.getByTestId('collect-states')).toHaveText('完成 16 · 失败 1 · robots.txt 禁止 1 · 已失效(404) 1', {
    timeout: 150_000,
  });
  await expect(progress.getByRole('link')).toHaveCount(7);

  // Left and reopened: the page's address still follows the job.
  await page.reload();
  await expect(page.getByTestId('collect-states')).toHaveText('完成 16 · 失败 1 · robots.txt 禁止 1 · 已失效(404) 1');
  await page.getByTestId('collect-progress').getByText('问题 (3)').click();
  await expect(page.getByTestId('collect-progress')).toContainText('pingtan.wps');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: 'test-results/collect-progress-390.png', fullPage: true });
  await page.setViewportSize({ width: 1400, height: 900 });

  // A collected report on /compare, and its source address on its page.
  await page.goto(`${app.baseURL}/compare?j=fuyang-341200&y=2020`);
  await expect(page.getByRole('row', { name: /阜阳市.*2020.*835/ })).toBeVisible();
  await page.goto(`${app.baseURL}/ingest?collect=1`);
  await page.getByTestId('collect-progress').getByRole('link', { name: '洪泽区 2023' }).click();
  await expect(page.getByRole('link', { name: '原文链接' })).toHaveAttribute('href', `${site.files}/attach/P020240120.pdf`);

  // The same job followed in English.
  await page.goto(`${app.baseURL}/ingest?lang=en&collect=1`);
  await expect(page.getByTestId('collect-states')).toHaveText('done 16 · failed 1 · forbidden by robots.txt 1 · gone (404) 1');
  await expect(page.getByRole('heading', { name: 'Add by address' })).toBeVisible();
  await page.screenshot({ path: 'test-results/collect-progress-en.png', fullPage: true });
});

test('a column written by scripts: the preview reads its JSON API; a list it cannot read is named with why', async ({ page }) => {
  await signIn(page);
  const panel = page.getByTestId('collect-panel');
  const at = (p: string) => `http://${PATTERN_HOST}:${site.port}${p}`;
  await panel.getByLabel('网址').fill(`${at(SCRIPTED.api.column)}\n${at(SCRIPTED.unreadable)}`);
  await panel.getByRole('button', { name: '预览' }).click();
  const dryRun = panel.getByTestId('collect-dry-run');
  // The API's two pages are the column's pages; the PDF it lists is shown with its year and type.
  await expect(dryRun).toContainText('共 3 页(预览了 3 页)', { timeout: 30_000 });
  await expect(dryRun.getByRole('row', { name: '2023 pdf 洪泽区2023年政府信息公开工作年度报告' })).toBeVisible();
  await expect(dryRun).not.toContainText('工作要点');
  const unread = dryRun.getByTestId('collect-unread-lists');
  await expect(unread).toHaveCount(1);
  await expect(unread).toContainText('网页脚本载入的以下列表无法读取');
  await expect(unread).toContainText('a list asked from another host, api.other-gov.test');
  await expect(unread).toContainText('a list address built at run time');
  await page.screenshot({ path: 'test-results/collect-scripted-dry-run.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: 'test-results/collect-scripted-dry-run-390.png', fullPage: true });
});

test('an address that cannot be collected is said so in the page’s language, with the address', async ({ page }) => {
  await signIn(page);
  const panel = page.getByTestId('collect-panel');
  await panel.getByLabel('网址').fill('ftp://10.0.0.1/a.pdf');
  await panel.getByRole('button', { name: '预览' }).click();
  await expect(panel.getByRole('alert')).toHaveText('只抓取 http 和 https 网址: ftp://10.0.0.1/a.pdf');
  // One address of the preview that answers 404: its entry says so, without the collector's code.
  await panel.getByLabel('网址').fill(`${site.origin}/no-such-page.html`);
  await panel.getByRole('button', { name: '预览' }).click();
  await expect(panel.getByTestId('collect-dry-run').locator('[data-error]')).toHaveText('网站返回 HTTP 404', { timeout: 30_000 });
});
