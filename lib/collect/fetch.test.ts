// The fetcher against the fixture site on 127.0.0.1 (names resolved by the site's own resolver;
// every connection recorded): limits, redirects, conditional requests, and the addresses it refuses
// to open — checked on the resolved address, before any connection.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { createFetcher, DEFAULT_FETCHER, dispositionFileName, retryAfterMs, type FetcherOptions } from './fetch';
import { TEST_RESOLVER } from './testing/resolver';
import { SITE_HOST, startFixtureSite, type FixtureSite } from './testing/site';

let site: FixtureSite;
const opened: { host: string; address: string; port: number }[] = [];

beforeAll(async () => {
  site = await startFixtureSite({ hugeBytes: 3 * 1024 * 1024 });
});
afterAll(() => site?.close());
beforeEach(() => {
  site.reset();
  opened.length = 0;
});

function fetcher(overrides: Partial<FetcherOptions> = {}) {
  return createFetcher({
    ...DEFAULT_FETCHER,
    userAgent: 'GovReportsCollector/1.0 (tests)',
    resolver: site.resolver,
    policy: { allowLoopback: true },
    onConnect: (c) => opened.push(c),
    ...overrides,
  });
}

describe('fetching', () => {
  it('gets a page with its validators, then a 304 when they still hold', async () => {
    const r = await fetcher()({ url: site.columnUrl });
    expect(r).toMatchObject({ ok: true, status: 200, contentType: 'text/html; charset=utf-8', redirects: [] });
    if (!r.ok) return;
    expect(new TextDecoder().decode(r.body)).toContain('政府信息公开年报');
    const again = await fetcher()({ url: site.columnUrl, etag: r.etag, lastModified: r.lastModified });
    expect(again).toMatchObject({ ok: true, status: 304 });
    expect(opened.map((o) => o.address)).toEqual(['127.0.0.1', '127.0.0.1']);
  });

  it('follows a redirect, and stops a redirect loop and too many redirects', async () => {
    const r = await fetcher()({ url: `${site.origin}/old/t7.html` });
    expect(r).toMatchObject({ ok: true, status: 200, finalUrl: `${site.origin}/xxgk/ndbg/201801/t20180130_7.html` });
    expect(await fetcher()({ url: `${site.origin}/loop/a` })).toMatchObject({ ok: false, code: 'REDIRECT_LOOP', transient: false });
    expect(await fetcher({ maxRedirects: 0 })({ url: `${site.origin}/old/t7.html` })).toMatchObject({
      ok: false,
      code: 'TOO_MANY_REDIRECTS',
    });
  });

  it('refuses a body over the size limit, by its Content-Length or as it streams', async () => {
    const r = await fetcher({ maxBytes: 1024 * 1024 })({ url: `${site.origin}/files/huge.pdf` });
    expect(r).toMatchObject({ ok: false, code: 'TOO_LARGE', transient: false });
    expect(r.ok || r.message).toContain(String(3 * 1024 * 1024));
    // Without a Content-Length the bytes are counted and the download cut off.
    site.setRoute(SITE_HOST, '/files/stream.pdf', { body: Buffer.alloc(2 * 1024 * 1024), type: 'application/pdf', chunked: true });
    const streamed = await fetcher({ maxBytes: 1024 * 1024 })({ url: `${site.origin}/files/stream.pdf` });
    expect(streamed).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('gives up on a page that does not answer in time, as a failure worth retrying', async () => {
    const started = Date.now();
    const r = await fetcher({ timeoutMs: 300 })({ url: `${site.origin}/never` });
    expect(r).toMatchObject({ ok: false, code: 'TIMEOUT', transient: true });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports 404 as final, 503 as transient with its Retry-After', async () => {
    expect(await fetcher()({ url: `${site.origin}/nothing-here.html` })).toMatchObject({
      ok: false,
      code: 'HTTP_404',
      status: 404,
      transient: false,
    });
    const r = await fetcher()({ url: `${site.origin}/xxgk/ndbg/202501/t20250115_11.html` });
    expect(r).toMatchObject({ ok: false, code: 'HTTP_503', status: 503, transient: true, retryAfterMs: 0 });
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('sends the User-Agent it is given and no validators to a redirect target', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const http = await import('node:http');
    const server = http.createServer((req, res) => {
      seen.push({ ua: req.headers['user-agent'], inm: req.headers['if-none-match'] as string | undefined, path: req.url });
      if (req.url === '/a') res.writeHead(301, { location: '/b' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as import('node:net').AddressInfo).port;
    try {
      const r = await fetcher()({ url: `http://www.example-gov.test:${port}/a`, etag: '"x"' });
      expect(r).toMatchObject({ ok: true, status: 200 });
      expect(seen).toEqual([
        { ua: 'GovReportsCollector/1.0 (tests)', inm: '"x"', path: '/a' },
        { ua: 'GovReportsCollector/1.0 (tests)', inm: undefined, path: '/b' },
      ]);
    } finally {
      server.close();
    }
  });
});

describe('what real servers send', () => {
  it('a compressed body is held to the size limit once decoded (a bomb is refused); an unknown coding is a clear failure', async () => {
    site.setRoute(SITE_HOST, '/bomb.html', { body: Buffer.alloc(4 * 1024 * 1024, 0x20), type: 'text/html', encoding: 'gzip' });
    expect(zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)).length).toBeLessThan(64 * 1024);
    expect(await fetcher({ maxBytes: 1024 * 1024 })({ url: `${site.origin}/bomb.html` })).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    expect(await fetcher()({ url: `${site.origin}/bomb.html` })).toMatchObject({ ok: true, status: 200 });
    site.setRoute(SITE_HOST, '/odd.html', { body: Buffer.from('x'), type: 'text/html', headers: { 'content-encoding': 'compress' } });
    expect(await fetcher()({ url: `${site.origin}/odd.html` })).toMatchObject({ ok: false, code: 'BAD_ENCODING', transient: false });
  });

  it('validators go to the address they were given by: where the address redirected last time', async () => {
    const first = await fetcher()({ url: `${site.origin}/old/t7.html` });
    if (!first.ok) throw new Error(first.message);
    site.reset();
    const again = await fetcher()({ url: `${site.origin}/old/t7.html`, etag: first.etag, validatorsUrl: first.finalUrl });
    expect(again).toMatchObject({ ok: true, status: 304 });
    expect(site.requests.map((r) => [r.path, r.status])).toEqual([
      ['/old/t7.html', 301],
      ['/xxgk/ndbg/201801/t20180130_7.html', 304],
    ]);
  });

  it('a page-written redirect counts against the redirect limit', async () => {
    site.setRoute(SITE_HOST, '/soft.html', {
      body: Buffer.from('<meta http-equiv="refresh" content="0;url=/old/t7.html">'),
      type: 'text/html',
    });
    expect(await fetcher()({ url: `${site.origin}/soft.html` })).toMatchObject({
      ok: true,
      redirects: [`${site.origin}/old/t7.html`, `${site.origin}/xxgk/ndbg/201801/t20180130_7.html`],
    });
    expect(await fetcher({ maxRedirects: 1 })({ url: `${site.origin}/soft.html` })).toMatchObject({
      ok: false,
      code: 'TOO_MANY_REDIRECTS',
    });
  });

  it('file names of Content-Disposition: RFC 5987, raw UTF-8 or GBK bytes, percent-encoded, paths dropped', () => {
    const latin1 = (b: Buffer) => b.toString('latin1');
    expect(dispositionFileName(`attachment; filename*=UTF-8''${encodeURIComponent('年报 2020.pdf')}`)).toBe('年报 2020.pdf');
    expect(dispositionFileName(`attachment; filename="${latin1(Buffer.from('年报.docx'))}"`)).toBe('年报.docx');
    expect(dispositionFileName(`attachment; filename=${latin1(iconv.encode('年报.doc', 'gbk'))}`)).toBe('年报.doc');
    expect(dispositionFileName(`attachment; filename="${encodeURIComponent('年报.pdf')}"`)).toBe('年报.pdf');
    expect(dispositionFileName('attachment; filename="C:\\temp\\a.pdf"')).toBe('a.pdf');
    expect(dispositionFileName('inline')).toBeNull();
    expect(dispositionFileName(null)).toBeNull();
  });
});

describe('addresses the fetcher refuses', () => {
  it('opens nothing for refused addresses, literal or resolved', async () => {
    const f = fetcher({ resolver: TEST_RESOLVER });
    for (const url of [
      'http://private.example-gov.test/',
      'http://metadata.example-gov.test/latest/meta-data/',
      'http://0.0.0.0/',
      'http://[::ffff:127.0.0.1]/',
      'http://2130706433/',
    ])
      expect(await f({ url }), url).toMatchObject({ ok: false, transient: false });
    expect(opened).toEqual([]);
  });

  it('checks a redirect target the same way: a public page redirecting to a private address is refused', async () => {
    site.setRoute(SITE_HOST, '/to-private', {
      body: Buffer.alloc(0),
      type: 'text/html',
      status: 302,
      headers: { location: 'http://10.0.0.8/admin' },
    });
    site.setRoute(SITE_HOST, '/to-alternate', {
      body: Buffer.alloc(0),
      type: 'text/html',
      status: 302,
      headers: { location: 'http://2130706433/' },
    });
    site.setRoute(SITE_HOST, '/soft-to-private', {
      body: Buffer.from('<meta http-equiv="refresh" content="0;url=http://10.0.0.8/">'),
      type: 'text/html',
    });
    expect(await fetcher()({ url: `${site.origin}/soft-to-private` })).toMatchObject({ ok: false, code: 'PRIVATE_ADDRESS' });
    opened.length = 0;
    expect(await fetcher()({ url: `${site.origin}/to-private` })).toMatchObject({ ok: false, code: 'PRIVATE_ADDRESS' });
    expect(await fetcher()({ url: `${site.origin}/to-alternate` })).toMatchObject({ ok: false, code: 'ALTERNATE_FORM' });
    expect(opened.map((o) => o.address)).toEqual(['127.0.0.1', '127.0.0.1']);
  });
});
