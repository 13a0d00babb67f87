// One notation per meaning (lib/i18n/notation.ts): "—" means a figure not in the report's format and
// nothing else. Pages holding figures not read, rates not computed, sums and peer values print
// their own mark or words, in both languages; the footer's key and the grids' legend define "—".
// And /coverage in English names every division of the list as held places are named.
import { expect, test, type Page } from '@playwright/test';
import { withLang } from './helpers/pages';

/** Visible text holding "—" outside the notation's key, its legend and cells not in the format. */
async function strayDashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const allowed = '[data-testid="notation"], [data-notation="notInFormat"], [data-status="notInFormat"], script, style, template';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (n.textContent?.includes('—') && el && !el.closest(allowed)) out.push(`${el.tagName}: ${n.textContent.trim()}`);
    }
    return out;
  });
}

const PAGES = [
  // Tables not read: cells, failed checks, rates not computed.
  '/j/ningbo-330200',
  // A failed check, rates, peers; the previous year's rates not computed.
  '/j/hongze-320813?y=2023',
  '/j/hongze-320813',
  // A report of the format before 2019: "—" for every cell of the 2019 tables, and only there.
  '/j/shangqiu-411400',
  // 宁波's rates not computed, in the province's ranking.
  '/p/zhejiang-330000?y=2020',
  '/p/jiangsu-320000?y=2023',
  '/coverage',
  '/coverage?province=江苏省',
  '/table?y=2023&cols=applications.new.total,results.granted.total,review.total,disclosure-rate,review-correction-rate',
  '/compare?j=fuyang-341200,ningbo-330200,yiyang-361126&y=2020&m=disclosure-rate',
  '/compare?j=fuyang-341200,ningbo-330200,hongze-320813&m=review-correction-rate&chart=line',
];

for (const lang of ['zh', 'en'] as const) {
  test(`no bare "—" for a figure not read or a value not computed (${lang})`, async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(withLang(path, lang));
      await expect(page.getByTestId('notation')).toContainText('—');
      expect(await strayDashes(page), path).toEqual([]);
      if (path.includes('shangqiu')) expect(await page.locator('[data-status="notInFormat"]').count()).toBeGreaterThan(20);
    }
  });

  test(`CSV exports print "—" only as the notation's mark for a figure not in the format (${lang})`, async ({ request }) => {
    for (const path of [
      '/table/export?y=2023&format=csv',
      '/api/compare/data.csv?j=fuyang-341200,ningbo-330200,yiyang-361126&y=2020&m=disclosure-rate',
    ]) {
      const answer = await request.get(withLang(path, lang));
      expect(answer.status(), path).toBe(200);
      // A field of its own ("—" between commas) is the mark; anywhere else it would be a stray.
      const body = await answer.text();
      expect(body.replace(/(^|,)—(?=,|\r?$)/gm, '$1'), path).not.toContain('—');
    }
  });
}

test('/coverage in English names divisions not held as held places are named', async ({ page }) => {
  await page.goto('/coverage?province=江苏省&lang=en');
  const rows = page.getByTestId('coverage-divisions');
  await expect(rows.locator('tr[data-division="320100"] th')).toContainText('Nanjing, Jiangsu 南京市');
  for (const n of [2, 3]) {
    await page.goto(`/coverage?province=江苏省&page=${n}&lang=en`);
    await expect(page.getByTestId('coverage-divisions')).toBeVisible();
    if (await page.locator('tr[data-division="320813"]').count()) {
      await expect(page.locator('tr[data-division="320813"] th')).toContainText('Hongze District 洪泽区');
      return;
    }
  }
  throw new Error('洪泽区 320813 not on pages 2 or 3');
});
