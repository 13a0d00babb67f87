// /table: every jurisdiction of a year, sorted and filtered in SQL, state in the URL, exports.
import { expect, test } from '@playwright/test';

test('sort by 新收: 宁波 (3517) first among the 2020 reports', async ({ page }) => {
  await page.goto('/table?y=2020');
  await page.getByRole('link', { name: /^本年新收/ }).click();
  await expect(page).toHaveURL(/sort=applications\.new\.total/);
  const first = page.locator('tbody tr').first();
  await expect(first.getByRole('rowheader')).toContainText('宁波市');
  await expect(first).toContainText('3,517');
  await expect(page.locator('tbody tr').nth(1).getByRole('rowheader')).toContainText('阜阳市');
  // the view survives a reload from its URL
  await page.reload();
  await expect(page.locator('tbody tr').first().getByRole('rowheader')).toContainText('宁波市');
});

test('filters by province and scope; the form lands on a short URL', async ({ page }) => {
  await page.goto('/table?y=2020');
  await page.getByLabel('省份').selectOption('安徽省');
  await expect(page).toHaveURL(/province=/);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('阜阳市');
  await page.goto('/table?y=2020&scope=agency');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('乌兰察布市政府办公室');
});

test('quality check filters: any failed check, or one named check', async ({ page }) => {
  await page.goto('/table?y=2023&failed=1');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  // 洪泽区 2023: tables (the 2021 sub-rows of (六) not printed) and sums fail; text and sections pass
  const cell = page.locator('tbody tr').first().locator('[data-quality]');
  await expect(cell).toHaveAttribute('data-quality', '2/4');
  await expect(cell).toHaveAttribute('title', /勾稽关系/);
  await page.getByLabel('体检').selectOption('continuity');
  await expect(page).toHaveURL(/check=continuity/);
  await expect(page.locator('tbody tr')).toHaveCount(0);
  await page.goto('/table?y=2023&check=sums&lang=en');
  await expect(page.locator('tbody tr')).toHaveCount(1);
});

test('the whole filtered result downloads as CSV with a BOM and as JSON', async ({ page, request }) => {
  await page.goto('/table?y=2020&sort=applications.new.total');
  const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
  const csv = await request.get(csvHref!);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const text = (await csv.body()).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(5);
  expect(lines[1]).toContain('宁波市');
  expect(lines[2]).toContain('阜阳市人民政府');
  expect(lines[2]).toContain(',835,');
  const json = await (await request.get((await page.getByRole('link', { name: 'JSON' }).getAttribute('href'))!)).json();
  expect(json.total).toBe(4);
  expect(json.rows[1].cells['applications.new.total']).toEqual({ value: 835, provenance: 'table' });
});

test('a submitted form is answered with a redirect to the short address, before any rendering', async ({ request }) => {
  const answer = await request.get('/table?y=2020&province=&level=&scope=&dir=asc&lang=en', { maxRedirects: 0 });
  expect(answer.status()).toBe(307);
  expect(answer.headers()['location']).toBe('/table?y=2020&lang=en');
  expect(answer.headers()['x-frame-options']).toBe('DENY');
  // a canonical or unusable query is rendered, not redirected
  expect((await request.get('/table?y=2020&lang=en', { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get('/table?y=2020&sort=%3Cscript%3E&province=', { maxRedirects: 0 })).status()).toBe(200);
});

test('garbage parameters show a notice and the rest of the view', async ({ page }) => {
  const response = await page.goto('/table?y=2020&sort=%3Cscript%3E&cols=nope&page=-4');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('status').first()).toContainText('sort=<script>');
  await expect(page.locator('tbody tr')).toHaveCount(4);
});

test("a cell's reason is said once per kind (its description) and becomes its tooltip on hover, not printed in every cell", async ({
  page,
  request,
}) => {
  const html = await (await request.get('/table?y=2020&lang=en')).text();
  const sum = 'The report prints no such row; this is the sum of its sub-rows';
  // In the HTML as sent: in the description the cells point to (and its payload: the description,
  // the rows' reasons), however many cells have it.
  const cells = html.split('data-status="sum"').length - 1;
  expect(cells).toBeGreaterThan(3);
  expect(html.split(sum).length - 1).toBe(3);
  await page.goto('/table?y=2020&lang=en');
  const cell = page.locator('tbody [data-status="sum"]').first();
  await expect(cell).toHaveAttribute('aria-describedby', 'why-sum');
  await expect(page.locator('#why-sum')).toHaveText(sum);
  await cell.hover();
  await expect(cell).toHaveAttribute('title', sum);
  // A cell printed "/" keeps its own words.
  await page.goto('/table?y=2022&cols=active.normativeDocs.issued&lang=en');
  const slash = page.locator('tbody [data-status="notNumber"]').first();
  await expect(slash).toHaveAttribute('title', /^The cell prints “.+”: not a number/);
});
