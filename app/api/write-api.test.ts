// POST /api/reports and every bad input of issue 6: token checks and their rate limit, the size
// limit (declared and streamed), content sniffing, refusals that save nothing, corrections, and a
// server that keeps answering afterwards.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiReportDetail } from '@/lib/domain';
import { resetRateLimits } from '@/lib/http/rate-limit';
import { docxBomb } from '@/lib/ingest/testing/hostile';
import { bearer, get, multipart, params, raw, startHarness, type Harness } from '@/lib/http/testing/harness';
import {
  bigStream,
  ELF,
  gbkReport,
  HTML_WITH_SCRIPT,
  noise,
  PNG,
  reportAsHtmlWithScript,
  reportFile,
  scannedPdf,
  ZIP,
} from '@/lib/http/testing/inputs';

vi.mock('server-only', () => ({}));

let harness: Harness;
let reports: typeof import('./reports/route');
let report: typeof import('./reports/[id]/route');
let jurisdictions: typeof import('./jurisdictions/route');

beforeAll(async () => {
  harness = await startHarness();
  reports = await import('./reports/route');
  report = await import('./reports/[id]/route');
  jurisdictions = await import('./jurisdictions/route');
});
afterAll(async () => harness?.stop());
beforeEach(() => resetRateLimits());
afterEach(() => vi.unstubAllEnvs());

async function reportCount(): Promise<number> {
  const { pool } = await import('@/lib/db/client');
  return Number((await pool.query('SELECT count(*) AS n FROM report')).rows[0].n);
}

async function errorOf(response: Response) {
  return (
    (await response.json()) as { error: { code: string; message: string; refusal?: { code: string; message: { zh: string; en: string } } } }
  ).error;
}

const SEED = 'seeds/000-fuyang-2020.txt';

describe('authentication', () => {
  it('answers 401 without detail for a missing or wrong token', async () => {
    const missing = await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt'));
    const wrong = await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt', bearer('not-the-token')));
    const malformed = await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt', { authorization: 'Basic abc' }));
    for (const r of [missing, wrong, malformed]) expect(r.status).toBe(401);
    const bodies = await Promise.all([missing, wrong, malformed].map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toMatch(/token|wrong|missing/i);
    expect(await reportCount()).toBe(0);
  });

  it('rate-limits repeated wrong tokens with 429 and Retry-After, and still takes the right one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt', bearer(`guess-${i}`)))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt', bearer('guess-7')));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Counters delay only wrong tokens: a flood of guesses never locks out the officer (issue 12).
    const right = await reports.POST(multipart('/api/reports', reportFile('seeds/004-shangqiu-2017.txt'), 'b.txt', bearer()));
    expect(right.status).toBe(201);
    expect(await reportCount()).toBe(1);
  });

  it('is disabled (503) when INGEST_TOKEN is not set', async () => {
    vi.stubEnv('INGEST_TOKEN', '');
    const response = await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt', bearer()));
    expect(response.status).toBe(503);
    expect((await errorOf(response)).code).toBe('disabled');
  });

  it('rate-limits writes per client', async () => {
    // A body without a file is answered before any reading, far faster than the bucket refills (2/s).
    const noFile = (client: string) => {
      const form = new FormData();
      form.set('note', 'no file');
      return new Request('http://localhost/api/reports', {
        method: 'POST',
        body: form,
        headers: { ...bearer(), 'x-forwarded-for': client },
      });
    };
    const statuses = new Set<number>();
    for (let i = 0; i < 400 && !statuses.has(429); i++) statuses.add((await reports.POST(noFile('10.9.0.1'))).status);
    expect([...statuses].sort()).toEqual([400, 429]);
    // Another client still writes.
    expect((await reports.POST(noFile('10.9.0.2'))).status).toBe(400);
  });
});

describe('saving', () => {
  it('saves a report (201 with id and issues), then recognises the same bytes (200, same id)', async () => {
    const first = await reports.POST(multipart('/api/reports', reportFile(SEED), '000-fuyang-2020.txt', bearer()));
    expect(first.status).toBe(201);
    const saved = (await first.json()) as { status: string; id: number; issues: unknown[]; jurisdiction: { name: string }; year: number };
    expect(saved).toMatchObject({ status: 'saved', jurisdiction: { name: '阜阳市' }, year: 2020 });
    expect(Array.isArray(saved.issues)).toBe(true);
    expect(first.headers.get('location')).toBe(`/api/reports/${saved.id}`);
    const again = await reports.POST(raw('/api/reports', reportFile(SEED) as BodyInit, 'renamed.txt', bearer()));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'duplicate', id: saved.id });
  });

  it('records meta corrections with the parsed value, the corrected value and the time', async () => {
    const file = reportFile('seeds/003-wulanchabu-office-2020.txt');
    const response = await reports.POST(
      multipart('/api/reports', file, 'w.txt', bearer(), { corrections: JSON.stringify({ scope: 'aggregate', year: 2020 }) }),
    );
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    const detail = (await (await report.GET(get(`/api/reports/${id}`), params({ id: String(id) }))).json()) as ApiReportDetail;
    expect(detail.scope).toBe('aggregate');
    expect(detail.corrections).toEqual({
      scope: { parsed: 'agency', corrected: 'aggregate', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
  });

  it('refuses corrections of anything but body, year and scope', async () => {
    const response = await reports.POST(
      multipart('/api/reports', reportFile('seeds/002-ningbo-2020.txt'), 'n.txt', bearer(), {
        corrections: '{"figures":{"applications.new.total":1}}',
      }),
    );
    expect(response.status).toBe(400);
  });

  it('reads GBK-encoded text', async () => {
    const response = await reports.POST(raw('/api/reports', gbkReport() as BodyInit, 'yiyang-gbk.txt', bearer()));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    const detail = (await (await report.GET(get(`/api/reports/${id}`), params({ id: String(id) }))).json()) as ApiReportDetail;
    expect(detail.jurisdiction.name).toBe('弋阳县');
    expect(detail.figures.find((f) => f.key === 'applications.new.total')?.value).toBe(3);
  });

  it('reads a report page with scripts in it and keeps none of the script', async () => {
    const response = await reports.POST(raw('/api/reports', reportAsHtmlWithScript() as BodyInit, 'ningbo.html', bearer()));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    const { pool } = await import('@/lib/db/client');
    const { rows } = await pool.query('SELECT text FROM report_source WHERE report_id = $1', [id]);
    expect(rows[0].text).toContain('宁波');
    expect(rows[0].text).not.toContain('alert');
  });
});

describe('the same report in other bytes', () => {
  it('stores a UTF-16 copy of a stored report as its second source (200 merged); the report lists both and serves each original', async () => {
    const yiyang = new TextDecoder().decode(reportFile('seeds/001-yiyang-2020.txt'));
    const first = await reports.POST(raw('/api/reports', new TextEncoder().encode(yiyang) as BodyInit, 'yiyang.txt', bearer()));
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(yiyang, 'utf16le'))]);
    const copy = await reports.POST(raw('/api/reports', utf16 as BodyInit, 'yiyang-utf16.txt', bearer()));
    expect(copy.status).toBe(200);
    const merged = (await copy.json()) as { status: string; id: number; shown: boolean };
    const id = first.status === 201 ? ((await first.json()) as { id: number }).id : merged.id;
    expect(merged).toMatchObject({ status: 'merged', id, shown: false, jurisdiction: { name: '弋阳县' }, year: 2020 });
    expect(copy.headers.get('location')).toBe(`/api/reports/${id}`);

    const detail = (await (await report.GET(get(`/api/reports/${id}`), params({ id: String(id) }))).json()) as ApiReportDetail;
    const byName = Object.fromEntries(detail.sources.map((s) => [s.fileName, s]));
    expect(byName['yiyang-utf16.txt']).toMatchObject({
      shown: false,
      encoding: 'utf-16le',
      fileType: 'txt',
      documentUrl: null,
      pagePublishedOn: null,
    });
    expect(detail.sources[0]!.shown).toBe(true);
    expect(detail.sources.filter((s) => s.shown)).toHaveLength(1);
    expect(detail.contentHash).toBe(detail.sources[0]!.contentHash);
    expect(detail.sources[1]!.tableFigures).toBe(detail.sources[0]!.tableFigures);

    const { GET: original } = await import('@/app/reports/[id]/original/route');
    const second = await original(get(byName['yiyang-utf16.txt']!.originalUrl), params({ id: String(id) }));
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(utf16);
    const shown = await original(get(`/reports/${id}/original`), params({ id: String(id) }));
    expect(shown.headers.get('content-disposition')).toContain(encodeURIComponent(detail.sources[0]!.fileName));
    const elsewhere = await original(get(`/reports/${id}/original?source=999999`), params({ id: String(id) }));
    expect(elsewhere.status).toBe(404);
  });
});

describe('bad input', () => {
  const refusals: [string, () => Uint8Array, string, string][] = [
    ['an empty file', () => new Uint8Array(0), 'empty.txt', 'EMPTY'],
    ['binary noise', () => noise(4096), 'noise.txt', 'BINARY'],
    ['an archive named .pdf', ZIP, 'report.pdf', 'ARCHIVE'],
    ['an executable', () => ELF, 'report.docx', 'EXECUTABLE'],
    ['a web page with scripts and no report', () => HTML_WITH_SCRIPT, 'notice.html', 'NOT_A_REPORT'],
    ['a decompression bomb (a .docx of 100 MB inflated)', () => docxBomb(), 'report.docx', 'COMPRESSION_RATIO'],
  ];
  for (const [what, bytes, name, code] of refusals) {
    it(`refuses ${what} with a reason (422) and saves nothing`, async () => {
      const before = await reportCount();
      const response = await reports.POST(multipart('/api/reports', bytes(), name, bearer()));
      expect(response.status).toBe(422);
      const error = await errorOf(response);
      expect(error.code).toBe('refused');
      expect(error.refusal?.code).toBe(code);
      expect(error.refusal?.message.zh).not.toBe('');
      expect(error.message).toBe(error.refusal?.message.en);
      expect(await reportCount()).toBe(before);
    });
  }

  // Scans are not refused: recognition is queued (lib/ocr), and the report is saved when it ends.
  for (const [what, bytes, name] of [
    ['a scanned PDF', scannedPdf, 'scan.pdf'],
    ['an image named .txt', () => PNG, 'report.txt'],
  ] as const) {
    it(`queues ${what} for recognition (202 with the job's address) and saves no report yet`, async () => {
      const before = await reportCount();
      const response = await reports.POST(multipart('/api/reports', bytes(), name, bearer()));
      expect(response.status).toBe(202);
      const answer = (await response.json()) as { status: string; job: { id: number; url: string } };
      expect(answer.status).toBe('queued');
      expect(answer.job.url).toBe(`/api/ocr-jobs/${answer.job.id}`);
      expect(response.headers.get('location')).toBe(answer.job.url);
      expect(await reportCount()).toBe(before);
    });
  }

  it('refuses a 50 MB body by its Content-Length before reading it (413)', async () => {
    const body = bigStream(50);
    const response = await reports.POST(
      raw('/api/reports', body.stream, 'big.txt', { ...bearer(), 'content-length': String(50 * 1024 * 1024) }),
    );
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toContain('20 MB');
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a 50 MB body without Content-Length at the limit (413)', async () => {
    const body = bigStream(50);
    const response = await reports.POST(raw('/api/reports', body.stream, 'big.txt', bearer()));
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(22);
  });

  it('takes its limit from MAX_UPLOAD_BYTES', async () => {
    vi.stubEnv('MAX_UPLOAD_BYTES', '1000');
    const response = await reports.POST(multipart('/api/reports', reportFile(SEED), 'a.txt', bearer()));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'too_large', limitBytes: 1000 } });
  });

  it('refuses a multipart body without a file (400)', async () => {
    const form = new FormData();
    form.set('note', 'no file here');
    const response = await reports.POST(new Request('http://localhost/api/reports', { method: 'POST', body: form, headers: bearer() }));
    expect(response.status).toBe(400);
  });

  it('answers other requests while a bomb is being read, and refuses the bomb', async () => {
    const bomb = reports.POST(multipart('/api/reports', docxBomb(), 'bomb.docx', bearer()));
    const reads = await Promise.all([1, 2, 3].map(() => jurisdictions.GET(get('/api/jurisdictions'))));
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
    const refused = await bomb;
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).refusal?.code).toBe('COMPRESSION_RATIO');
  });

  it('keeps serving reads after all of the above', async () => {
    const response = await jurisdictions.GET(get('/api/jurisdictions'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  });
});
