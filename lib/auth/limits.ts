// Rate limits of the write side (token buckets, lib/http/rate-limit.ts):
//   - failed sign-ins / bad tokens: 5 at once per client, then one a minute; and 30 at once for all
//     clients together, then one every 10 s, because a client can forge its address;
//   - writes (preview, save, POST /api/reports): 120 at once per client, then 2 a second, enough
//     for an officer's batch, not for a flood.
// Only failures cost sign-in tokens, so an officer who types the token right is never held up.

import { namedBuckets, type TakeResult } from '@/lib/http/rate-limit';

const perClientFailures = () => namedBuckets('auth-failures', { capacity: 5, refillPerSecond: 1 / 60 });
const allFailures = () => namedBuckets('auth-failures-all', { capacity: 30, refillPerSecond: 1 / 10 });
const writes = () => namedBuckets('writes', { capacity: 120, refillPerSecond: 2 });

const ALL = '*';

/** Is this client (or everyone) locked out after failures? Checked before the token is compared. */
export function authLockout(client: string): TakeResult {
  const mine = perClientFailures().peek(client);
  if (!mine.ok) return mine;
  return allFailures().peek(ALL);
}

export function recordAuthFailure(client: string): void {
  perClientFailures().take(client);
  allFailures().take(ALL);
}

export function takeWrite(client: string): TakeResult {
  return writes().take(client);
}
