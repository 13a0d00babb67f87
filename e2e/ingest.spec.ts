// /ingest as an officer uses it, on its own server over an empty database (the shared test
// server already holds the bundled reports, so nothing there would be new): sign in, upload seed
// 000 and a corpus PDF, review them, save, find them on the compare page; then a duplicate, a
// non-report and an image (a scan: see scan.spec.ts for its recognition).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from '../lib/http/testing/app-server';
import { compareChart } from './helpers/charts';
import { signIn as signInAs, uploadItem } from './helpers/ingest';

const TOKEN = 'e2e-ingest-token-5f2c9a';
const SEED = path.resolve('data/reports/seeds/000-fuyang-2020.txt');
const PDF = path.resolve('data/reports/corpus/huaian_city_2024.pdf');

let app: AppServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer({ INGEST_TOKEN: TOKEN });
});
test.afterAll(async () => app?.stop());

const signIn = (page: Page) => signInAs(page, app.baseURL, TOKEN);

test('a wrong token is refused; the right one signs in, and signing out ends it', async ({ page }) => {
  await page.goto(`${app.baseURL}/ingest`);
  await page.getByLabel('上传口令').fill('not-the-token');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '口令' })).toHaveText('口令不正确。');
  await signIn(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('上传口令')).toBeVisible();
});

test('upload seed 000 and a corpus PDF, review, save, and find them on the compare page', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.locator('input[type=file]').setInputFiles([SEED, PDF]);

  const seed = uploadItem(page, '000-fuyang-2020.txt');
  const pdf = uploadItem(page, 'huaian_city_2024.pdf');
  await expect(seed).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  await expect(pdf).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  await expect(page.getByTestId('upload-progress')).toHaveText('已处理 2 / 2');

  // Review: meta as read, the format, the figures of table 3.
  await expect(seed.locator('input[name=body]')).toHaveValue('阜阳市人民政府');
  await expect(seed.locator('input[name=year]')).toHaveValue('2020');
  await expect(seed.locator('select[name=scope]')).toHaveValue('aggregate');
  await expect(seed.getByTestId('review-format')).toHaveText('2019 版格式');
  await expect(seed.locator('[data-figure="applications.new.total"]').first()).toHaveText('835');
  await expect(pdf.locator('input[name=body]')).toHaveValue('淮安市人民政府');
  await expect(pdf.locator('input[name=year]')).toHaveValue('2024');
  await expect(pdf.getByTestId('review-format')).toHaveText('2021 版格式');
  await expect(pdf.locator('[data-figure="applications.new.total"]').first()).toHaveText('3,119');

  // A correction of the body is shown as such before saving.
  await seed.locator('input[name=body]').fill('阜阳市人民政府办公室');
  await expect(seed.getByText('已更正,解析结果为“阜阳市人民政府”')).toBeVisible();
  await seed.locator('input[name=body]').fill('阜阳市人民政府');

  await page.getByRole('button', { name: '保存全部可保存的报告(2 份)' }).click();
  await expect(seed).toHaveAttribute('data-phase', 'saved', { timeout: 60_000 });
  await expect(pdf).toHaveAttribute('data-phase', 'saved', { timeout: 60_000 });
  await expect(seed.getByTestId('upload-saved')).toContainText('已保存为报告 #');

  // The compare page shows the saved report's figure.
  await seed.getByRole('link', { name: '在比较页查看' }).click();
  await expect(page).toHaveURL(/\/compare\?j=fuyang-341200&y=2020/);
  await expect(compareChart(page).locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByRole('row', { name: /阜阳市.*2020.*835/ })).toBeVisible();

  await page.goto(`${app.baseURL}/ingest`);
  await page.locator('input[type=file]').setInputFiles([PDF]);
  await expect(uploadItem(page, 'huaian_city_2024.pdf')).toHaveAttribute('data-phase', 'duplicate', { timeout: 60_000 });
  // The add-by-address panel stands apart from the upload list above it.
  const [last, panel] = [
    await uploadItem(page, 'huaian_city_2024.pdf').boundingBox(),
    await page.getByTestId('collect-panel').boundingBox(),
  ];
  expect(panel!.y - (last!.y + last!.height)).toBeGreaterThanOrEqual(16);
  await uploadItem(page, 'huaian_city_2024.pdf').getByRole('link', { name: '在比较页查看' }).click();
  await expect(page.getByRole('row', { name: /淮安市.*2024.*3,119/ })).toBeVisible();
});

test('a duplicate links to the stored report; a non-report is refused and nothing is saved', async ({ page, request }) => {
  await signIn(page);
  const before = ((await (await request.get(`${app.baseURL}/api/reports`)).json()) as { data: unknown[] }).data.length;
  // The seed again, dropped on the page this time.
  const dropped = await page.evaluateHandle(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], '000-fuyang-2020.txt', { type: 'text/plain' }));
      return transfer;
    },
    readFileSync(SEED, 'utf8'),
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await page.locator('input[type=file]').setInputFiles([
    {
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    },
    {
      name: 'notice.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><p>本站将于周末维护。</p><script>alert(1)</script></body></html>'),
    },
  ]);
  const duplicate = uploadItem(page, '000-fuyang-2020.txt');
  await expect(duplicate).toHaveAttribute('data-phase', 'duplicate', { timeout: 60_000 });
  await expect(duplicate.getByTestId('upload-duplicate')).toContainText('同样内容的报告已经保存过');
  const reportLink = duplicate.getByRole('link', { name: /查看报告 #\d+/ });
  await expect(reportLink).toHaveAttribute('href', /^\/reports\/\d+$/);

  // An image (whatever its name) is a scan: recognition is offered, nothing is read or saved before.
  await expect(uploadItem(page, 'photo.txt')).toHaveAttribute('data-phase', 'scan');
  await expect(uploadItem(page, 'photo.txt')).toContainText('这是扫描件');
  await expect(uploadItem(page, 'notice.html')).toHaveAttribute('data-phase', 'refused');
  await expect(uploadItem(page, 'notice.html').getByTestId('upload-refusal')).toContainText('没有保存任何内容');
  const after = ((await (await request.get(`${app.baseURL}/api/reports`)).json()) as { data: unknown[] }).data.length;
  expect(after).toBe(before);
});

test('pasted text is read like a file: a pre-2019 report, corrected and saved', async ({ page }) => {
  await signIn(page);
  await page.getByText('或粘贴报告全文').click();
  await page.getByLabel('或粘贴报告全文').fill(readFileSync(path.resolve('data/reports/seeds/004-shangqiu-2017.txt'), 'utf8'));
  await page.getByRole('button', { name: '解析粘贴的文本' }).click();
  const pasted = uploadItem(page, '粘贴的文本.txt');
  await expect(pasted).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  await expect(pasted.getByTestId('review-format')).toHaveText('2019 年以前(无统一表格)');
  await expect(pasted.locator('input[name=year]')).toHaveValue('2017');
  await pasted.locator('select[name=scope]').selectOption('agency');
  await expect(pasted.getByText('已更正,解析结果为“全辖区汇总”')).toBeVisible();
  await pasted.getByRole('button', { name: '保存这份报告' }).click();
  await expect(pasted).toHaveAttribute('data-phase', 'saved');
});
