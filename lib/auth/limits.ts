// Rate limits of the write side (token buckets, lib/http/rate-limit.ts):
//   - failed sign-ins / bad tokens: 5 at once per client, then one a minute; and 30 at once for all
//     clients together, then one every 10 s, because a client can forge its address;
//   - writes (preview, save, POST /api/reports): 120 at once per client, then 2 a second, enough
//     for an officer's batch, not for a flood.
// The limits hold back wrong tokens only: the right token is accepted whatever the counters say,
// so a flood of wrong ones (from any number of addresses) cannot lock the officer out. Guessing
// is made hopeless by the token's length, not by the counters (README: use a long random token).

import { namedBuckets, type TakeResult } from '@/lib/http/rate-limit';

const perClientFailures = () => namedBuckets('auth-failures', { capacity: 5, refillPerSecond: 1 / 60 });
const allFailures = () => namedBuckets('auth-failures-all', { capacity: 30, refillPerSecond: 1 / 10 });
const writes = () => namedBuckets('writes', { capacity: 120, refillPerSecond: 2 });

const ALL = '*';

function lockout(client: string): TakeResult {
  const mine = perClientFailures().peek(client);
  if (!mine.ok) return mine;
  return allFailures().peek(ALL);
}

/**
 * A wrong token from `client`: ok (answer 401) and counted while the client and everyone are under
 * the limits; past them, not ok with when to retry (answer 429), and not counted again.
 */
export function wrongToken(client: string): TakeResult {
  const held = lockout(client);
  if (!held.ok) return held;
  perClientFailures().take(client);
  allFailures().take(ALL);
  return held;
}

export function takeWrite(client: string): TakeResult {
  return writes().take(client);
}
