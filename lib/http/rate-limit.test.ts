import { afterEach, describe, expect, it } from 'vitest';
import { namedBuckets, resetRateLimits, TokenBuckets } from './rate-limit';

describe('TokenBuckets', () => {
  it('allows a burst of `capacity`, then refuses with a Retry-After until tokens refill', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 0.5 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    const refused = buckets.take('a');
    expect(refused.ok).toBe(false);
    expect(refused.retryAfterSeconds).toBe(2);
    now += 2000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
  });

  it('keeps clients apart and peek does not spend', () => {
    const now = 0;
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1 }, () => now);
    expect(buckets.peek('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.peek('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('counts whole tokens left and the whole seconds until the next one', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 2 }, () => now);
    expect(buckets.take('a')).toEqual({ ok: true, retryAfterSeconds: 0, remaining: 2 });
    expect(buckets.take('a')).toEqual({ ok: true, retryAfterSeconds: 0, remaining: 1 });
    expect(buckets.take('a')).toEqual({ ok: true, retryAfterSeconds: 0, remaining: 0 });
    // 0 tokens at 2 a second: one is back within a second, and Retry-After is at least 1.
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1, remaining: 0 });
    now += 250;
    expect(buckets.peek('a')).toEqual({ ok: false, retryAfterSeconds: 1, remaining: 0 });
    now += 250;
    expect(buckets.peek('a')).toEqual({ ok: true, retryAfterSeconds: 0, remaining: 1 });
    // Refill stops at capacity, however long the client was away.
    now += 3_600_000;
    expect(buckets.peek('a').remaining).toBe(3);
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('takes a cost of several tokens, or none when fewer are left', () => {
    const now = 0;
    const buckets = new TokenBuckets({ capacity: 5, refillPerSecond: 0.1 }, () => now);
    expect(buckets.take('a', 4)).toEqual({ ok: true, retryAfterSeconds: 0, remaining: 1 });
    expect(buckets.take('a', 2)).toEqual({ ok: false, retryAfterSeconds: 1, remaining: 1 });
    expect(buckets.take('a', 1)).toEqual({ ok: true, retryAfterSeconds: 0, remaining: 0 });
    // 0.1 a second: ten seconds for the next token.
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 10, remaining: 0 });
  });

  it('never refills when the clock goes back', () => {
    let now = 10_000;
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1 }, () => now);
    expect(buckets.take('a').ok).toBe(true);
    now = 0;
    expect(buckets.take('a').ok).toBe(false);
    now = 999;
    expect(buckets.take('a').ok).toBe(false);
  });

  it('keeps an emptied bucket through the sweep of idle ones', () => {
    // A clock well past 0, as Date.now is: an idle time measured wrongly (t + updatedAt) would show.
    let now = 2_000_000;
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 0.001 }, () => now);
    expect(buckets.take('busy').ok).toBe(true);
    expect(buckets.take('idle').ok).toBe(true);
    now += 500;
    // A thousand takes run a sweep: the idle bucket is not full yet, so it must stay empty.
    for (let i = 0; i < 1000; i++) buckets.take(`client-${i}`);
    expect(buckets.take('idle').ok).toBe(false);
  });

  it('drops idle buckets every thousand takes, so memory is bounded by the active clients', () => {
    let now = 1_000_000;
    // Full again 2 s after its last take.
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 1 }, () => now);
    // 5,000 clients one request each, 10 ms apart: at any time only the last 200 are not yet full.
    for (let i = 0; i < 5000; i++) {
      buckets.take(`client-${i}`);
      now += 10;
    }
    expect(buckets.size).toBeLessThanOrEqual(1000 + 200);
    expect(buckets.size).toBeGreaterThan(0);
  });
});

describe('namedBuckets', () => {
  afterEach(resetRateLimits);

  it('shares one set of buckets per name until reset', () => {
    const a = namedBuckets('upload', { capacity: 1, refillPerSecond: 0.001 });
    expect(namedBuckets('upload', { capacity: 9, refillPerSecond: 9 })).toBe(a);
    expect(namedBuckets('api', { capacity: 1, refillPerSecond: 0.001 })).not.toBe(a);
    expect(a.take('client').ok).toBe(true);
    expect(namedBuckets('upload', { capacity: 1, refillPerSecond: 0.001 }).take('client').ok).toBe(false);
    resetRateLimits();
    expect(namedBuckets('upload', { capacity: 1, refillPerSecond: 0.001 })).not.toBe(a);
  });
});
