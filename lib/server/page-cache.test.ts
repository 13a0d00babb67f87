// The kept pages, through a real HTTP server whose "Next" renders like Next does (a CSP with a
// fresh nonce per request, the nonce in the HTML, the answer streamed in pieces): a page is
// rendered once per data version and address, every copy carries a nonce of its own in its header
// and body (gzip or not), and whatever else could change the answer is not kept or is kept apart.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { HTML_LIMITED_BOTS } from '@/lib/http/bots';
import { etagOf, matchesIfNoneMatch } from '@/lib/http/etag';
import { API_CSP, createNonce, pageCsp } from '@/lib/http/security-headers';
import { acceptsGzip, createPageCache, requestKey, type PageCache } from './page-cache';

let version = 1;
let renders: string[] = [];
/** What the fake Next does besides rendering, per path. */
let behaviour: (request: IncomingMessage, response: ServerResponse) => boolean = () => false;
let cache: PageCache;
let server: Server;
let base: string;

async function fakeNext(request: IncomingMessage, response: ServerResponse): Promise<void> {
  renders.push(request.url!);
  const nonce = createNonce();
  response.setHeader('Content-Security-Policy', pageCsp({ nonce, dev: false, https: false }));
  response.setHeader('Link', `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  if (behaviour(request, response)) return;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  // A render takes a while, so that concurrent requests meet it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  response.write(`<!DOCTYPE html><html><head><script nonce="${nonce}">boot()</script></head>`);
  response.write(Buffer.from(`<body>${request.url} v${version} 政府 host=${request.headers.host}</body>`));
  response.end(`<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></html>`);
}

beforeAll(async () => {
  cache = createPageCache({ dataVersion: async () => version, maxBytes: 1024 * 1024, env: {} });
  server = createServer((request, response) => void cache.serve(request, response, fakeNext));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  renders = [];
  behaviour = () => false;
  version += 1;
});

/** A request as a client sends it (fetch would not send a Host header, and would unzip). */
function send(path: string, headers: Record<string, string> = {}, method = 'GET', url = base) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; raw: Buffer }>((resolve, reject) => {
    const r = httpRequest(`${url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, raw: Buffer.concat(chunks) }));
    });
    r.on('error', reject);
    r.end();
  });
}

const nonceOf = (headers: IncomingMessage['headers']) => /'nonce-([^']+)'/.exec(String(headers['content-security-policy'] ?? ''))?.[1];

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await send(path, headers);
  return { response, body: response.raw.toString(), nonce: nonceOf(response.headers) };
}

/** Every nonce the page carries is the one its header names. */
function expectOneNonce(body: string, nonce: string | undefined) {
  expect(nonce).toBeTruthy();
  const inBody = [...body.matchAll(/nonce(?:=|\\":\\")\\?"?([A-Za-z0-9+/=]{20,})/g)].map((m) => m[1]);
  expect(inBody).toHaveLength(3);
  expect(new Set(inBody)).toEqual(new Set([nonce]));
}

describe('createPageCache', () => {
  it('renders a page once per data version, each copy with its own nonce', async () => {
    const first = await get('/compare?y=2020');
    const second = await get('/compare?y=2020');
    expect(renders).toEqual(['/compare?y=2020']);
    expect(second.body.replaceAll(second.nonce!, 'N')).toBe(first.body.replaceAll(first.nonce!, 'N'));
    expect(second.nonce).not.toBe(first.nonce);
    expectOneNonce(first.body, first.nonce);
    expectOneNonce(second.body, second.nonce);
    expect(second.response.headers.link).toContain(`nonce="${second.nonce}"`);
    expect(second.body).toContain('政府');

    version += 1;
    const third = await get('/compare?y=2020');
    expect(renders).toHaveLength(2);
    expect(third.body).toContain(`v${version}`);
  });

  it('sends gzip to clients that take it, from the same kept page', async () => {
    await get('/');
    const response = await send('/', { 'accept-encoding': 'gzip, deflate' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(Number(response.headers['content-length'])).toBe(response.raw.length);
    expectOneNonce(gunzipSync(response.raw).toString(), nonceOf(response.headers));
    expect(renders).toEqual(['/']);
    const plain = await send('/', { 'accept-encoding': 'gzip;q=0, identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expectOneNonce(plain.raw.toString(), nonceOf(plain.headers));
  });

  it('keeps API answers without a nonce, and answers their ETag with 304', async () => {
    behaviour = (request, response) => {
      if (!request.url!.startsWith('/api/')) return false;
      response.setHeader('Content-Security-Policy', API_CSP);
      response.removeHeader('Link');
      const body = JSON.stringify({ data: [request.url, version] });
      const etag = etagOf(body);
      response.setHeader('ETag', etag);
      response.statusCode = matchesIfNoneMatch(String(request.headers['if-none-match'] ?? ''), etag) ? 304 : 200;
      if (response.statusCode === 304) return (void response.end(), true);
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.end(body);
      return true;
    };
    const first = await send('/api/figures?key=applications.new.total');
    const again = await send('/api/figures?key=applications.new.total', { 'accept-encoding': 'gzip' });
    expect(JSON.parse(gunzipSync(again.raw).toString())).toEqual(JSON.parse(first.raw.toString()));
    expect(again.headers['content-security-policy']).toBe(API_CSP);
    const unchanged = await send('/api/figures?key=applications.new.total', { 'if-none-match': first.headers.etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.raw.length).toBe(0);
    expect(unchanged.headers.etag).toBe(first.headers.etag);
    expect((await send('/api/figures?key=applications.new.total', { 'if-none-match': '"other"' })).status).toBe(200);
    expect(renders).toEqual(['/api/figures?key=applications.new.total']);
    await send('/api/health');
    await send('/api/health');
    expect(renders).toHaveLength(3);
  });

  it('shares one render between concurrent requests', async () => {
    const pages = await Promise.all(Array.from({ length: 8 }, () => get('/j/beijing-110000')));
    expect(renders).toEqual(['/j/beijing-110000']);
    expect(new Set(pages.map((p) => p.nonce)).size).toBe(8);
    for (const p of pages) expectOneNonce(p.body, p.nonce);
  });

  it('keeps pages of other hosts, languages and addresses apart', async () => {
    await get('/?lang=en', { host: 'localhost:3000' });
    await get('/?lang=en', { host: '127.0.0.1:3000' });
    await get('/?lang=en', { host: 'localhost:3000' });
    await get('/');
    const other = await get('/?lang=en', { host: '127.0.0.1:3000' });
    expect(renders).toEqual(['/?lang=en', '/?lang=en', '/']);
    expect(other.body).toContain('host=127.0.0.1:3000');
  });

  it('passes through what is not a plain page view, and keeps nothing of it', async () => {
    await get('/compare', { rsc: '1' });
    await get('/compare', { rsc: '1' });
    await get('/compare', { 'next-router-prefetch': '1' });
    await get('/table');
    await get('/table');
    await send('/compare', {}, 'HEAD');
    expect(renders).toEqual(['/compare', '/compare', '/compare', '/table', '/table', '/compare']);
  });

  it('keeps no answer that is not a 200 HTML page with its nonce, or that sets a cookie', async () => {
    behaviour = (request, response) => {
      if (request.url === '/j/missing') response.statusCode = 404;
      if (request.url === '/j/cookie') response.setHeader('Set-Cookie', 'a=1');
      return false;
    };
    for (const path of ['/j/missing', '/j/missing', '/j/cookie', '/j/cookie']) await get(path);
    expect((await get('/j/missing')).response.status).toBe(404);
    expect((await get('/j/cookie')).response.headers['set-cookie']).toEqual(['a=1']);
    behaviour = (request, response) => {
      response.writeHead(302, { Location: '/' });
      response.end();
      return true;
    };
    expect((await send('/j/moved')).status).toBe(302);
    expect((await send('/j/moved')).headers.location).toBe('/');
    expect(renders).toEqual(['/j/missing', '/j/missing', '/j/cookie', '/j/cookie', '/j/missing', '/j/cookie', '/j/moved', '/j/moved']);
  });

  it('renders every request while the data version cannot be read', async () => {
    const failing = createPageCache({ dataVersion: () => Promise.reject(new Error('down')), maxBytes: 1024 * 1024, env: {} });
    const local = createServer((request, response) => void failing.serve(request, response, fakeNext));
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    expect((await send('/', {}, 'GET', url)).status).toBe(200);
    expect((await send('/', {}, 'GET', url)).status).toBe(200);
    await new Promise<void>((resolve) => local.close(() => resolve()));
    expect(renders).toEqual(['/', '/']);
    expect(failing.size).toBe(0);
  });
});

describe('requestKey', () => {
  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    ({ url, method, headers }) as unknown as IncomingMessage;

  it('names the public origin, never a host that is not allowed', () => {
    expect(requestKey(request('/', { host: 'evil.example' }), {})).toBe(requestKey(request('/', {}), {}));
    expect(requestKey(request('/', { host: 'evil.example' }), {})).not.toContain('evil');
    expect(requestKey(request('/', { host: 'evil.example' }), { PUBLIC_URL: 'https://data.example.cn' })).toContain(
      'https://data.example.cn',
    );
    expect(requestKey(request('/', { host: 'localhost:3000' }), {})).toContain('http://localhost:3000');
  });

  it('tells bots that get blocking metadata apart', () => {
    expect(requestKey(request('/', { 'user-agent': 'Twitterbot/1.0' }), {})).not.toBe(
      requestKey(request('/', { 'user-agent': 'Mozilla/5.0' }), {}),
    );
    expect(requestKey(request('/', { 'user-agent': 'Mozilla/5.0 Firefox' }), {})).toBe(
      requestKey(request('/', { 'user-agent': 'Mozilla/5.0' }), {}),
    );
    const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    expect(requestKey(request('/', { 'user-agent': googlebot }), {})).not.toBe(requestKey(request('/', {}), {}));
    expect(requestKey(request('/', { 'user-agent': googlebot }), {})).toBe(
      requestKey(request('/', { 'user-agent': 'facebookexternalhit/1.1' }), {}),
    );
  });

  it('tells them apart by the very list Next is given', () => {
    expect(nextConfig.htmlLimitedBots).toBe(HTML_LIMITED_BOTS);
  });

  it('only for GET of the kept pages', () => {
    expect(requestKey(request('/compare?y=2020'), {})).not.toBeNull();
    expect(requestKey(request('/j/beijing-110000?lang=en'), {})).not.toBeNull();
    expect(requestKey(request('/j/a/b'), {})).toBeNull();
    expect(requestKey(request('/compare', {}, 'POST'), {})).toBeNull();
    expect(requestKey(request('/ingest'), {})).toBeNull();
    expect(requestKey(request('/compare', { 'next-url': '/x' }), {})).toBeNull();
    expect(requestKey(request('/coverage?province=%E6%B1%9F%E8%8B%8F%E7%9C%81'), {})).not.toBeNull();
    expect(requestKey(request('/p/jiangsu-320000?y=2023'), {})).not.toBeNull();
    expect(requestKey(request('/coverage/export?province=x'), {})).toBeNull();
  });

  it('keeps the pages the day decides (coverage, provinces) per UTC date, the others across days', () => {
    const day = (url: string, iso: string) => requestKey(request(url), {}, new Date(iso));
    expect(day('/coverage', '2027-01-31T23:59:00Z')).not.toBe(day('/coverage', '2027-02-01T00:00:00Z'));
    expect(day('/coverage', '2027-01-31T01:00:00Z')).toBe(day('/coverage', '2027-01-31T23:59:00Z'));
    expect(day('/p/jiangsu-320000', '2027-03-31T12:00:00Z')).not.toBe(day('/p/jiangsu-320000', '2027-04-01T12:00:00Z'));
    expect(day('/compare', '2027-03-31T12:00:00Z')).toBe(day('/compare', '2027-04-01T12:00:00Z'));
  });
});

describe('acceptsGzip', () => {
  it('reads q-values', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
