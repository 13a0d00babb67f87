// Every route's query parameters, enumerated from their parsers' name lists (lib/view-state for the
// pages, lib/http/api-params for the API), each given hostile values: quotes, NUL, an unpaired
// surrogate (%ED%A0%80) and other broken UTF-8, control characters, huge and negative numbers,
// cursors past PostgreSQL's int4, 3,000 characters, the parameter given twice. Bounded (a fixed
// list, no randomness) and it fails on any 5xx. Path segments (/j/<slug>, /reports/<id>…) too.
// Then the issue's exact cases with the answer each must get.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { FIGURES_PARAMS, JURISDICTIONS_PARAMS, PICKER_PARAMS, REPORTS_PARAMS } from '../lib/http/api-params';
import { provinceSlug } from '../lib/db/jurisdictions/province-slugs';
import { COVERAGE_PARSERS } from '../lib/view-state/coverage-params';
import { COMPARE_PARSERS } from '../lib/view-state/parse-compare-params';
import { PROVINCE_PARSERS } from '../lib/view-state/province-params';
import { HOME_PARSERS } from '../lib/view-state/home-params';
import { JURISDICTION_PARSERS } from '../lib/view-state/jurisdiction-params';
import { paramNames } from '../lib/view-state/params';
import { REPORT_PARSERS } from '../lib/view-state/report-params';
import { TABLE_PARSERS } from '../lib/view-state/table-params';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Query values as they appear in an address (already %-encoded where that matters). */
const HOSTILE = [
  '%00',
  'a%00b',
  '%ED%A0%80', // an unpaired surrogate (U+D800) in UTF-8
  '%C0%80', // an overlong NUL
  '%FF%FE',
  '%01%1F%7F',
  "'",
  '%22%3E%3Cscript%3E',
  "1'%20OR%20'1'='1",
  '%25%5F%5C',
  '-1',
  '0',
  '2147483648',
  '99999999999999999999999',
  '1e309',
  b64('2147483648'),
  b64('99999999999:applications.new.total'),
  b64('\u0000'),
  'x'.repeat(3000),
  encodeURIComponent('安徽省\u0000'),
];
/** For the routes that draw or export (a PNG per request): the values that broke things, not all. */
const FEW = ['%00', '%ED%A0%80', "'", '2147483648', 'x'.repeat(3000)];

/** Every route file under app/, as a route pattern (/j/[slug], /api/figures…). */
function appRoutes(dir = path.resolve(import.meta.dirname, '../app'), prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return appRoutes(full, `${prefix}/${name}`);
    return /^(page|route)\.tsx?$/.test(name) ? [prefix || '/'] : [];
  });
}

interface RouteCase {
  pattern: string;
  names: string[];
  values: string[];
  /** Behind the ingest token: the test server has none, so its documented 503 `disabled` is expected. */
  disabled?: true;
}

/** GET routes and the parameters each reads; the ingest write routes take bodies, not queries. */
const ROUTES: RouteCase[] = [
  { pattern: '/', names: paramNames(HOME_PARSERS), values: HOSTILE },
  { pattern: '/compare', names: paramNames(COMPARE_PARSERS), values: HOSTILE },
  { pattern: '/api/compare/data.json', names: paramNames(COMPARE_PARSERS), values: FEW },
  { pattern: '/api/compare/data.csv', names: paramNames(COMPARE_PARSERS), values: FEW },
  { pattern: '/api/compare/data.zip', names: paramNames(COMPARE_PARSERS), values: FEW },
  { pattern: '/api/compare/preview.png', names: paramNames(COMPARE_PARSERS), values: FEW },
  { pattern: '/table', names: paramNames(TABLE_PARSERS), values: HOSTILE },
  { pattern: '/table/export', names: [...paramNames(TABLE_PARSERS), 'format'], values: FEW },
  { pattern: '/j/[slug]', names: paramNames(JURISDICTION_PARSERS), values: HOSTILE },
  { pattern: '/reports/[id]', names: paramNames(REPORT_PARSERS), values: HOSTILE },
  { pattern: '/reports/[id]/original', names: ['source'], values: HOSTILE },
  { pattern: '/ingest', names: ['lang', 'signin', 'retry'], values: HOSTILE },
  { pattern: '/api/jurisdictions', names: Object.keys(JURISDICTIONS_PARAMS), values: HOSTILE },
  { pattern: '/api/reports', names: Object.keys(REPORTS_PARAMS), values: HOSTILE },
  { pattern: '/api/figures', names: Object.keys(FIGURES_PARAMS), values: HOSTILE },
  { pattern: '/api/compare/jurisdictions', names: Object.keys(PICKER_PARAMS), values: HOSTILE },
  { pattern: '/api/reports/[id]', names: ['x'], values: FEW },
  { pattern: '/api/health', names: ['x'], values: FEW },
  { pattern: '/coverage', names: paramNames(COVERAGE_PARSERS), values: HOSTILE },
  { pattern: '/coverage/export', names: [...paramNames(COVERAGE_PARSERS), 'format'], values: FEW },
  { pattern: '/embed/compare', names: paramNames(COMPARE_PARSERS), values: FEW },
  { pattern: '/methods', names: ['lang'], values: HOSTILE },
  { pattern: '/p/[slug]', names: paramNames(PROVINCE_PARSERS), values: HOSTILE },
  { pattern: '/api/ocr-jobs/[id]', names: ['x'], values: FEW },
  { pattern: '/api/ocr-pages/[hash]/[page]', names: ['x'], values: FEW },
  // Behind the ingest session: without one the answer is 401/503 whatever the parameters.
  { pattern: '/api/collect/jobs', names: ['seeds'], values: FEW, disabled: true },
];
const BODY_ONLY = ['/api/ingest/preview', '/api/ingest/save', '/api/ingest/session', '/api/ingest/sign-out', '/api/collect/dry-run'];

let slug = '';
let reportId = 0;

test.beforeAll(async ({ request }) => {
  slug = (await (await request.get('/api/jurisdictions?limit=1')).json()).data[0].slug;
  reportId = (await (await request.get('/api/reports?limit=1')).json()).data[0].id;
});

function concrete(pattern: string): string {
  const pathSlug = pattern.startsWith('/p/') ? provinceSlug('安徽省')! : slug;
  return pattern.replace('[slug]', pathSlug).replace('[id]', String(reportId)).replace('[hash]', 'a'.repeat(64)).replace('[page]', '1');
}

/** Sends every address, four at a time; returns those answered 5xx (or not at all). */
async function serverErrors(request: APIRequestContext, urls: string[], disabled = false): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      try {
        const response = await request.get(url, { maxRedirects: 0, timeout: 60_000 });
        const expected = disabled && response.status() === 503 && (await response.json()).error?.code === 'disabled';
        if (response.status() >= 500 && !expected) failures.push(`${response.status()} ${url.slice(0, 200)}`);
      } catch (error) {
        failures.push(`no answer ${url.slice(0, 200)}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failures;
}

test('the fuzz list covers every route of the app', () => {
  const covered = new Set([...ROUTES.map((r) => r.pattern), ...BODY_ONLY]);
  expect(appRoutes().filter((route) => !covered.has(route))).toEqual([]);
});

for (const route of ROUTES) {
  test(`no 5xx from ${route.pattern} for hostile values of ${route.names.join(', ')}`, async ({ request }) => {
    test.setTimeout(600_000);
    const base = concrete(route.pattern);
    const urls: string[] = [];
    for (const name of route.names) {
      for (const value of route.values) urls.push(`${base}?${name}=${value}`);
      urls.push(`${base}?${name}=1&${name}=${route.values[0]}&${name}=2`);
    }
    urls.push(`${base}?${route.names.map((n) => `${n}=%00`).join('&')}`);
    urls.push(`${base}?%00=1&${'unknown'.repeat(300)}=2`);
    expect(await serverErrors(request, urls, route.disabled)).toEqual([]);
  });
}

test('no 5xx for hostile path segments', async ({ request }) => {
  test.setTimeout(600_000);
  const segments = [...HOSTILE.filter((v) => v.length < 100), '..', '%2F', '%2e%2e', 'x'.repeat(3000)];
  const urls = segments.flatMap((s) => [
    `/j/${s}`,
    `/p/${s}`,
    `/reports/${s}`,
    `/reports/${s}/original`,
    `/api/reports/${s}`,
    `/api/ocr-jobs/${s}`,
    `/api/ocr-pages/${s}/${s}`,
    `/${s}`,
  ]);
  expect(await serverErrors(request, urls)).toEqual([]);
});

test('the issue’s cases: NUL in province, q and a slug, a cursor past int4', async ({ request }) => {
  const compare = await request.get('/compare?province=%00');
  expect(compare.status()).toBe(200);
  const html = await compare.text();
  expect(html).toContain('data-testid="notices"');
  expect(html).toContain('含有控制字符');
  expect((await request.get('/api/jurisdictions?province=%00')).status()).toBe(400);
  expect((await request.get('/api/compare/jurisdictions?q=%00')).status()).toBe(400);
  expect((await request.get('/api/compare/jurisdictions?province=%00')).status()).toBe(400);
  expect((await request.get('/j/%00')).status()).toBe(404);
  const cursor = await request.get('/api/reports?cursor=MjE0NzQ4MzY0OA');
  expect(cursor.status()).toBe(400);
  expect((await cursor.json()).error.param).toBe('cursor');
  expect((await request.get(`/api/figures?key=applications.new.total&cursor=${b64('2147483648:applications.new.total')}`)).status()).toBe(
    400,
  );
  // The largest int4 is still a cursor: past every row, an empty page.
  const last = await request.get(`/api/reports?cursor=${b64(String(2 ** 31 - 1))}`);
  expect(last.status()).toBe(200);
  expect((await last.json()).data).toEqual([]);
});
