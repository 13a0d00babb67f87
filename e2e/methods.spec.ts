// /methods: linked from every page's footer; its accuracy table is computed by the running server
// from the gold set (data/gold/) with the parser it runs, in Chinese and English, on a phone and a desktop.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const goldIds = ['dev', 'unseen'].flatMap((set) =>
  readdirSync(path.join(process.cwd(), 'data/gold', set))
    .filter((f) => f.endsWith('.json') && f !== 'history.json')
    .map((f) => f.replace(/\.json$/, '')),
);
// the version the server runs, as the parser declares it
const parserVersion = /PARSER_VERSION = '([^']+)'/.exec(readFileSync(path.join(process.cwd(), 'lib/parser/types.ts'), 'utf8'))![1]!;

for (const [lang, width] of [
  ['zh', 390],
  ['en', 1400],
] as const) {
  test(`the footer links to /methods, whose table lists every gold report (${lang}, ${width} px)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(lang === 'en' ? '/?lang=en' : '/');
    await page.getByTestId('methods-link').click();
    // the first visit computes the table (17 files read and parsed): allow for it
    await expect(page).toHaveURL(lang === 'en' ? /\/methods\?lang=en$/ : /\/methods$/, { timeout: 90_000 });
    const table = page.getByTestId('accuracy');
    await expect(table).toBeVisible({ timeout: 90_000 });
    for (const id of goldIds) await expect(table.getByRole('cell', { name: id, exact: true })).toBeVisible();
    await expect(page.getByText(lang === 'zh' ? `解析器 ${parserVersion}` : `Parser ${parserVersion}`)).toBeVisible();
    await expect(page.getByText(lang === 'zh' ? '未见集' : 'unseen set', { exact: true })).toBeVisible();
    // the reworked formats' row (lib/gold/layouts/twists.ts)
    await expect(table.getByText(lang === 'zh' ? '改动了格式本身' : 'with the format itself reworked')).toBeVisible();
    // the page is no wider than the screen; the table scrolls inside its own box
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/methods-${lang}-${width}.png`, fullPage: true });
  });
}
