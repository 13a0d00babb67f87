// In-memory token buckets keyed by client. Good for one server process (what `npm start` runs);
// several processes would each keep their own buckets, so a shared store would be needed there.
// Buckets live on globalThis because Next may load this module once per route bundle, and the
// limits must hold across routes.

export interface BucketOptions {
  /** Tokens a full bucket holds: the burst allowed. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

export interface TakeResult {
  ok: boolean;
  /** Whole seconds until one token is back (0 when ok). */
  retryAfterSeconds: number;
  remaining: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Idle buckets are dropped once they would be full again, so memory stays bounded by active clients. */
const SWEEP_EVERY = 1000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  constructor(
    private readonly options: BucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  private refill(key: string): Bucket {
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, updatedAt: t };
    const elapsed = Math.max(0, t - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + elapsed * this.options.refillPerSecond);
    bucket.updatedAt = t;
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** Clients with a bucket in memory (active ones, and idle ones until the next sweep). */
  get size(): number {
    return this.buckets.size;
  }

  /** Looks without taking: would `take` succeed? */
  peek(key: string): TakeResult {
    const bucket = this.refill(key);
    return this.result(bucket, bucket.tokens >= 1);
  }

  take(key: string, cost = 1): TakeResult {
    if (++this.takes % SWEEP_EVERY === 0) this.sweep();
    const bucket = this.refill(key);
    if (bucket.tokens < cost) return this.result(bucket, false);
    bucket.tokens -= cost;
    return this.result(bucket, true);
  }

  private result(bucket: Bucket, ok: boolean): TakeResult {
    const missing = Math.max(0, 1 - bucket.tokens);
    return {
      ok,
      retryAfterSeconds: ok ? 0 : Math.max(1, Math.ceil(missing / this.options.refillPerSecond)),
      remaining: Math.floor(bucket.tokens),
    };
  }

  private sweep(): void {
    const t = this.now();
    const fullAfter = (this.options.capacity / this.options.refillPerSecond) * 1000;
    for (const [key, bucket] of this.buckets) if (t - bucket.updatedAt > fullAfter) this.buckets.delete(key);
  }
}

const registry = ((globalThis as { __gdrRateLimits?: Map<string, TokenBuckets> }).__gdrRateLimits ??= new Map());

/** One shared set of buckets per name, across every route bundle of the process. */
export function namedBuckets(name: string, options: BucketOptions): TokenBuckets {
  let buckets = registry.get(name);
  if (!buckets) registry.set(name, (buckets = new TokenBuckets(options)));
  return buckets;
}

/** Drops every bucket (tests). */
export function resetRateLimits(): void {
  registry.clear();
}
