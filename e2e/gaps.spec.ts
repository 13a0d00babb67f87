// Nothing misleads by silence, against the bundled reports: a picked place without a report in the
// year stays in chart, table, notices, CSV and JSON; the chosen year survives a change of chart
// kind; /j/<slug>?y= opens that year (report= wins); tables that were not read are said plainly in
// one notation; marks belong to the figures of the failed relation.
import { expect, test } from '@playwright/test';
import { barLabels } from './helpers/charts';

const GAP = '/compare?j=fuyang-341200,hongze-320813&y=2024';

for (const [lang, note, suffix] of [
  ['zh', '2024 年无报告', ''],
  ['en', 'no report for 2024', '&lang=en'],
] as const) {
  test(`a picked place without a report for 2024 stays in chart, table, notices, CSV and JSON (${lang})`, async ({ page }) => {
    await page.goto(`${GAP}${suffix}`);
    const chart = page.getByTestId('compare-chart');
    await expect(chart.locator('[data-notation="noReport"] text')).toHaveText(note);
    const labels = await barLabels(chart);
    expect(labels).toHaveLength(2);
    expect(labels[0]).toContain('洪泽区');
    expect(labels[1]).toContain('阜阳市');
    if (lang === 'en') expect(labels).toEqual(['Hongze District 洪泽区', 'Fuyang, Anhui 阜阳市']);
    const row = page.locator('tr[data-absent="fuyang-341200"]');
    await expect(row).toContainText('阜阳市');
    await expect(row).toContainText(note);
    const notice = page.getByTestId('notice-absent');
    await expect(notice).toContainText('阜阳市');
    // It offers the years the place has, as links to the same view in that year.
    await notice.getByRole('link', { name: '2020' }).click();
    await expect(page).toHaveURL(/y=2020/);
    // In 2020 it is 洪泽区 that has no report, and it says so in turn.
    await expect(page.getByTestId('notice-absent')).toContainText('洪泽区');
    await expect(page.getByTestId('notice-absent')).not.toContainText('阜阳市');

    const csv = await (await page.request.get(`/api/compare/data.csv?j=fuyang-341200,hongze-320813&y=2024${suffix}`)).text();
    expect(csv.split('\r\n').find((l) => l.startsWith('阜阳市'))).toContain(note);
    const json = (await (await page.request.get(`/api/compare/data.json?j=fuyang-341200,hongze-320813&y=2024${suffix}`)).json()) as {
      notices: { kind: string; message: string }[];
      rows: { slug: string; note: string | null; value: number | null }[];
    };
    expect(json.notices.map((n) => n.kind)).toEqual(['absent']);
    expect(json.notices[0]!.message).toContain('阜阳市');
    expect(json.rows.find((r) => r.slug === 'fuyang-341200')).toMatchObject({ note, value: null });
  });
}

for (const [lang, suffix, bars, trend, marked] of [
  ['zh', '', '柱状排序', '历年走势', '所选年份 2023'],
  ['en', '&lang=en', 'Ranked bars', 'Over the years', 'chosen year 2023'],
] as const) {
  test(`the chosen year is kept from bars to the trend (marked there) and back (${lang})`, async ({ page }) => {
    await page.goto(`/compare?j=hongze-320813,huaian-320800&y=2023${suffix}`);
    await page.getByText(trend, { exact: true }).click();
    await expect(page).toHaveURL(/chart=line/);
    expect(new URL(page.url()).searchParams.get('y')).toBe('2023');
    expect(new URL(page.url()).searchParams.get('lang')).toBe(lang === 'en' ? 'en' : null);
    await expect(page.getByTestId('compare-chart').locator('.marked-year')).toHaveCount(1);
    await expect(page.getByTestId('compare-chart')).toContainText(marked);
    await page.getByText(bars, { exact: true }).click();
    await expect(page).toHaveURL(/^(?!.*chart=line)/);
    expect(new URL(page.url()).searchParams.get('y')).toBe('2023');
    await expect(page.getByTestId('chart-subtitle')).toBeVisible();
    await expect(page.locator('h1')).toContainText('2023');
  });
}

test('/j/<slug>?y= opens that year; report= wins over y', async ({ page }) => {
  await page.goto('/j/hongze-320813?y=2023');
  await expect(page.getByTestId('current-report')).toContainText('2023 年');
  await page.goto('/j/hongze-320813?lang=en');
  const id2024 = await page.getByTestId('current-report').getByRole('link').getAttribute('href');
  const reportId = id2024!.match(/\/reports\/(\d+)/)![1];
  await page.goto(`/j/hongze-320813?y=2023&report=${reportId}&lang=en`);
  await expect(page.getByTestId('current-report')).toContainText('2024');
});

for (const lang of ['zh', 'en'] as const) {
  test(`tables that were not read are said plainly, in the one notation (${lang})`, async ({ page }) => {
    await page.goto(`/j/ningbo-330200${lang === 'en' ? '?lang=en' : ''}`);
    const said = page.getByTestId('tables-not-read');
    await expect(said).toContainText(lang === 'zh' ? '表格未能读取,仅从正文读取' : 'The tables could not be read; only');
    const listed = await said.locator('li').count();
    expect(listed).toBeGreaterThan(0);
    await expect(said).toContainText(lang === 'zh' ? `${listed} 个数字` : `${listed} figure`);
    await expect(page.locator('section#checks')).not.toContainText(lang === 'zh' ? '全部通过核验' : 'all passed');
    // Cells of the unread tables print the "not read" mark, defined in the legend and the footer.
    await expect(page.locator('section#table3 [data-status="absent"]').first()).toHaveText('…');
    for (const mark of ['…', '□', '/', '—']) await expect(page.getByTestId('notation')).toContainText(mark);
    await expect(page.locator('[data-notation="notRead"]')).toContainText('…');
  });
}

for (const [lang, suffix, name] of [
  ['zh', '', '洪泽区'],
  ['en', '&lang=en', 'Hongze District 洪泽区'],
] as const) {
  test(`a failed check marks the figures of its relation, not the whole report (${lang})`, async ({ page }) => {
    // 洪泽区 2023 fails table 4's sums: its new applications (table 3) carry no mark…
    await page.goto(`/compare?j=hongze-320813&y=2023${suffix}`);
    expect((await barLabels(page.getByTestId('compare-chart')))[0]).toBe(name);
    await expect(page.getByTestId('compare-table').locator('[data-flag="checks-failed"]')).toHaveCount(0);
    // …its review total does, with the relation named.
    await page.goto(`/compare?j=hongze-320813&y=2023&m=review.total${suffix}`);
    expect((await barLabels(page.getByTestId('compare-chart')))[0]).toBe(`${name} !`);
    const mark = page.getByTestId('compare-table').locator('[data-flag="checks-failed"]');
    await expect(mark).toHaveText('!');
    await expect(page.getByTestId('compare-table').locator('[role="tooltip"]')).toContainText(lang === 'zh' ? '行政复议' : 'review');
  });
}
