// Every page of the dashboard under the Content-Security-Policy of proxy.ts, against the shared
// test server with the bundled reports: no violation, no console error, and the charts draw.
import { expect, test, type Page } from '@playwright/test';

async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

const PAGES = ['/', '/?lang=en', '/compare?j=fuyang-341200,ningbo-330200&y=2020', '/table?y=2020', '/j/fuyang-341200', '/ingest'];

for (const path of PAGES) {
  test(`${path} renders under the CSP without violations`, async ({ page }) => {
    const problems = await watch(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("'strict-dynamic'");
    await expect(page.locator('h1')).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('the charts draw (scripts and inline styles allowed where they must be)', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/compare?j=fuyang-341200,ningbo-330200&y=2020', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('compare-chart').locator('svg.recharts-surface')).toBeVisible();
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a report page opens under the CSP', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/table?y=2020', { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: '阜阳市', exact: true }).first().click();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toBeVisible();
  expect(problems).toEqual([]);
});
