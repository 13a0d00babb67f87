// The peer panel on /j/<slug> with a real peer group: ten county governments of 河北省, 2023, made by
// the synthetic report generator (e2e/helpers/synthetic-peers.ts, files synthetic-*.txt, never
// bundled) and uploaded to this test's own server (empty database) through POST /api/reports, the
// one ingest step. What the panel must say is worked out here from the generator's own figures:
// median, range and rank among the ranked peers; a rate on too small a base says "too few" with the
// base; a report whose printed 予以公开 total disagrees with its parts is not ranked. zh and en, 390
// and 1400 px.
import { expect, test, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from '../lib/http/testing/app-server';
import { GROUP, syntheticPeers, type SyntheticPeer } from './helpers/synthetic-peers';

const TOKEN = 'e2e-peer-panel-7c21';
let app: AppServer;
const peers: SyntheticPeer[] = syntheticPeers();
const slugs = new Map<string, string>();

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startAppServer({ INGEST_TOKEN: TOKEN });
  for (const peer of peers) {
    const response = await fetch(`${app.baseURL}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'x-file-name': peer.fileName },
      body: new Uint8Array(peer.bytes),
    });
    const answer = await response.json();
    expect(response.status, `${peer.fileName}: ${JSON.stringify(answer)}`).toBe(201);
    expect(answer.year).toBe(GROUP.year);
    slugs.set(peer.body, answer.jurisdiction.slug);
  }
});
test.afterAll(async () => app?.stop());

const ratio = (p: SyntheticPeer) => p.disclosed / p.handled;
const percent = (r: number) => `${(r * 100).toFixed(1)}%`;
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The report whose disclosure rate is nearest the middle of the group: neither first nor last. */
const self = [...peers.filter((p) => !p.damaged)].sort((a, b) => ratio(a) - ratio(b))[4]!;
const others = peers.filter((p) => p !== self && !p.damaged).map(ratio);
const damaged = peers.find((p) => p.damaged)!;

async function open(page: Page, body: string, lang: 'zh' | 'en') {
  await page.goto(`${app.baseURL}/j/${slugs.get(body)}${lang === 'en' ? '?lang=en' : ''}`);
  const panel = page.getByTestId('peer-panel');
  await expect(panel).toBeVisible();
  return panel;
}

const TEXT = {
  zh: {
    base: (n: number) => `基数:办理结果总计 ${n}`,
    median: (v: string) => `中位数 ${v}`,
    range: (a: string, b: string) => `范围 ${a}–${b}`,
    rank: (k: number, of: number) => `第 ${k} 高 / ${of}`,
    tooFewLeftOut: (n: number) => `另有 ${n} 个样本太少,未计入`,
    sumsLeftOut: (n: number) => `另有 ${n} 个勾稽不符,未计入`,
    tooFew: '样本太少,不参与排名',
    reviewBase: (n: number) => `基数:行政复议总计 ${n}`,
    sumFailed: '所用数字勾稽不符,不参与排名',
  },
  en: {
    base: (n: number) => `base: total handled ${n}`,
    median: (v: string) => `median ${v}`,
    range: (a: string, b: string) => `range ${a}–${b}`,
    rank: (k: number, of: number) => `${k} of ${of} (1 = highest)`,
    tooFewLeftOut: (n: number) => `${n} too few left out`,
    sumsLeftOut: (n: number) => `${n} with failed sums left out`,
    tooFew: 'too few to rank',
    reviewBase: (n: number) => `base: all reviews ${n}`,
    sumFailed: 'not ranked: its figures fail a sum check',
  },
};

for (const lang of ['zh', 'en'] as const) {
  for (const width of [390, 1400]) {
    test(`${lang}, ${width} px: median, range and rank among the ranked peers; the failed sum and the small bases left out`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      const t = TEXT[lang];
      const panel = await open(page, self.body, lang);
      const disclosure = panel.locator('tr[data-measure="disclosure-rate"]');
      await expect(disclosure.locator('td').first()).toContainText(percent(ratio(self)));
      await expect(disclosure.locator('td').first()).toContainText(t.base(self.handled));
      // In its province and nationally the group is the same ten (the database holds nothing else).
      for (const group of ['province', 'national']) {
        const cell = disclosure.locator(`td[data-group="${group}"]`);
        await expect(cell).toHaveAttribute('data-enough', 'true');
        await expect(cell).toContainText(t.median(percent(median(others))));
        await expect(cell).toContainText(t.range(percent(Math.min(...others)), percent(Math.max(...others))));
        await expect(cell).toContainText(t.rank(1 + others.filter((v) => v > ratio(self)).length, others.length + 1));
        await expect(cell).toContainText(t.sumsLeftOut(1));
      }
      // Reviews: the two counties with 2 reviews are too few to rank; the rest compare.
      await expect(panel.locator('tr[data-measure="review-correction-rate"] td[data-group="province"]')).toContainText(t.tooFewLeftOut(2));
      // The page itself never scrolls sideways; the panel's table scrolls within its frame.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await panel.screenshot({ path: testInfo.outputPath(`peer-panel-${lang}-${width}.png`) });
    });
  }
}

test('a rate on too small a base says so with its base; a rate on figures that fail a sum is not ranked (zh and en)', async ({ page }) => {
  const small = peers.find((p) => p.body === '磁县人民政府')!;
  for (const lang of ['zh', 'en'] as const) {
    const t = TEXT[lang];
    const review = (await open(page, small.body, lang)).locator('tr[data-measure="review-correction-rate"]');
    await expect(review.locator('[data-standing]')).toHaveAttribute('data-standing', 'tooFew');
    await expect(review.locator('td').first()).toContainText(t.tooFew);
    await expect(review.locator('td').first()).toContainText(t.reviewBase(2));
    // its group is still shown (enough other peers), without a rank for it
    await expect(review.locator('td[data-group="province"]')).toHaveAttribute('data-enough', 'true');
    await expect(review.locator('td[data-group="province"]')).not.toContainText(lang === 'zh' ? '高 /' : '(1 = highest)');

    const disclosure = (await open(page, damaged.body, lang)).locator('tr[data-measure="disclosure-rate"]');
    await expect(disclosure.locator('[data-standing]')).toHaveAttribute('data-standing', 'sumFailed');
    await expect(disclosure.locator('td').first()).toContainText(t.sumFailed);
    // the other nine compare; it has no rank among them
    await expect(disclosure.locator('td[data-group="province"]')).toHaveAttribute('data-enough', 'true');
    await expect(disclosure.locator('td[data-group="province"]')).not.toContainText(lang === 'zh' ? '高 /' : '(1 = highest)');
  }
});
