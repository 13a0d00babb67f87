// The API over real HTTP, on its own server (empty database, a token): what only a running Next
// shows: uploads over proxy.ts's 10 MB buffer are not truncated, a 50 MB upload and a decompression
// bomb are refused while the server keeps serving, HEAD and preflight answers, security headers on
// every kind of route, and a re-encoded copy listed as a source on the report page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from '../lib/http/testing/app-server';
import { docxBomb } from '../lib/ingest/testing/hostile';

const TOKEN = 'e2e-api-token-81d0';
let app: AppServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer({ INGEST_TOKEN: TOKEN, MAX_UPLOAD_BYTES: String(12 * 1024 * 1024) });
});
test.afterAll(async () => app?.stop());

const auth = { authorization: `Bearer ${TOKEN}` };

/** A body sent chunked (no Content-Length), so the route has to read it to know its size. */
async function postChunked(url: string, megabytes: number): Promise<Response> {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= megabytes) controller.close();
      else controller.enqueue(new Uint8Array(1024 * 1024).fill(0x41));
    },
  });
  return fetch(url, { method: 'POST', body, headers: { ...auth, 'x-file-name': 'stream.txt' }, duplex: 'half' } as RequestInit);
}

test('uploads are streamed to the route whole, not cut at the 10 MB proxy buffer', async () => {
  // The limit is 12 MB here: only a route that saw more than 10 MB can answer 413.
  const response = await postChunked(`${app.baseURL}/api/reports`, 15);
  expect(response.status).toBe(413);
});

test('a 50 MB upload gets 413, declared or streamed, and the server keeps serving', async ({ request }) => {
  const declared = await request.post(`${app.baseURL}/api/reports`, {
    headers: { ...auth, 'x-file-name': 'huge.txt' },
    data: Buffer.alloc(50 * 1024 * 1024, 0x41),
  });
  expect(declared.status()).toBe(413);
  expect((await declared.json()).error.code).toBe('too_large');
  expect((await postChunked(`${app.baseURL}/api/reports`, 50)).status).toBe(413);
  expect((await request.get(`${app.baseURL}/api/jurisdictions`)).status()).toBe(200);
});

test('HEAD and the CORS preflight answer without a body', async ({ request }) => {
  const head = await request.head(`${app.baseURL}/api/jurisdictions`);
  expect(head.status()).toBe(200);
  expect(head.headers()['etag']).toBeTruthy();
  const preflight = await request.fetch(`${app.baseURL}/api/reports`, {
    method: 'OPTIONS',
    headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-methods']).not.toContain('POST');
});

test('security headers on pages, API routes and upload routes; a fresh nonce per page', async ({ request }) => {
  const first = await request.get(`${app.baseURL}/ingest`);
  const second = await request.get(`${app.baseURL}/ingest`);
  const csp = first.headers()['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(second.headers()['content-security-policy']).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const routes = [
    await request.get(`${app.baseURL}/api/jurisdictions`),
    await request.get(`${app.baseURL}/api/reports`),
    await request.post(`${app.baseURL}/api/reports`, { headers: { 'x-file-name': 'a.txt' }, data: 'x' }),
    await request.post(`${app.baseURL}/api/ingest/preview`, { headers: { 'x-file-name': 'a.txt' }, data: 'x' }),
    first,
  ];
  for (const r of routes) {
    const h = r.headers();
    expect(h['x-content-type-options'], r.url()).toBe('nosniff');
    expect(h['referrer-policy'], r.url()).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], r.url()).toContain('camera=()');
    expect(h['content-security-policy'], r.url()).toContain("frame-ancestors 'none'");
  }
});

test('an uploaded web page with scripts downloads as a sandboxed attachment, never a live page', async ({ request }) => {
  const report = readFileSync(path.resolve('data/reports/seeds/002-ningbo-2020.txt'), 'utf8');
  const html = `<html><body><script>alert(1)</script>${report
    .split('\n')
    .map((l) => `<p>${l}</p>`)
    .join('')}</body></html>`;
  const saved = await request.post(`${app.baseURL}/api/reports`, { headers: { ...auth, 'x-file-name': 'ningbo.html' }, data: html });
  expect(saved.status()).toBe(201);
  const { id } = await saved.json();
  const original = await request.get(`${app.baseURL}/reports/${id}/original`);
  expect(original.status()).toBe(200);
  expect(original.headers()['content-disposition']).toMatch(/^attachment/);
  expect(original.headers()['content-security-policy']).toContain('sandbox');
  expect(original.headers()['x-content-type-options']).toBe('nosniff');
});

test('a decompression bomb is refused with its code while the server keeps answering other requests', async ({ request }) => {
  const bomb = request.post(`${app.baseURL}/api/reports`, {
    headers: { ...auth, 'x-file-name': 'report.docx' },
    data: Buffer.from(docxBomb()),
  });
  const reads = await Promise.all([1, 2, 3].map(() => request.get(`${app.baseURL}/api/jurisdictions`)));
  expect(reads.map((r) => r.status())).toEqual([200, 200, 200]);
  const refused = await bomb;
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.refusal).toMatchObject({ code: 'COMPRESSION_RATIO', httpStatus: 422 });
  expect((await request.get(`${app.baseURL}/api/reports`)).status()).toBe(200);
});

test('a re-encoded copy of a report is another source of it, listed on the report page', async ({ request, page }) => {
  const text = readFileSync(path.resolve('data/reports/seeds/001-yiyang-2020.txt'), 'utf8');
  const first = await request.post(`${app.baseURL}/api/reports`, { headers: { ...auth, 'x-file-name': 'yiyang.txt' }, data: text });
  expect(first.status()).toBe(201);
  const { id } = await first.json();
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const copy = await request.post(`${app.baseURL}/api/reports`, { headers: { ...auth, 'x-file-name': 'yiyang-utf16.txt' }, data: utf16 });
  expect(copy.status()).toBe(200);
  expect(await copy.json()).toMatchObject({ status: 'merged', id, shown: false });

  await page.goto(`${app.baseURL}/reports/${id}?lang=en`);
  const sources = page.getByTestId('report-sources');
  await expect(sources.locator('li')).toHaveCount(2);
  await expect(sources.locator('li[data-shown="true"]')).toContainText('yiyang.txt');
  await expect(sources.locator('li[data-shown="false"]')).toContainText('yiyang-utf16.txt');
  await expect(sources.locator('li[data-shown="false"]')).toContainText('utf-16le');
  const download = await request.get(`${app.baseURL}${await sources.locator('li[data-shown="false"] a').getAttribute('href')}`);
  expect(Buffer.from(await download.body()).equals(utf16)).toBe(true);
});
