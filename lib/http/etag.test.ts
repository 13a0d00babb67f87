import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cachedResponse, DEFAULT_CACHE_CONTROL, etagOf, matchesIfNoneMatch } from './etag';

const report = readFileSync('data/reports/seeds/000-fuyang-2020.txt');

describe('ETag', () => {
  it('changes with the bytes and is matched weakly in lists', () => {
    const tag = etagOf('{"a":1}');
    expect(tag).not.toBe(etagOf('{"a":2}'));
    expect(matchesIfNoneMatch(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('"x"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });

  it('is a quoted 32-character base64url digest of the bytes, the same for text and its UTF-8 bytes', () => {
    const tag = etagOf(report.toString('utf8'));
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf(new Uint8Array(report))).toBe(tag);
    expect(etagOf(new Uint8Array(report.subarray(1)))).not.toBe(tag);
  });

  it('matches "*", a weak ETag against a weak header, and tags with spaces around them', () => {
    const tag = etagOf(report);
    expect(matchesIfNoneMatch(' * ', tag)).toBe(true);
    expect(matchesIfNoneMatch('', tag)).toBe(false);
    expect(matchesIfNoneMatch(`  ${tag}  `, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"a",${tag},"b"`, tag)).toBe(true);
    expect(matchesIfNoneMatch(tag, `W/${tag}`)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, `W/${tag}`)).toBe(true);
    // W/ is a prefix only: the same letters inside a tag are part of it.
    expect(matchesIfNoneMatch(`"W/${tag.slice(1)}`, tag)).toBe(false);
    expect(matchesIfNoneMatch(`${tag}x`, tag)).toBe(false);
    // An ETag of another server may hold a slash; only a leading W/ is the weak mark.
    expect(matchesIfNoneMatch('"aW/b"', '"aW/b"')).toBe(true);
  });

  it('answers 304 without a body when If-None-Match names the ETag', async () => {
    const first = cachedResponse(new Request('http://x/'), 'hello', { contentType: 'text/plain' });
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag')!;
    const second = cachedResponse(new Request('http://x/', { headers: { 'If-None-Match': tag } }), 'hello', { contentType: 'text/plain' });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('etag')).toBe(tag);
  });

  it('sends the body with its type, the default or given Cache-Control and extra headers, on 200 and 304 alike', async () => {
    const body = new Uint8Array(report);
    const options = { contentType: 'text/plain; charset=utf-8', headers: { 'X-Report': '1' } };
    const full = cachedResponse(new Request('http://x/'), body, options);
    expect(full.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(full.headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL);
    expect(DEFAULT_CACHE_CONTROL).toBe('public, max-age=60, must-revalidate');
    expect(full.headers.get('x-report')).toBe('1');
    expect(new Uint8Array(await full.arrayBuffer())).toEqual(body);

    const request = new Request('http://x/', { headers: { 'If-None-Match': full.headers.get('etag')! } });
    const notModified = cachedResponse(request, body, { ...options, cacheControl: 'no-cache' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('cache-control')).toBe('no-cache');
    expect(notModified.headers.get('x-report')).toBe('1');
    expect(notModified.headers.get('content-type')).toBeNull();
  });
});
