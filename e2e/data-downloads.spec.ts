// Data downloads as a user gets them: every file the compare and /table pages offer is clicked,
// downloaded and read — the zip's CSV, metadata.json (definitions, sources, version, licence) and
// README; /table's CSV with year, report links and each ratio's numerator and denominator. Links
// inside them point at the public address and never at a host the request made up. "Cite this"
// carries the data version and date, links carry `v`, and a link made at another version says so.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { DATA_LICENCE } from '../lib/data-package/licence';

const COMPARE = '/compare?j=fuyang-341200,ningbo-330200,yiyang-361126&y=2020&m=disclosure-rate';
const TABLE = '/table?y=2020&cols=applications.new.total,results.granted.total,review.total,disclosure-rate,review-correction-rate';
const suffixOf = (lang: 'zh' | 'en') => (lang === 'en' ? '&lang=en' : '');

/** Clicks what starts a download and returns the file's name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** CSV lines split into fields (the files quote no field these views hold). */
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));

interface Metadata {
  title: string;
  url: string;
  language: string;
  dataVersion: number;
  dataChangedAt: string;
  licence: { name: string; url: string; terms: string };
  citation: { plain: string; gbt: string };
  figures: { key: string; definition: { zh: string; en: string } }[];
  rates: { id: string; numerator: string[]; denominator: string[] }[];
  notation: { mark: string; meaning: string }[];
  sources: { reportId: number; reportUrl: string; originals: { fileName: string }[] }[];
}

function readZip(bytes: Buffer) {
  const files = unzipSync(new Uint8Array(bytes));
  const names = Object.keys(files);
  const csvName = names.find((n) => n.endsWith('.csv'))!;
  return {
    names,
    csv: text(files[csvName]!),
    metadata: JSON.parse(text(files['metadata.json']!)) as Metadata,
    readme: text(files['README.md']!),
  };
}

for (const lang of ['zh', 'en'] as const) {
  test(`compare: the CSV, JSON and data zip download with definitions, sources, version and licence (${lang})`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${COMPARE}${suffixOf(lang)}`);
    const csv = await download(page, () => page.getByTestId('download-csv').click());
    const json = await download(page, () => page.getByTestId('download-json').click());
    const zip = await download(page, () => page.getByTestId('download-zip').click());
    expect(zip.name).toBe('compare-disclosure-rate-2020.zip');

    // The CSV alone and inside the zip are the same rows, links at the address the page was opened at.
    const { names, csv: zipped, metadata, readme } = readZip(zip.bytes);
    expect(names).toEqual(['compare-disclosure-rate-2020.csv', 'metadata.json', 'README.md']);
    expect(zipped).toBe(text(csv.bytes));
    const rows = csvRows(zipped);
    const url = rows[0]!.indexOf('report_url');
    expect(rows.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['阜阳市', '宁波市', '弋阳县']));
    for (const r of rows.slice(1)) expect(r[url]).toMatch(new RegExp(`^${baseURL}/reports/\\d+$`));
    const body = JSON.parse(text(json.bytes)) as { url: string; rows: { reportUrl: string }[] };
    expect(body.url).toBe(`${baseURL}${COMPARE}${suffixOf(lang)}`);
    for (const r of body.rows) expect(r.reportUrl).toMatch(new RegExp(`^${baseURL}/reports/\\d+$`));

    // The metadata: the view's link with the data version, its date, the licence, the citation.
    expect(metadata.language).toBe(lang);
    expect(metadata.url).toBe(`${baseURL}${COMPARE}${suffixOf(lang)}&v=${metadata.dataVersion}`);
    expect(metadata.dataVersion).toBeGreaterThan(0);
    expect(metadata.dataChangedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The licence stated the same in the metadata, the README, the page's "cite this" and /methods.
    expect(metadata.licence).toEqual({ name: 'CC BY 4.0', url: DATA_LICENCE.url, terms: DATA_LICENCE.terms[lang] });
    expect(readme).toContain(DATA_LICENCE.terms[lang]);
    expect(metadata.citation.gbt).toContain(`[DB/OL]. (${metadata.dataChangedAt.slice(0, 10)})`);
    expect(metadata.citation.gbt).toContain(metadata.url);
    // Every figure and rate of the CSV defined from the catalogue.
    expect(metadata.rates).toEqual([
      expect.objectContaining({
        id: 'disclosure-rate',
        numerator: ['results.granted.total', 'results.partial.total'],
        denominator: ['results.total.total'],
      }),
    ]);
    expect(metadata.figures.map((f) => f.key)).toEqual(['results.granted.total', 'results.partial.total', 'results.total.total']);
    expect(metadata.figures[0]!.definition[lang]).toContain(lang === 'zh' ? '表三' : 'Table 3');
    expect(metadata.notation.map((n) => n.mark)).toEqual(['…', '□', '/', '—']);
    // Each report once, with its page here and its original file.
    expect(metadata.sources).toHaveLength(3);
    for (const s of metadata.sources) {
      expect(s.reportUrl).toBe(`${baseURL}/reports/${s.reportId}`);
      expect(s.originals.length).toBeGreaterThan(0);
    }
    expect(metadata.sources.flatMap((s) => s.originals.map((o) => o.fileName))).toEqual(
      expect.arrayContaining(['000-fuyang-2020.txt', '002-ningbo-2020.txt']),
    );
    // The README says the same in the page's language.
    expect(readme).toContain(`# ${metadata.title}`);
    expect(readme).toContain(lang === 'zh' ? `数据版本 ${metadata.dataVersion}` : `Data version ${metadata.dataVersion}`);
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain(metadata.citation.gbt);
    expect(readme).toContain(`${baseURL}/reports/${metadata.sources[0]!.reportId}`);
    await page.getByTestId('cite-this').locator('summary').click();
    await expect(page.getByTestId('cite-plain')).toContainText('CC BY 4.0');
    await expect(page.getByTestId('cite-licence')).toContainText(DATA_LICENCE.terms[lang]);
    await page.goto(`/methods${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.getByTestId('licence')).toContainText(DATA_LICENCE.terms[lang]);
    await expect(page.getByTestId('licence').getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', DATA_LICENCE.url);
  });

  test(`/table: CSV with year, report links, each ratio's numerator and denominator and why it is missing; JSON; zip (${lang})`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${TABLE}${suffixOf(lang)}`);
    const csv = await download(page, () => page.getByRole('link', { name: 'CSV', exact: true }).click());
    const json = await download(page, () => page.getByRole('link', { name: 'JSON', exact: true }).click());
    const zip = await download(page, () => page.getByTestId('download-zip').click());
    expect([csv.name, json.name, zip.name]).toEqual(['gov-disclosure-2020.csv', 'gov-disclosure-2020.json', 'gov-disclosure-2020.zip']);

    const rows = csvRows(text(csv.bytes));
    const head = rows[0]!;
    const col = (name: string) => {
      const i = head.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    const w =
      lang === 'zh'
        ? { year: '年度', url: '报告链接', place: '辖区', prov: '出处', num: '分子', den: '分母', note: '说明' }
        : {
            year: 'year',
            url: 'report url',
            place: 'jurisdiction',
            prov: 'provenance',
            num: 'numerator',
            den: 'denominator',
            note: 'note',
          };
    const [year, url, place] = [col(w.year), col(w.url), col(w.place)];
    const rate = col(`${lang === 'zh' ? '实质公开率' : 'Disclosure rate'} [disclosure-rate]`);
    const [num, den, note] = [col(`${w.num} [disclosure-rate]`), col(`${w.den} [disclosure-rate]`), col(`${w.note} [disclosure-rate]`)];
    const body = rows.slice(1);
    expect(body).toHaveLength(4);
    for (const r of body) {
      expect(r[year]).toBe('2020');
      expect(r[url]).toMatch(new RegExp(`^${baseURL}/reports/\\d+$`));
      // A ratio is its numerator over its denominator; without a value, the note says why.
      if (r[rate] !== '') expect(Number(r[rate])).toBeCloseTo(Number(r[num]) / Number(r[den]), 12);
      else expect(r[note]).not.toBe('');
    }
    const fuyang = body.find((r) => r[place] === '阜阳市')!;
    expect([fuyang[num], fuyang[den]]).toEqual(['351', '813']);
    // 宁波's tables were not read: three figures come from its text, the rest of its 2019 format is "…" (not read).
    const ningbo = body.find((r) => r[place] === '宁波市')!;
    expect(ningbo[col(`${w.prov} [review.total]`)]).toBe('narrative');
    expect(ningbo[col(`${w.prov} [results.granted.total]`)]).toBe('…');
    expect(ningbo[note]).toBe(
      lang === 'zh'
        ? '无法计算:分子(予以公开 + 部分公开)有数字缺失'
        : 'Not computed: a figure of the numerator (disclosed in full + partly disclosed) is missing',
    );

    const table = JSON.parse(text(json.bytes)) as {
      rows: { year: number; reportUrl: string; cells: Record<string, { numerator?: number }> }[];
    };
    for (const r of table.rows) {
      expect(r.year).toBe(2020);
      expect(r.reportUrl).toMatch(new RegExp(`^${baseURL}/reports/\\d+$`));
    }
    expect(table.rows.map((r) => r.cells['disclosure-rate']!.numerator)).toContain(351);

    const { names, csv: zipped, metadata, readme } = readZip(zip.bytes);
    expect(names).toEqual(['gov-disclosure-2020.csv', 'metadata.json', 'README.md']);
    expect(zipped).toBe(text(csv.bytes));
    expect(metadata.url).toBe(`${baseURL}${TABLE}${suffixOf(lang)}&v=${metadata.dataVersion}`);
    expect(metadata.rates.map((r) => r.id)).toEqual(['disclosure-rate', 'review-correction-rate']);
    expect(metadata.figures.map((f) => f.key)).toEqual(
      expect.arrayContaining(['applications.new.total', 'results.granted.total', 'review.total', 'review.corrected']),
    );
    expect(metadata.sources).toHaveLength(4);
    expect(readme).toContain(lang === 'zh' ? '## 比率的定义' : '## What each rate is');
  });

  test(`links in downloaded CSV, JSON and zip never carry a host the request made up (${lang})`, async ({ request }) => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example' };
    const files = [
      `/api/compare/data.csv?${COMPARE.split('?')[1]}${suffixOf(lang)}`,
      `/api/compare/data.json?${COMPARE.split('?')[1]}${suffixOf(lang)}`,
      `/table/export?y=2020&format=csv${suffixOf(lang)}`,
      `/table/export?y=2020&format=json${suffixOf(lang)}`,
    ];
    for (const path of files) {
      const answer = await request.get(path, { headers: forged });
      expect(answer.status(), path).toBe(200);
      const body = await answer.text();
      expect(body, path).not.toContain('evil.example');
      expect(body, path).toMatch(/\/reports\/\d+/);
      expect(body, path).not.toMatch(/https?:\/\/[^,"]*\/reports\//);
    }
    for (const path of [
      `/api/compare/data.zip?${COMPARE.split('?')[1]}${suffixOf(lang)}`,
      `/table/export?y=2020&format=zip${suffixOf(lang)}`,
    ]) {
      const answer = await request.get(path, { headers: forged });
      expect(answer.headers()['content-type']).toBe('application/zip');
      const { csv, metadata, readme } = readZip(await answer.body());
      for (const content of [csv, JSON.stringify(metadata), readme]) expect(content, path).not.toContain('evil.example');
      expect(metadata.url).toMatch(/^\/(compare|table)\?/);
      for (const s of metadata.sources) expect(s.reportUrl).toBe(`/reports/${s.reportId}`);
    }
  });

  test(`cite this carries the data version and date; links carry v; a link made at another version says so (${lang})`, async ({ page }) => {
    for (const view of [COMPARE, TABLE]) {
      await page.goto(`${view}${suffixOf(lang)}`);
      await expect(page.getByTestId('data-version-notice')).toHaveCount(0);
      await page.getByTestId('cite-this').locator('summary').click();
      const [version, changed] = (await page.getByTestId('cite-version').innerText()).split(' · ');
      expect(Number(version)).toBeGreaterThan(0);
      expect(changed).toMatch(/^\d{4}-\d\d-\d\d$/);
      const plain = await page.getByTestId('cite-plain').innerText();
      const gbt = await page.getByTestId('cite-gbt').innerText();
      const link = `${view}${suffixOf(lang)}&v=${version}`;
      expect(plain).toContain(link);
      expect(plain).toContain(lang === 'zh' ? `数据版本 ${version}(${changed} 更新)` : `data version ${version} (updated ${changed})`);
      expect(plain).toContain('CC BY 4.0');
      expect(gbt).toContain(`[DB/OL]. (${changed})[${new Date().toISOString().slice(0, 10)}]`);
      expect(gbt).toContain(link);
      if (view === COMPARE) await expect(page.getByTestId('copy-link')).toHaveAttribute('data-share-path', link);

      // The cited link at its own version says nothing; at an older one, that the data changed since.
      await page.goto(link);
      await expect(page.getByTestId('cite-this')).toBeVisible();
      await expect(page.getByTestId('data-version-notice')).toHaveCount(0);
      if (Number(version) > 1) {
        await page.goto(`${view}${suffixOf(lang)}&v=1`);
        const notice = page.getByTestId('data-version-notice');
        await expect(notice).toContainText(lang === 'zh' ? '引用的是第 1 版数据' : 'cites data version 1');
        await expect(notice).toContainText(changed!);
        await expect(notice.getByRole('link')).toHaveAttribute('href', new RegExp(`[?&]v=${version}$`));
      }
      await page.goto(`${view}${suffixOf(lang)}&v=999999999`);
      await expect(page.getByTestId('data-version-notice')).toContainText(lang === 'zh' ? '不是本站的版本' : 'never had');
    }
  });

  test(`/table says what grey and inferred numbers are, marks the four kinds of no number, and why a rate is missing (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/table?y=2020&cols=results.denied.total,review.total,disclosure-rate${suffixOf(lang)}`);
    const legend = page.getByTestId('table-legend');
    await expect(legend).toContainText(lang === 'zh' ? '灰色 Σ 数字' : 'Grey Σ figures');
    await expect(legend).toContainText(lang === 'zh' ? '由表内勾稽关系唯一推算' : 'inferred, not printed');
    for (const mark of ['…', '□', '/', '—']) await expect(legend.locator('[data-notation]').filter({ hasText: mark })).toHaveCount(1);
    const ningbo = page.locator('tbody tr').filter({ hasText: '宁波市' });
    // Not read (its tables were lost), said with the mark and the words.
    await expect(ningbo.locator('[data-status="absent"]').first()).toHaveText('…');
    await expect(ningbo.locator('[data-rate="disclosure-rate"]')).toContainText(lang === 'zh' ? '无法计算' : 'Not computed');
    // A group total no table prints is the sum of its parts: grey, with Σ.
    await expect(page.locator('tbody [data-status="sum"]').first()).toContainText('Σ');
  });

  test(`/compare's table marks figures without a number in the one notation and says why a rate is missing (${lang})`, async ({ page }) => {
    await page.goto(`${COMPARE}${suffixOf(lang)}`);
    const ningbo = page.getByTestId('compare-table').locator('tbody tr').filter({ hasText: '宁波' });
    // 宁波's tables were not read: its inputs are "…", the same mark and words as the legend.
    await expect(ningbo.locator('[data-notation="notRead"]')).toHaveCount(3);
    await expect(ningbo.locator('[data-notation="notRead"]').first()).toContainText('…');
    await expect(ningbo.locator('[data-why]')).toHaveText(
      lang === 'zh'
        ? '无法计算:分子(予以公开 + 部分公开)有数字缺失'
        : 'Not computed: a figure of the numerator (disclosed in full + partly disclosed) is missing',
    );
    // No cell says a bare "缺失" / "missing" any more.
    expect(await ningbo.locator('td').allInnerTexts()).not.toContain(lang === 'zh' ? '缺失' : 'missing');
  });

  test(`a rate whose inputs are in a failed sum relation shows ! with the relation named and is not ranked (${lang})`, async ({ page }) => {
    // 洪泽区 2023 fails table 4's sums: its review correction rate is marked on /compare, /table and /j.
    await page.goto(`/compare?j=hongze-320813&y=2023&m=review-correction-rate${suffixOf(lang)}`);
    const row = page.getByTestId('compare-table').locator('tbody tr').first();
    const mark = row.locator('[data-flag="checks-failed"]');
    await expect(mark).toHaveText('!');
    await expect(row.locator('[role="tooltip"]')).toContainText(lang === 'zh' ? '行政复议' : 'review');

    await page.goto(`/table?y=2023&cols=review-correction-rate,disclosure-rate&sort=review-correction-rate${suffixOf(lang)}`);
    const cell = page.locator('tbody tr').first().locator('[data-rate="review-correction-rate"]');
    await expect(cell).toContainText('!');
    await expect(cell.locator('[data-rate-note]')).toHaveAttribute('data-rate-note', lang === 'zh' ? /不参与排名:.+/ : /not ranked: .+/);

    await page.goto(`/j/hongze-320813?y=2023${suffixOf(lang)}`);
    const rate = page.locator('[data-rate="review-correction-rate"]');
    await expect(rate.locator('[data-standing="sumFailed"]')).toBeVisible();
    await expect(rate.getByTestId('failed-relations')).not.toBeEmpty();
    // Its value is not computed, and the panel says so in words (not the notation's "—") and why: the review total printed is 0.
    await expect(rate.locator('dd').first()).toContainText(lang === 'zh' ? '无法计算' : 'not computed');
    await expect(rate.locator('dd').first()).not.toContainText('—');
    await expect(rate.getByTestId('rate-not-computed')).toContainText(
      lang === 'zh' ? '分母(行政复议总计)为 0' : 'the denominator (all reviews) is 0',
    );
  });
}
