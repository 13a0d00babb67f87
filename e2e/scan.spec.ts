// Scans, as an officer and a reader meet them, on an app of its own over an empty database with
// its OCR worker (scripts/lib/ocr-worker.ts, as `npm start` runs it): on /ingest a damaged image is
// said to be a scan, queued, and its failure shown with the job's reason; a one-page scan of seed
// 000's table 4 (typeset, scanned, seeded) is queued, followed to the report it became, and that
// report's viewer shows, for a figure read from it, the page image with the figure's box; the API
// gives the same figure with medium 'ocr', its page, box and confidence. A DOCX whose table 4 is a
// picture is said to be one, queued the same way, and its figure shown on the document's picture.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from '../lib/http/testing/app-server';
import { SCANNER } from '../lib/ocr/testing/damage';
import { docxOf } from '../lib/extract/testing/zip';
import { tableImageReport, tableScan } from '../lib/ocr/testing/table-scan';
import { startOcrWorker } from '../scripts/lib/ocr-worker';
import { stopChild } from '../scripts/lib/next';
import { signIn as signInAs, uploadItem } from './helpers/ingest';

const TOKEN = 'e2e-scan-token-3b8e51';

let app: AppServer;
let worker: ChildProcess | null = null;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer({ INGEST_TOKEN: TOKEN });
  worker = startOcrWorker(process.cwd(), { ...process.env, OCR_WORKER: '1', DATABASE_URL: app.databaseUrl });
});
test.afterAll(async () => {
  if (worker) await stopChild(worker);
  await app?.stop();
});

const signIn = (page: Page) => signInAs(page, app.baseURL, TOKEN);

/** Choose a figure's cell: a click before the viewer has hydrated is lost on a loaded machine, so click until the address holds it. */
async function choose(page: Page, key: string) {
  const cell = page.locator(`[data-grids] [data-figure="${key}"]`);
  await expect(async () => {
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${key.replace(/\./g, '\\.')}(&|$)`), { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
}

test('a damaged image is a scan: queued, and the job says why nothing was saved', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  await page.locator('input[type=file]').setInputFiles([{ name: 'broken.png', mimeType: 'image/png', buffer: png }]);
  const scan = uploadItem(page, 'broken.png');
  await expect(scan).toHaveAttribute('data-phase', 'scan', { timeout: 60_000 });
  await expect(scan).toContainText('这是扫描件');
  await scan.getByRole('button', { name: '排队识别并保存' }).click();
  await expect(scan).toHaveAttribute('data-phase', 'refused', { timeout: 90_000 });
  await expect(scan.getByTestId('ocr-refusal')).toContainText('图片已损坏或无法解码');
  await expect(scan.getByTestId('ocr-job-link')).toHaveAttribute('href', /^\/api\/ocr-jobs\/\d+$/);
});

test('a scan is recognised in the background, saved, and its report shows each figure on the page image', async ({ page, request }) => {
  test.setTimeout(300_000);
  const damage = { ...SCANNER, seal: false, noise: 4, jpegQuality: 85 };
  const { jpeg } = await tableScan(path.resolve('.'), { seed: '000-fuyang-2020.txt', table: 4, dpi: 200, damage, random: 7 });
  await signIn(page);
  await page.locator('input[type=file]').setInputFiles([{ name: 'fuyang-table4.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
  const scan = uploadItem(page, 'fuyang-table4.jpg');
  await expect(scan).toHaveAttribute('data-phase', 'scan', { timeout: 60_000 });
  await scan.getByRole('button', { name: '排队识别并保存' }).click();
  await expect(scan).toHaveAttribute('data-phase', 'recognising');
  await expect(scan.getByTestId('ocr-progress')).toBeVisible();
  await expect(scan).toHaveAttribute('data-phase', 'recognised', { timeout: 240_000 });
  const open = scan.getByTestId('ocr-done').getByRole('link', { name: /查看报告 #\d+/ });
  const href = (await open.getAttribute('href'))!;
  const id = Number(/\/reports\/(\d+)/.exec(href)![1]);

  // The API: a figure read from the scan keeps its provenance and adds where it was read.
  const api = (await (await request.get(`${app.baseURL}/api/reports/${id}`)).json()) as {
    figures: {
      key: string;
      value: number | null;
      provenance: string;
      ocr?: { medium: string; page: number; box: number[]; confidence: number };
    }[];
  };
  const upheld = api.figures.find((f) => f.key === 'review.upheld')!;
  expect(upheld).toMatchObject({ value: 17, provenance: 'table', ocr: { medium: 'ocr', page: 1 } });
  const [x0, y0, x1, y1] = upheld.ocr!.box;
  expect(0 <= x0! && x0! < x1! && x1! <= 1 && 0 <= y0! && y0! < y1! && y1! <= 1).toBe(true);
  expect(upheld.ocr!.confidence).toBeGreaterThan(0.85);

  // The viewer: the figure's cell, then its scan page with the box over it.
  await open.click();
  await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
  const cell = page.locator('[data-grids] [data-figure="review.upheld"]');
  await expect(cell).toContainText('17');
  await choose(page, 'review.upheld');
  const box = page.getByTestId('figure-detail').getByTestId('scan-box');
  await expect(box).toBeVisible();
  await expect(box).toContainText('扫描件第 1 页');
  const image = box.locator('img');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(image).toHaveAttribute('src', /^\/api\/ocr-pages\/[0-9a-f]{64}\/1$/);
  // The box is drawn where the figure's cell is on the page: inside the shown part of the image.
  const frame = (await box.locator('div').first().boundingBox())!;
  const mark = (await box.getByTestId('scan-box-mark').boundingBox())!;
  expect(mark.width).toBeGreaterThan(2);
  expect(mark.height).toBeGreaterThan(2);
  expect(mark.x).toBeGreaterThanOrEqual(frame.x);
  expect(mark.y).toBeGreaterThanOrEqual(frame.y);
  expect(mark.x + mark.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  expect(mark.y + mark.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
  // Its horizontal place is the figure's: the box's left edge at x0 of the page's width.
  expect(Math.abs((mark.x - frame.x) / frame.width - x0!)).toBeLessThan(0.01);
});

test('a DOCX whose table is a picture: said so, recognised, and its figure shown on the document’s picture', async ({ page }) => {
  test.setTimeout(300_000);
  const damage = { ...SCANNER, seal: false, noise: 4, jpegQuality: 85 };
  const report = await tableImageReport(path.resolve('.'), { seed: '000-fuyang-2020.txt', table: 4, dpi: 200, damage, random: 7 });
  const docx = docxOf(
    [...report.before, { image: report.jpeg, extension: 'jpeg', contentType: 'image/jpeg' }, ...report.after].filter((p) => p !== ''),
  );
  await signIn(page);
  await page.locator('input[type=file]').setInputFiles([
    {
      name: 'fuyang-pictures.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    },
  ]);
  const item = uploadItem(page, 'fuyang-pictures.docx');
  await expect(item).toHaveAttribute('data-phase', 'scan', { timeout: 60_000 });
  await expect(item).toContainText('这份 Word 文档的统计表是图片');
  await expect(item).not.toContainText('这是扫描件');
  await item.getByRole('button', { name: '排队识别并保存' }).click();
  await expect(item).toHaveAttribute('data-phase', 'recognised', { timeout: 240_000 });
  // The scan above is the same report (seed 000's table 4): the document becomes another of its sources, and says so.
  await expect(item.getByTestId('ocr-done')).toContainText('另一份原文(同一份报告),已保存为它的来源');
  const open = item.getByTestId('ocr-done').getByRole('link', { name: /查看报告 #\d+/ });
  await open.click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  const cell = page.locator('[data-grids] [data-figure="review.upheld"]');
  await expect(cell).toContainText('17');
  await choose(page, 'review.upheld');
  const box = page.getByTestId('figure-detail').getByTestId('scan-box');
  await expect(box).toContainText('文档第 1 张图片');
  // The document's own text was read as text: a figure of table 3 has no box.
  await choose(page, 'applications.new.total');
  await expect(page.getByTestId('figure-detail')).toContainText('本年新收');
  await expect(page.getByTestId('figure-detail')).not.toContainText('文档第');
});
