import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit';

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
});
