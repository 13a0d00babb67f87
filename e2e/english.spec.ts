// Pages that read as their language, against the bundled reports: every page's <title> is in the
// page's language, counts of reports agree in number in English ("1 report", "2 reports"), and the
// province dropdowns of /table and /compare name provinces in English (the Chinese beside).
import { expect, test, type Page } from '@playwright/test';
import { withLang as withLangOf } from '../lib/i18n/lang';
import { reportId, withLang } from './helpers/pages';

const HAN = /\p{Script=Han}/u;
const SITE = { zh: '政府信息公开年报数据', en: 'Disclosure Report Data' } as const;

for (const lang of ['zh', 'en'] as const) {
  test(`page titles are in the page's language (${lang})`, async ({ page }) => {
    // Thirteen pages, /methods among them, which scores the gold set on its first visit (tens of seconds on a loaded machine).
    test.setTimeout(180_000);
    const report = await reportId(page, 'hongze-320813', 2023);
    const place = lang === 'zh' ? '洪泽区' : 'Hongze District 洪泽区';
    const pages: [string, string | RegExp][] = [
      ['/', SITE[lang]],
      ['/compare', new RegExp(` · ${SITE[lang]}$`)],
      ['/table', `${lang === 'zh' ? '总表' : 'All jurisdictions'} · ${SITE[lang]}`],
      ['/coverage', `${lang === 'zh' ? '谁公开了年报' : 'Who published'} · ${SITE[lang]}`],
      ['/j/hongze-320813', `${place} · ${SITE[lang]}`],
      [`/reports/${report}`, lang === 'zh' ? /^2023 · .*洪泽区.* · 政府信息公开年报数据$/ : `2023 · ${place} · ${SITE.en}`],
      ['/methods', `${lang === 'zh' ? '方法与准确度' : 'Methods and accuracy'} · ${SITE[lang]}`],
      ['/p/jiangsu-320000', `${lang === 'zh' ? '江苏省' : 'Jiangsu 江苏省'} · ${SITE[lang]}`],
      ['/ingest', `${lang === 'zh' ? '上传年度报告' : 'Upload annual reports'} · ${SITE[lang]}`],
      [
        '/embed/compare?y=2020',
        `${lang === 'zh' ? '本年新收政府信息公开申请数量 · 2020 年' : 'New applications this year · 2020'} · ${SITE[lang]}`,
      ],
      // Not found: a place, a report, an address that names no page.
      ['/j/atlantis-990000', `${lang === 'zh' ? '找不到这个辖区' : 'Jurisdiction not found'} · ${SITE[lang]}`],
      ['/reports/99999999', `${lang === 'zh' ? '找不到这份报告' : 'Report not found'} · ${SITE[lang]}`],
      ['/no/such/page', `${lang === 'zh' ? '找不到这个页面' : 'Page not found'} · ${SITE[lang]}`],
    ];
    for (const [path, title] of pages) {
      await page.goto(withLang(path, lang));
      await expect(page, path).toHaveTitle(title);
      // In English nothing but a place's own name is left in Chinese.
      if (lang === 'en') expect((await page.title()).replace(/洪泽区|江苏省/g, ''), path).not.toMatch(HAN);
    }
  });

  test(`the province dropdowns of /table and /compare name provinces in the page's language (${lang})`, async ({ page }) => {
    const named = lang === 'zh' ? /^\p{Script=Han}+省?$/u : /^[A-Z][A-Za-z ]+ \p{Script=Han}+$/u;
    await page.goto(withLang('/table', lang));
    const table = page.locator('select[name="province"]');
    const tableOptions = (await table.locator('option:not([value=""])').allTextContents()).map((t) => t.trim());
    expect(tableOptions.length).toBeGreaterThan(1);
    for (const option of tableOptions) expect(option).toMatch(named);
    expect(tableOptions).toContain(lang === 'zh' ? '江苏省' : 'Jiangsu 江苏省');
    // Choosing one still filters by the province itself (the URL keeps the Chinese name).
    await table.selectOption('江苏省');
    await expect(page).toHaveURL(/province=%E6%B1%9F%E8%8B%8F%E7%9C%81/);
    await expect(page.locator('select[name="province"] option:checked')).toHaveText(lang === 'zh' ? '江苏省' : 'Jiangsu 江苏省');

    await page.goto(withLang('/compare', lang));
    const compare = page.getByTestId('province-filter');
    const compareOptions = (await compare.locator('option:not([value=""])').allTextContents()).map((t) => t.trim());
    expect(compareOptions.length).toBeGreaterThan(1);
    for (const option of compareOptions) expect(option.replace(/ \(\d+\)$/, '')).toMatch(named);
    expect(compareOptions.some((o) => o.startsWith(lang === 'zh' ? '江苏省 (' : 'Jiangsu 江苏省 ('))).toBe(true);
  });
}

/** Every "<n> report(s)" / "<n> jurisdiction(s)" in the texts agrees in number; the counts seen. */
function agreeInNumber(texts: readonly string[]): number[] {
  const seen: number[] = [];
  for (const text of texts) {
    for (const [phrase, digits, , plural] of text.matchAll(/(\d[\d,]*) (report|jurisdiction)(s?)\b/g)) {
      const n = Number(digits!.replace(/,/g, ''));
      expect(plural === 's', `"${phrase}" in "${text}"`).toBe(n !== 1);
      seen.push(n);
    }
  }
  return seen;
}

async function texts(page: Page, selector: string, attribute?: string): Promise<string[]> {
  const nodes = page.locator(selector);
  await expect(nodes.first()).toBeAttached();
  return attribute
    ? (await nodes.evaluateAll((ns, a) => ns.map((n) => n.getAttribute(a) ?? ''), attribute)).filter(Boolean)
    : nodes.allTextContents();
}

test('counts of reports agree in number in English: "1 report", "2 reports"', async ({ page }) => {
  await page.goto('/?lang=en');
  // The home page's year chips and its provinces' counts.
  const chips = agreeInNumber(await texts(page, 'nav a[title]', 'title'));
  const provinces = agreeInNumber(await texts(page, '[data-testid="province-group"] h3'));
  // A province's page counts the reports it checked.
  await page.goto('/p/anhui-340000?lang=en');
  const anhui = agreeInNumber(await texts(page, 'section#checks'));
  await page.goto('/p/jiangsu-320000?lang=en');
  const jiangsu = agreeInNumber(await texts(page, 'section#checks'));
  // Both numbers are met, so the test can tell them apart.
  const all = [...chips, ...provinces, ...anhui, ...jiangsu];
  expect(all).toContain(1);
  expect(all.some((n) => n > 1)).toBe(true);
  // In the bundled data Anhui holds one checked report (阜阳 2020), Jiangsu two.
  expect(anhui).toEqual([1]);
  expect(jiangsu).toEqual([2]);
});

test('English pages name places and provinces in English with the Chinese beside: report header, province view, coverage', async ({
  page,
}) => {
  const report = await reportId(page, 'hongze-320813', 2023);
  await page.goto(`/reports/${report}?lang=en`);
  await expect(page.getByTestId('report-kicker')).toContainText('Hongze District 洪泽区 · Jiangsu 江苏省');
  await page.goto('/p/jiangsu-320000?y=2024&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jiangsu 江苏省 · 2024');
  await expect(page.getByTestId('province-ranking')).toContainText('Hongze District 洪泽区');
  await page.goto('/coverage?lang=en');
  await expect(page.locator('tr[data-province="江苏省"] a').first()).toHaveText('Jiangsu 江苏省');
});

test('the language switch in the HTML as sent (the header drawn before the live URL is read) leads to this page in the other language', async ({
  request,
}) => {
  const pages = [
    '/table?y=2020&sort=applications.new.total',
    '/compare?j=fuyang-341200,ningbo-330200&y=2020',
    '/coverage?province=江苏省',
    '/methods',
  ];
  for (const path of pages) {
    for (const lang of ['zh', 'en'] as const) {
      const answer = await request.get(withLang(path, lang), { maxRedirects: 0 });
      expect(answer.status()).toBe(200);
      const address = new URL(answer.url()).pathname + new URL(answer.url()).search;
      const html = await answer.text();
      const switches = [...html.matchAll(/<a [^>]*data-testid="lang-switch"[^>]*>/g)].map((a) => /href="([^"]*)"/.exec(a[0])![1]!);
      expect(switches.length, address).toBeGreaterThan(0);
      const other = new URL(withLangOf(address, lang === 'zh' ? 'en' : 'zh'), 'http://x');
      for (const href of switches) {
        const to = new URL(href.replace(/&amp;/g, '&'), 'http://x');
        expect(decodeURIComponent(to.pathname), address).toBe(decodeURIComponent(other.pathname));
        expect([...to.searchParams].sort(), address).toEqual([...other.searchParams].sort());
      }
    }
  }
});

test('the compare page’s chart options hold their English words, wide and on a phone', async ({ page }) => {
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/compare?lang=en');
    const options = page.getByRole('radiogroup', { name: 'Chart' });
    await expect(options).toContainText('Composition (100%)');
    // No option's words spill out of it (clipped by the group's rounded border).
    const spill = await options.evaluate((group) =>
      [group, ...group.children].map((el) => el.scrollWidth - el.clientWidth).filter((over) => over > 0),
    );
    expect(spill).toEqual([]);
  }
});
