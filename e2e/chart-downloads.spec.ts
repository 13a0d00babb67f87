// PNG and SVG downloads of every chart kind, in both languages: the image has the fixed export
// size whatever the screen, and the SVG holds the title, every label the chart shows on the page
// (legends included) as text, whole where the page cuts it to fit (a bar's label on a phone-sized
// column: the English office "Ulanqab · 乌兰察布市政府办公室"), and one mark per datum with a value.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXPORT_SCALE, EXPORT_WIDTH } from '../components/charts/chart-size';

const VIEWS = [
  { kind: 'bar', query: 'y=2020' },
  { kind: 'line', query: 'j=fuyang-341200,ningbo-330200,hongze-320813,wulanchabu-150900&chart=line' },
  { kind: 'stacked', query: 'y=2020&chart=stacked' },
] as const;

interface JsonRow {
  value: number | null;
  parts?: Record<string, number | null>;
}

async function downloaded(page: Page, format: 'png' | 'svg'): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${format}`).click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  return readFileSync((await file.path())!);
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The chart as drawn on the page, once recharts has drawn it: its SVG text and its HTML legend,
 * a bar's label whole (its <title>; the page may cut it), and the labels the page cut.
 */
async function labelsOnPage(page: Page): Promise<{ shown: string[]; cut: string[] }> {
  const chart = page.getByTestId('compare-chart');
  await expect(chart.locator('[data-mark]').first()).toBeAttached();
  const shown = await chart
    .locator('svg text, .recharts-legend-item-text')
    .evaluateAll((nodes) =>
      nodes
        .map((n) => (n.hasAttribute('data-label') ? n.parentElement!.querySelector('title')! : n).textContent!.trim())
        .filter((t) => t !== ''),
    );
  const cut = (await chart.locator('svg text[data-label]').allTextContents()).filter((t) => t.endsWith('…'));
  return { shown, cut };
}

/** A text as compared across drawings: a label wrapped over lines in a download reads as the page's. */
const flat = (text: string) => text.replace(/\s/g, '');

/** Text content, size and marks of an SVG file, read by the browser's XML parser. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()),
      title: doc.querySelector('text[data-title]')?.textContent ?? null,
      marks: doc.querySelectorAll('[data-mark]').length,
    };
  }, svg);
}

/** Marks the view must draw, from its JSON download: a bar or point per value, a stack part per share. */
function expectedMarks(kind: (typeof VIEWS)[number]['kind'], rows: readonly JsonRow[]): number {
  if (kind !== 'stacked') return rows.filter((r) => r.value !== null).length;
  return rows
    .filter((r) => r.value !== null && r.value > 0)
    .reduce((n, r) => n + Object.values(r.parts ?? {}).filter((p) => p !== null).length, 0);
}

// Each test loads the view twice (desktop, then phone) and makes three downloads, each a drawing of
// the chart off screen: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

for (const lang of ['zh', 'en'] as const) {
  for (const view of VIEWS) {
    test(`the ${view.kind} chart downloads as PNG and SVG at the export size, with every label (${lang})`, async ({ page, request }) => {
      const query = `${view.query}${lang === 'en' ? '&lang=en' : ''}`;
      await page.goto(`/compare?${query}`);
      await expect(page.getByTestId('compare-chart')).toHaveAttribute('data-chart-kind', view.kind);
      const { shown, cut } = await labelsOnPage(page);
      const title = (await page.locator('#compare-chart-title').textContent())!.trim();
      // The English office's label is longer than the page's label column: the page cuts it.
      if (lang === 'en' && view.kind !== 'line') expect(cut.length).toBeGreaterThan(0);

      const svg = await readSvg(page, (await downloaded(page, 'svg')).toString('utf8'));
      expect(svg.error).toBeNull();
      expect(svg.width).toBe(EXPORT_WIDTH);
      expect(svg.title).toBe(title);
      // Every label whole in the file: none cut, the ones the page cut too.
      for (const label of shown) expect(svg.texts.map(flat), `label "${label}"`).toContain(flat(label));
      expect(svg.texts.filter((t) => t.endsWith('…'))).toEqual([]);

      const rows = ((await (await request.get(`/api/compare/data.json?${query}`)).json()) as { rows: JsonRow[] }).rows;
      expect(rows.length).toBeGreaterThan(1);
      expect(svg.marks).toBeGreaterThan(0);
      expect(svg.marks).toBe(expectedMarks(view.kind, rows));

      expect(pngSize(await downloaded(page, 'png'))).toEqual({ width: svg.width * EXPORT_SCALE, height: svg.height * EXPORT_SCALE });

      // The same size from a phone: the download does not depend on the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/compare?${query}`);
      await labelsOnPage(page);
      expect(pngSize(await downloaded(page, 'png'))).toEqual({ width: svg.width * EXPORT_SCALE, height: svg.height * EXPORT_SCALE });
    });
  }
}

// A bar without a value says why in the one notation's short words (the whole reason on hover, in
// the legend and in the download's footer), never a bare "missing" — one meaning per view below.
const WHY = [
  // 宁波 2020's tables were lost: its denials were not read.
  {
    query: 'y=2020&m=results.denied.total',
    kind: 'notRead',
    zh: ['未读取', '未读取(报告应有此项,未能读出)'],
    en: ['not read', 'not read (the report should have it; it could not be read)'],
  },
  // 平潭 2022 prints "/" for the normative documents it issued.
  {
    query: 'y=2022&m=active.normativeDocs.issued',
    kind: 'slash',
    zh: ['印为“/”', '报告印为“/”等非数字'],
    en: ['printed “/”', 'printed “/” or other text, not a number'],
  },
  // The 2019 format has no "other: no correction" rows.
  {
    query: 'y=2020&m=results.otherNoCorrection.total',
    kind: 'notInFormat',
    zh: ['此格式无此项', '此格式没有这一项'],
    en: ['not in format', 'not in this report’s format'],
  },
  // 宁波's disclosure rate has no numerator.
  {
    query: 'y=2020&m=disclosure-rate',
    kind: 'notComputed',
    zh: ['无法计算', '无法计算:分子(予以公开 + 部分公开)有数字缺失'],
    en: ['not computed', 'Not computed: a figure of the numerator (disclosed in full + partly disclosed) is missing'],
  },
] as const;

for (const lang of ['zh', 'en'] as const) {
  test(`a bar without a value says why in the notation's short words, the whole reason on hover, in the legend and the SVG (${lang})`, async ({
    page,
  }) => {
    for (const view of WHY) {
      const [short, long] = view[lang];
      await page.goto(`/compare?${view.query}${lang === 'en' ? '&lang=en' : ''}`);
      const chart = page.getByTestId('compare-chart');
      const note = chart.locator(`[data-notation="${view.kind}"]`).first();
      await expect(note.locator('text')).toHaveText(short);
      await expect(note.locator('title')).toHaveText(long);
      // Every missing bar of the chart says a reason, none the bare word.
      const said = await chart.locator('text[data-value="missing"]').allTextContents();
      expect(said.length, view.query).toBeGreaterThan(0);
      expect(said).not.toContain(lang === 'zh' ? '缺失' : 'missing');
      await expect(page.getByTestId('not-drawn')).toContainText(long);

      const svg = await readSvg(page, (await downloaded(page, 'svg')).toString('utf8'));
      expect(svg.texts).toContain(short);
      // The footer wraps the reason over lines: compared without the spaces where it breaks.
      expect(svg.texts.join('').replace(/\s/g, '')).toContain(long.replace(/\s/g, ''));
    }
    // The trend's table says it per year in the same words.
    await page.goto(`/compare?chart=line&j=ningbo-330200,fuyang-341200&m=disclosure-rate${lang === 'en' ? '&lang=en' : ''}`);
    const cell = page.getByTestId('compare-table').locator('[data-notation="notComputed"]');
    await expect(cell).toHaveText(WHY[3][lang][0]);
    await expect(cell).toHaveAttribute('title', WHY[3][lang][1]);
  });
}
