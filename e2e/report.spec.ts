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

test('a report of the format before 2019 (商丘 2017): a figure the format lacks reads "—", with no provenance badge and no button', async ({
  page,
}) => {
  await page.goto('/j/shangqiu-411400');
  const href = await page.locator('a[href^="/reports/"]').first().getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('[data-testid="report-text"]')).toContainText('商丘市2017年政府信息公开年度工作报告');
  // Its tables are not in the format, not unread: said so above them, with the mark they print.
  await expect(page.getByTestId('tables-not-read')).toContainText(
    '2019 年以前的格式没有这些表格,仅从正文读取 10 个数字(下面的表格中“—”为此格式没有这一项',
  );
  const lacking = page.locator('[data-grids] [data-figure]:has(> [data-status="notInFormat"])');
  expect(await lacking.count()).toBeGreaterThan(100);
  const stateSecret = page.locator('[data-grids] [data-figure="results.denied.stateSecret.total"]');
  await expect(stateSecret).toHaveText('—');
  // The reason its row's cells share is described once for the row, and named by each of them.
  await expect(stateSecret).toHaveAccessibleDescription('此格式没有这一项');
  const perRow = await page
    .locator('[data-grids] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.textContent!.split('此格式没有这一项').length - 1));
  expect(perRow.filter((n) => n > 0).length).toBeGreaterThan(20);
  expect(Math.max(...perRow)).toBe(1);
  await expect(page.locator('[data-grids] button[data-figure]:has(> [data-status="notInFormat"])')).toHaveCount(0);
  await expect(lacking.locator('[data-provenance]')).toHaveCount(0);
  // The figures it has keep their badge and open their passage.
  const own = page.locator('[data-grids] button[data-figure="applications.new.total"]');
  await expect(own.locator('[data-provenance]')).toHaveCount(1);
  await own.click();
  await expect(page.getByTestId('figure-detail')).toBeVisible();
});

test('an unknown report is a 404 page, not an error', async ({ page }) => {
  expect((await page.goto('/reports/99999999'))!.status()).toBe(404);
  expect((await page.goto('/reports/abc'))!.status()).toBe(404);
});

/** The address of a year's report of `body`, as the table links it. */
async function reportPath(page: Page, year: number, body: string): Promise<string> {
  await page.goto(`/table?y=${year}`);
  const href = await page
    .locator('a[href^="/reports/"]')
    .filter({ hasText: new RegExp(`^${body}$`) })
    .first()
    .getAttribute('href');
  return href!;
}

/** The RSC payload a page's HTML carries (the flight chunks Next pushes in its scripts), joined. */
function rscPayload(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)].map((m) => JSON.parse(m[1]!) as unknown[]);
  return chunks.map((c) => (typeof c[1] === 'string' ? c[1] : '')).join('');
}

test('the page sends the text once as plain text and each figure once: no grid models in its payload, no tooltip printed in a cell', async ({
  page,
  request,
}) => {
  const html = await (
    await request.get(await reportPath(page, 2020, '弋阳县人民政府'), { headers: { 'accept-encoding': 'identity' } })
  ).text();
  const payload = rscPayload(html);
  const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
  const opening = '由弋阳县人民政府办公室(政务服务办)综合全县17个乡镇(街道)人民政府';
  // Once in the payload (the text, for the viewer), once in the HTML (drawn), never as a tree of it.
  expect(payload.split(opening).length - 1).toBe(1);
  expect(markup.split(opening).length - 1).toBe(1);
  // The grids are built in the browser from the figures: no grid model travels beside them.
  expect(payload).toContain('"key":"active.penalty.decisions"');
  expect(payload).not.toContain('"cells":');
  // A cell's reason is in the HTML once (for screen readers); its tooltip is set on hover.
  const cells = markup.match(/<(?:button|span)\b[^>]*\bdata-figure="[^"]*"[^>]*>/g) ?? [];
  expect(cells.length).toBeGreaterThan(100);
  expect(cells.filter((tag) => / title="/.test(tag))).toEqual([]);
});

const WIDTHS = [390, 1400] as const;
const CELL = '[data-grids] [data-figure="applications.new.total"]';

for (const lang of ['zh', 'en'] as const) {
  const suffix = lang === 'en' ? '&lang=en' : '';
  for (const width of WIDTHS) {
    test(`choosing a figure writes it into the address, its label beside the highlight, the page held (${lang}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      const path = await reportPath(page, 2023, '洪泽区人民政府');
      await page.goto(`${path}${lang === 'en' ? '?lang=en' : ''}`);
      await expect(page.getByTestId('report-text')).toBeVisible();
      await page.locator(CELL).scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await page.locator(CELL).click();
      await expect(page).toHaveURL(`${path}?figure=applications.new.total${suffix}`);
      // The row's label is marked beside the chosen cell, and visible with it (not under the sticky column).
      const row = page.locator('[data-grids] th[data-selected-row]');
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(lang === 'en' ? 'New applications' : '本年新收');
      const [cellBox, rowBox] = [await page.locator(CELL).boundingBox(), await row.boundingBox()];
      expect(cellBox!.x).toBeGreaterThanOrEqual(rowBox!.x + rowBox!.width - 1);
      expect(cellBox!.x + cellBox!.width).toBeLessThanOrEqual(width);
      // In the text, the label sits just beside the highlighted passage.
      const highlight = page.locator('[data-testid="report-text"] [data-selected]').first();
      const tag = page.getByTestId('highlight-label');
      await expect(tag).toBeVisible();
      await expect(tag).toContainText(lang === 'en' ? 'New applications' : '本年新收');
      // Measured in one go: the pane may still be scrolling smoothly to the passage.
      const gap = () =>
        page.evaluate(() => {
          const h = document.querySelector('[data-testid="report-text"] [data-selected]')!.getBoundingClientRect();
          const t = document.querySelector('[data-testid="highlight-label"]')!.getBoundingClientRect();
          return Math.abs(h.top - t.bottom);
        });
      await expect.poll(gap).toBeLessThan(8);
      if (width === 1400) await expect(highlight).toBeInViewport();
      if (width === 390) {
        // A phone keeps its place: the figure opens in the bottom panel, with its passage; the text is a button away.
        expect(await page.evaluate(() => window.scrollY)).toBe(before);
        const detail = page.getByTestId('figure-detail');
        await expect(detail).toBeInViewport();
        await expect(detail.getByTestId('figure-excerpt').locator('mark')).toHaveText('21');
        await detail.getByTestId('show-in-text').click();
        await expect(highlight).toBeInViewport();
      }
      // The link opens the same view; on a phone it does not jump below the tables.
      const shared = page.url();
      await page.goto('about:blank');
      await page.goto(shared);
      await expect(page.locator(CELL)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('figure-detail')).toBeVisible();
      if (width === 390) expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await page.screenshot({ path: `test-results/report-figure-${lang}-${width}.png` });
      // Clearing the selection clears the address.
      await page
        .getByTestId('figure-detail')
        .getByRole('button', { name: lang === 'en' ? 'Clear selection' : '取消选择' })
        .click();
      await expect(page).toHaveURL(`${path}${lang === 'en' ? '?lang=en' : ''}`);
    });
  }

  test(`checks in plain words, repeated notices grouped, no internal codes (${lang})`, async ({ page, request }) => {
    const hongze = await reportPath(page, 2023, '洪泽区人民政府');
    await page.goto(`${hongze}${lang === 'en' ? '?lang=en' : ''}`);
    const sentences = page.getByTestId('check-sentence');
    await expect(sentences).toHaveCount(2);
    await expect(sentences.first()).toHaveText(
      lang === 'en'
        ? 'The report prints Administrative review · Total as 0, but its 4 parts add up to 11 (a difference of 11).'
        : '报告印的行政复议 · 总计是 0，但四项相加是 11（相差 11）。',
    );
    // A link naming a figure of table 4 opens on its cell, its passage highlighted beside it.
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${hongze}?figure=review.total${lang === 'en' ? '&lang=en' : ''}`);
    await expect(page.locator('[data-grids] [data-figure="review.total"]')).toBeInViewport();
    await expect(page.locator('[data-testid="report-text"] [data-selected]').first()).toBeInViewport();
    // Whatever a reader can see holds no code of the parser: no issue code, rule or figure key.
    await page.locator(CELL).click();
    await expect(page.getByTestId('figure-detail')).toBeVisible();
    const report = (await (await request.get(`/api${hongze}`)).json()) as {
      figures: { key: string; rule: string }[];
      issues: { code: string }[];
    };
    const visible = await page.locator('body').innerText();
    const codes = [
      ...report.issues.map((i) => i.code),
      ...report.figures.flatMap((f) => [f.key, f.rule]),
      'table3.cells',
      'group-sum',
      'SUM_MISMATCH',
    ];
    expect(codes.filter((code) => visible.includes(code))).toStrictEqual([]);

    // 平潭 2022: 26 run-together figures split by the sums are one notice, with its count, opened on demand.
    const pingtan = await reportPath(page, 2022, '平潭综合实验区');
    await page.goto(`${pingtan}${lang === 'en' ? '?lang=en' : ''}`);
    const group = page.locator('[data-issue-group="SPLIT_INFERRED"]');
    await expect(group).toHaveCount(1);
    await expect(group.locator('summary')).toContainText(
      lang === 'en' ? 'Run-together digits split by the sums26 places' : '连在一起的数字按勾稽关系拆开26 处',
    );
    await expect(group.locator('[data-issue="SPLIT_INFERRED"]').first()).toBeHidden();
    await group.locator('summary').click();
    await expect(group.locator('[data-issue="SPLIT_INFERRED"]')).toHaveCount(26);
    await expect(group.locator('[data-issue="SPLIT_INFERRED"]').first()).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('SPLIT_INFERRED');
  });
}

test('on a phone the header’s file name breaks between words, never inside “(txt)”', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/j/shangqiu-411400');
  await page.goto((await page.locator('a[href^="/reports/"]').first().getAttribute('href'))!);
  const lines = await page.locator('dd', { hasText: '004-shangqiu-2017.txt (txt)' }).evaluate((dd) => {
    const text = dd.firstChild!;
    const range = document.createRange();
    const at = text.textContent!.indexOf('(txt)');
    range.setStart(text, at);
    range.setEnd(text, at + '(txt)'.length);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
});
