import { describe, expect, it } from 'vitest';
import { cachedResponse, etagOf, matchesIfNoneMatch } from './etag';

describe('ETag', () => {
  it('changes with the bytes and is matched weakly in lists', () => {
    const tag = etagOf('{"a":1}');
    expect(tag).not.toBe(etagOf('{"a":2}'));
    expect(matchesIfNoneMatch(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('"x"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
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
});
