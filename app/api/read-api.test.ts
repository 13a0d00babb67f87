// The public read API through its route handlers, on a throwaway PostgreSQL holding the bundled
// seeds and corpus reports (saved through POST /api/reports, as a script would).

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiFigureRow, ApiJurisdiction, ApiReport, ApiReportDetail, ApiReportListed, Page } from '@/lib/domain';
import { bearer, get, multipart, params, startHarness, type Harness } from '@/lib/http/testing/harness';
import { reportFile } from '@/lib/http/testing/inputs';

vi.mock('server-only', () => ({}));

const FILES = [
  'seeds/000-fuyang-2020.txt',
  'seeds/001-yiyang-2020.txt',
  'seeds/002-ningbo-2020.txt',
  'seeds/003-wulanchabu-office-2020.txt',
  'seeds/004-shangqiu-2017.txt',
  'corpus/pingtan_2022.txt',
  'corpus/huaian_city_2024.pdf',
];

let harness: Harness;
let jurisdictions: typeof import('./jurisdictions/route');
let reports: typeof import('./reports/route');
let report: typeof import('./reports/[id]/route');
let figures: typeof import('./figures/route');
const idOf: Record<string, number> = {};

beforeAll(async () => {
  harness = await startHarness();
  jurisdictions = await import('./jurisdictions/route');
  reports = await import('./reports/route');
  report = await import('./reports/[id]/route');
  figures = await import('./figures/route');
  for (const file of FILES) {
    const name = file.split('/')[1]!;
    const response = await reports.POST(multipart('/api/reports', reportFile(file), name, bearer()));
    expect(response.status, `${file}: ${await response.clone().text()}`).toBe(201);
    idOf[name] = ((await response.json()) as { id: number }).id;
  }
});

afterAll(async () => harness?.stop());

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function slugOf(name: string): Promise<string> {
  const page = await json<Page<ApiJurisdiction>>(await jurisdictions.GET(get('/api/jurisdictions?limit=500')));
  const j = page.data.find((x) => x.name === name);
  if (!j) throw new Error(`no jurisdiction ${name}`);
  return j.slug;
}

describe('GET /api/jurisdictions', () => {
  it('lists every jurisdiction by slug with its years, open to every origin', async () => {
    const response = await jurisdictions.GET(get('/api/jurisdictions'));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await json<Page<ApiJurisdiction>>(response);
    const slugs = page.data.map((j) => j.slug);
    expect(slugs).toEqual([...slugs].sort());
    const fuyang = page.data.find((j) => j.name === '阜阳市');
    expect(fuyang).toMatchObject({ province: '安徽省', reportCount: 1, years: [2020] });
    expect(page.nextCursor).toBeNull();
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const all = (await json<Page<ApiJurisdiction>>(await jurisdictions.GET(get('/api/jurisdictions')))).data.map((j) => j.slug);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<ApiJurisdiction> = await json(
        await jurisdictions.GET(get(`/api/jurisdictions?limit=2${cursor ? `&cursor=${cursor}` : ''}`)),
      );
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((j) => j.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('answers 304 to a matching If-None-Match and 200 when the data changed', async () => {
    const first = await jurisdictions.GET(get('/api/jurisdictions'));
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toContain('public');
    const again = await jurisdictions.GET(get('/api/jurisdictions', { 'if-none-match': etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await jurisdictions.GET(get('/api/jurisdictions?limit=1', { 'if-none-match': etag }));
    expect(other.status).toBe(200);
  });

  it('says which parameter is wrong and why', async () => {
    for (const [query, param] of [
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=!!', 'cursor'],
      ['level=Prefecture', 'level'],
      ['yaer=2020', 'yaer'],
    ] as const) {
      const response = await jurisdictions.GET(get(`/api/jurisdictions?${query}`));
      expect(response.status, query).toBe(400);
      const body = await json<{ error: { code: string; param: string; message: string } }>(response);
      expect(body.error).toMatchObject({ code: 'bad_parameter', param });
      expect(body.error.message).toContain(param);
    }
  });

  it('answers a CORS preflight for reading only', async () => {
    const response = await jurisdictions.OPTIONS(new Request('http://localhost/api/jurisdictions', { method: 'OPTIONS' }), undefined);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('GET /api/reports', () => {
  it('filters by year, scope, format and jurisdiction', async () => {
    const list = async (q: string) => (await json<Page<ApiReport>>(await reports.GET(get(`/api/reports?${q}`)))).data;
    const y2020 = await list('year=2020');
    expect(y2020.map((r) => r.jurisdiction.name).sort()).toEqual(['乌兰察布市', '宁波市', '弋阳县', '阜阳市'].sort());
    const agency = await list('scope=agency');
    expect(agency.map((r) => r.body)).toEqual(['乌兰察布市政府办公室']);
    expect((await list('format=2021')).map((r) => r.id).sort()).toEqual([idOf['pingtan_2022.txt'], idOf['huaian_city_2024.pdf']].sort());
    const fuyang = await list(`jurisdiction=${await slugOf('阜阳市')}`);
    expect(fuyang).toHaveLength(1);
    expect(fuyang[0]).toMatchObject({
      id: idOf['000-fuyang-2020.txt'],
      year: 2020,
      scope: 'aggregate',
      format: '2019',
      sourceFileType: 'txt',
    });
    expect(await list('year=1999')).toEqual([]);
  });

  it('gives each report the summary of its quality checks', async () => {
    const page = await json<Page<ApiReportListed>>(await reports.GET(get(`/api/reports?jurisdiction=${await slugOf('阜阳市')}`)));
    // 阜阳市 2020: every cell printed, sums hold, signed 2021-03-08 (before 31 March), text and sections agree;
    // no 2019 report is held, so "follows from last year" does not apply.
    expect(page.data[0]!.quality).toEqual({ passed: 5, failed: 0, decided: 5, unknown: 0, failedIds: [] });
  });

  it('pages in id order', async () => {
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<ApiReport> = await json(await reports.GET(get(`/api/reports?limit=3${cursor ? `&cursor=${cursor}` : ''}`)));
      ids.push(...page.data.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(Object.values(idOf).sort((a, b) => a - b));
  });

  it('refuses bad filters with the parameter named', async () => {
    for (const [query, param] of [
      ['year=20x0', 'year'],
      ['year=1800', 'year'],
      ['scope=all', 'scope'],
      ['format=2018', 'format'],
      ['jurisdiction=%3Cscript%3E', 'jurisdiction'],
      ['year=2020&year=2021', 'year'],
    ] as const) {
      const response = await reports.GET(get(`/api/reports?${query}`));
      expect(response.status, query).toBe(400);
      expect((await json<{ error: { param: string } }>(response)).error.param).toBe(param);
    }
  });
});

describe('GET /api/reports/<id>', () => {
  it('gives meta, every figure with provenance and span, and the issues', async () => {
    const id = idOf['000-fuyang-2020.txt']!;
    const response = await report.GET(get(`/api/reports/${id}`), params({ id: String(id) }));
    expect(response.status).toBe(200);
    const detail = await json<ApiReportDetail>(response);
    expect(detail).toMatchObject({ id, body: '阜阳市人民政府', year: 2020, jurisdiction: { name: '阜阳市' } });
    const byKey = new Map(detail.figures.map((f) => [f.key, f]));
    expect(byKey.get('applications.new.total')).toMatchObject({ value: 835, provenance: 'table' });
    expect(byKey.get('results.denied.thirdParty.otherOrg')?.value).toBe(11);
    expect(byKey.get('applications.new.total')?.span).toEqual([expect.any(Number), expect.any(Number)]);
    expect(Array.isArray(detail.issues)).toBe(true);
    expect(detail.quality).toMatchObject({ passed: 5, decided: 5 });
    expect(detail.checks!.map((c) => [c.id, c.status])).toEqual([
      ['tables', 'pass'],
      ['sums', 'pass'],
      ['continuity', 'na'],
      ['onTime', 'pass'],
      ['narrative', 'pass'],
      ['sections', 'pass'],
    ]);
    expect(detail.checks!.find((c) => c.id === 'onTime')!.numbers).toMatchObject({ date: '2021-03-08', deadline: '2021-03-31' });
  });

  it('is 404 for an unknown id and 400 for one that is not an id', async () => {
    expect((await report.GET(get('/api/reports/999999'), params({ id: '999999' }))).status).toBe(404);
    for (const id of ['abc', '0', '-1', '1e3', '99999999999']) {
      const response = await report.GET(get(`/api/reports/${id}`), params({ id }));
      expect(response.status, id).toBe(400);
    }
    const id = String(idOf['000-fuyang-2020.txt']);
    expect((await report.GET(get(`/api/reports/${id}?x=1`), params({ id }))).status).toBe(400);
  });
});

describe('GET /api/figures', () => {
  it('gives one key across the year, each with its report and jurisdiction', async () => {
    const page = await json<Page<ApiFigureRow>>(await figures.GET(get('/api/figures?key=applications.new.total&year=2020')));
    const byName = Object.fromEntries(page.data.map((f) => [f.jurisdiction.name, f.value]));
    expect(byName).toEqual({ 宁波市: 3517, 阜阳市: 835, 乌兰察布市: 6, 弋阳县: 3 });
    for (const f of page.data) {
      expect(f.year).toBe(2020);
      expect(['table', 'narrative', 'inferred']).toContain(f.provenance);
      expect(f.rule).not.toBe('');
    }
  });

  it('filters by jurisdiction and pages by (report, key)', async () => {
    const slug = await slugOf('阜阳市');
    const keys = 'applications.new.total,applications.carriedOver.total,results.total.total';
    const rows: ApiFigureRow[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<ApiFigureRow> = await json(
        await figures.GET(get(`/api/figures?key=${keys}&jurisdiction=${slug}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)),
      );
      rows.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['applications.carriedOver.total', 15],
      ['applications.new.total', 835],
      ['results.total.total', 813],
    ]);
  });

  it('gives CSV with a BOM that spreadsheets open as UTF-8', async () => {
    const response = await figures.GET(get('/api/figures?key=applications.new.total&year=2020&format=csv'));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('etag')).toBeTruthy();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('report_id,jurisdiction_slug,jurisdiction,year,body,scope,format,key,value,provenance,rule,raw,basis');
    expect(lines.some((l) => l.includes(',阜阳市,2020,阜阳市人民政府,aggregate,2019,applications.new.total,835,table,'))).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it('requires a key of the catalogue', async () => {
    for (const [query, param] of [
      ['year=2020', 'key'],
      ['key=applications.new', 'key'],
      ['key=applications.new.total&format=xlsx', 'format'],
      ['key=applications.new.total&cursor=MTI', 'cursor'],
    ] as const) {
      const response = await figures.GET(get(`/api/figures?${query}`));
      expect(response.status, query).toBe(400);
      expect((await json<{ error: { param: string } }>(response)).error.param).toBe(param);
    }
  });
});
