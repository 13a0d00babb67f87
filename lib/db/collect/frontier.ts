// The collection frontier in PostgreSQL (tables collect_url and collect_host): every address with
// its state, attempts and next attempt time; per host, the time the next request may start and its
// robots.txt. A claim is a lease taken with FOR UPDATE SKIP LOCKED on the address AND its host, and
// it moves the host's next_allowed_at past the lease: so collectors on any number of machines
// sharing the database split the work, never fetch one address twice while alive, and never talk to
// one host at once; the pause after a request is set when its result is written. After a kill -9,
// the lease runs out and only the address in flight is fetched again.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inTransaction, type Queryable } from '../ingest/write';

export type CollectKind = 'seed' | 'list' | 'article' | 'document';
import type { CollectState } from '../../domain/collect';

export type { CollectState };
export const COLLECT_STATES: readonly CollectState[] = ['queued', 'fetching', 'done', 'failed', 'robots', 'not_report', 'gone'];

export interface NewUrl {
  url: string;
  kind: CollectKind;
  foundOn?: string | null;
  title?: string | null;
  /** A document's: the publication date (ISO) of the article it was found on. */
  pagePublishedOn?: string | null;
}

export interface ClaimedUrl {
  id: number;
  url: string;
  host: string;
  kind: CollectKind;
  attempts: number;
  seedId: number | null;
  foundOn: string | null;
  title: string | null;
  /** A document's: the publication date (ISO) of the article it was found on. */
  pagePublishedOn: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Where the address led last time (after redirects): the validators are that address's. */
  finalUrl: string | null;
  token: string;
  robots: { text: string | null; status: number | null; fetchedAt: Date | null };
}

/** host[:port], as a frontier row's host. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/**
 * Adds addresses not yet known (known ones are left as they are) under a seed; returns how many
 * were new. Seeds (seedId null) become their own seed.
 */
export async function enqueue(db: Queryable, given: NewUrl[], seedId: number | null): Promise<number> {
  if (!given.length) return 0;
  // One row per address, in one order: two collectors adding overlapping pages' links wait for
  // each other instead of deadlocking on the unique index.
  const urls = [...new Map(given.map((u) => [u.url, u])).values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const hosts = [...new Set(urls.map((u) => hostOf(u.url)))].sort();
  await db.query('INSERT INTO collect_host (host) SELECT unnest($1::text[]) ON CONFLICT (host) DO NOTHING', [hosts]);
  const inserted = await db.query(
    `INSERT INTO collect_url (url, host, kind, seed_id, found_on, title, page_published_on)
     SELECT u.url, u.host, u.kind::"CollectKind", $6::int, u.found_on, u.title, u.page_published_on
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $7::date[]) AS u(url, host, kind, found_on, title, page_published_on)
     ON CONFLICT (url) DO NOTHING RETURNING id`,
    [
      urls.map((u) => u.url),
      urls.map((u) => hostOf(u.url)),
      urls.map((u) => u.kind),
      urls.map((u) => u.foundOn ?? null),
      urls.map((u) => u.title ?? null),
      seedId,
      urls.map((u) => u.pagePublishedOn ?? null),
    ],
  );
  if (seedId === null && inserted.rowCount)
    await db.query('UPDATE collect_url SET seed_id = id WHERE id = ANY($1::int[])', [inserted.rows.map((r) => r.id)]);
  return inserted.rowCount ?? 0;
}

export interface SeedOptions {
  /** List pages (and seeds) fetched longer ago than this are fetched again (conditionally). */
  revisitMs: number;
  /** Fetch every address under these seeds again, articles and documents too. */
  refresh: boolean;
}

/** Adds the addresses given to collect, and puts back in the queue what is due a re-visit; returns the seeds' ids. */
export async function addSeeds(pool: pg.Pool, urls: string[], options: SeedOptions): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await enqueue(
      client,
      urls.map((url) => ({ url, kind: 'seed' })),
      null,
    );
    const seeds = await client.query<{ id: number; seed_id: number }>(
      'SELECT id, coalesce(seed_id, id) AS seed_id FROM collect_url WHERE url = ANY($1::text[])',
      [urls],
    );
    const seedIds = [...new Set(seeds.rows.map((r) => r.seed_id))];
    await requeue(client, seedIds, options);
    return seedIds;
  });
}

/** Puts due re-visits of these seeds' addresses back in the queue. */
export async function requeue(db: Queryable, seedIds: number[] | null, options: SeedOptions): Promise<number> {
  const kinds = options.refresh ? ['seed', 'list', 'article', 'document'] : ['seed', 'list'];
  const states = options.refresh ? ['done', 'failed', 'not_report', 'gone'] : ['done'];
  const r = await db.query(
    `UPDATE collect_url SET state = 'queued', attempts = 0, next_attempt_at = now(), updated_at = now()
     WHERE kind = ANY($1::"CollectKind"[]) AND state = ANY($2::"CollectState"[])
       AND ($3::int[] IS NULL OR seed_id = ANY($3::int[]))
       AND ($5 OR fetched_at IS NULL OR fetched_at < now() - make_interval(secs => $4::float8 / 1000))`,
    [kinds, states, seedIds, options.revisitMs, options.refresh],
  );
  return r.rowCount ?? 0;
}

interface ClaimRow {
  id: number;
  url: string;
  host: string;
  kind: CollectKind;
  attempts: number;
  seed_id: number | null;
  found_on: string | null;
  title: string | null;
  page_published_on: string | null;
  etag: string | null;
  last_modified: string | null;
  final_url: string | null;
  robots_txt: string | null;
  robots_status: number | null;
  robots_fetched_at: Date | null;
}

export type Claim = { claimed: ClaimedUrl } | { claimed: null; waitMs: number | null };

/**
 * Claims one address whose host may be talked to now (a queued one due, or one whose lease ran
 * out). None: waitMs until something may become claimable, null when nothing is left to do (of
 * these seeds, when given).
 */
export async function claim(pool: pg.Pool, leaseMs: number, seedIds: number[] | null): Promise<Claim> {
  const token = randomUUID();
  const { rows } = await pool.query<ClaimRow>(
    // Hosts first (free ones, longest idle first), then each one's next address through the index on
    // (host, state, next_attempt_at): a host with thousands of addresses waiting for its pause is one
    // probe, not thousands of rows walked past. A few candidates, so one locked by another collector is skipped.
    `WITH candidate AS (
       SELECT c.id FROM collect_host h CROSS JOIN LATERAL (
         SELECT id FROM (
           (SELECT u.id, u.next_attempt_at FROM collect_url u
            WHERE u.host = h.host AND u.state = 'queued' AND u.next_attempt_at <= now() AND ($3::int[] IS NULL OR u.seed_id = ANY($3::int[]))
            ORDER BY u.next_attempt_at, u.id LIMIT 1)
           UNION ALL
           (SELECT u.id, u.next_attempt_at FROM collect_url u
            WHERE u.host = h.host AND u.state = 'fetching' AND u.lease_until < now() AND ($3::int[] IS NULL OR u.seed_id = ANY($3::int[]))
            LIMIT 1)
         ) due ORDER BY next_attempt_at LIMIT 1
       ) c
       WHERE h.next_allowed_at <= now()
       ORDER BY h.next_allowed_at, h.host
       LIMIT 8
     ), pick AS (
       SELECT u.id, u.host FROM collect_url u JOIN collect_host h ON h.host = u.host
       -- An array, not IN (…): looked up by id whatever the planner guesses of the hosts (a hash join
       -- would read every address of the table).
       WHERE u.id = ANY(ARRAY(SELECT id FROM candidate))
         AND ((u.state = 'queued' AND u.next_attempt_at <= now()) OR (u.state = 'fetching' AND u.lease_until < now()))
         AND h.next_allowed_at <= now()
       ORDER BY h.next_allowed_at, u.id
       LIMIT 1
       FOR UPDATE OF u, h SKIP LOCKED
     ), busy AS (
       UPDATE collect_host h SET next_allowed_at = now() + make_interval(secs => $1::float8 / 1000)
       FROM pick WHERE h.host = pick.host
       RETURNING h.host, h.robots_txt, h.robots_status, h.robots_fetched_at
     )
     UPDATE collect_url u SET state = 'fetching', attempts = u.attempts + 1, lease_token = $2, updated_at = now(),
       lease_until = now() + make_interval(secs => $1::float8 / 1000)
     FROM pick JOIN busy ON busy.host = pick.host
     WHERE u.id = pick.id
     RETURNING u.id, u.url, u.host, u.kind, u.attempts, u.seed_id, u.found_on, u.title,
       to_char(u.page_published_on, 'YYYY-MM-DD') AS page_published_on, u.etag, u.last_modified, u.final_url,
       busy.robots_txt, busy.robots_status, busy.robots_fetched_at`,
    [leaseMs, token, seedIds],
  );
  const r = rows[0];
  if (r)
    return {
      claimed: {
        id: r.id,
        url: r.url,
        host: r.host,
        kind: r.kind,
        attempts: r.attempts,
        seedId: r.seed_id,
        foundOn: r.found_on,
        title: r.title,
        pagePublishedOn: r.page_published_on,
        etag: r.etag,
        lastModified: r.last_modified,
        finalUrl: r.final_url,
        token,
        robots: { text: r.robots_txt, status: r.robots_status, fetchedAt: r.robots_fetched_at },
      },
    };
  const next = await pool.query<{ pending: number; wait_ms: number | null }>(
    `SELECT count(*)::int AS pending,
       (extract(epoch FROM min(greatest(CASE WHEN u.state = 'queued' THEN u.next_attempt_at ELSE u.lease_until END, h.next_allowed_at))
         - now()) * 1000)::float8 AS wait_ms
     FROM collect_url u JOIN collect_host h ON h.host = u.host
     WHERE u.state IN ('queued', 'fetching') AND ($1::int[] IS NULL OR u.seed_id = ANY($1::int[]))`,
    [seedIds],
  );
  const { pending, wait_ms } = next.rows[0]!;
  return { claimed: null, waitMs: pending ? Math.max(0, wait_ms ?? 0) : null };
}

/** What a visit found out, written in one transaction with the addresses it discovered. */
export interface Completion {
  state: CollectState;
  /** queued (a retry): when to try again. */
  retryInMs?: number;
  /** The attempt did not count (robots.txt was fetched in its place). */
  refundAttempt?: boolean;
  outcome: string;
  reasonCode?: string | null;
  reason?: string | null;
  httpStatus?: number | null;
  etag?: string | null;
  lastModified?: string | null;
  fetchedAt?: Date | null;
  /** The address the bytes came from after redirects (the validators belong to it). */
  finalUrl?: string | null;
  reportId?: number | null;
  discovered?: NewUrl[];
  /** The host's pause before its next request (0: no request was made). */
  hostPauseMs: number;
  /** The host was released when the fetch ended (releaseHost): its next_allowed_at is not touched again. */
  hostReleased?: boolean;
  robots?: { text: string; status: number };
}

/** Writes a visit's result if the lease is still this collector's; false when it was lost (ran out and taken). */
export async function complete(pool: pg.Pool, claimed: ClaimedUrl, c: Completion): Promise<{ written: boolean; discovered: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeCompletion(pool, claimed, c);
    } catch (error) {
      // A deadlock or serialization failure rolled the whole write back: it can be written again.
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

function writeCompletion(pool: pg.Pool, claimed: ClaimedUrl, c: Completion): Promise<{ written: boolean; discovered: number }> {
  return inTransaction(pool, async (client) => {
    // The lease is checked and held with a lock that does not make others' inserts of this address
    // wait (a lock, not an update); the row is updated after the discovered addresses are added. Two
    // list pages finishing together each discover the other (a script pager names every page): had
    // each updated its own row first, each insert would wait for the other's update (a deadlock).
    const held = await client.query(
      `SELECT 1 FROM collect_url WHERE id = $1 AND lease_token = $2 AND state = 'fetching' FOR NO KEY UPDATE`,
      [claimed.id, claimed.token],
    );
    if (!held.rowCount) return { written: false, discovered: 0 };
    const discovered = await enqueue(client, c.discovered ?? [], claimed.seedId);
    await client.query(
      `UPDATE collect_url SET state = $3::"CollectState", outcome = $4, reason_code = $5, reason = $6,
         http_status = coalesce($7, http_status), etag = coalesce($8, etag), last_modified = coalesce($9, last_modified),
         fetched_at = coalesce($10, fetched_at), report_id = coalesce($11, report_id),
         next_attempt_at = now() + make_interval(secs => $12::float8 / 1000),
         attempts = attempts - $13::int, final_url = coalesce($14, final_url), lease_until = NULL, lease_token = NULL, updated_at = now()
       WHERE id = $1 AND lease_token = $2`,
      [
        claimed.id,
        claimed.token,
        c.state,
        c.outcome,
        c.reasonCode ?? null,
        c.reason ?? null,
        c.httpStatus ?? null,
        c.etag ?? null,
        c.lastModified ?? null,
        c.fetchedAt ?? null,
        c.reportId ?? null,
        c.retryInMs ?? 0,
        c.refundAttempt ? 1 : 0,
        c.finalUrl ?? null,
      ],
    );
    // Another collector may be talking to a released host by now: its time is left alone.
    await client.query(
      `UPDATE collect_host SET next_allowed_at = CASE WHEN $5 THEN next_allowed_at ELSE now() + make_interval(secs => $2::float8 / 1000) END,
         robots_txt = coalesce($3, robots_txt), robots_status = coalesce($4, robots_status),
         robots_fetched_at = CASE WHEN $4::int IS NULL THEN robots_fetched_at ELSE now() END
       WHERE host = $1`,
      [claimed.host, c.hostPauseMs, c.robots?.text ?? null, c.robots?.status ?? null, c.hostReleased ?? false],
    );
    return { written: true, discovered };
  });
}

/** Frees a host claimed with an address for its next request, `pauseMs` from now (the fetch is over; reading goes on). */
/**
 * Takes the host's turn for a request made on behalf of an address already visited (a report page's
 * images): waits until its pause has passed, then holds it `holdMs` (the request's time limit), as a
 * claim does, so no collector asks the host meanwhile. releaseHost gives it back.
 */
export async function takeHostTurn(db: Queryable, host: string, holdMs: number, signal?: AbortSignal): Promise<boolean> {
  while (!signal?.aborted) {
    const { rows } = await db.query<{ taken: boolean; wait_ms: number | null }>(
      `WITH taken AS (
         UPDATE collect_host SET next_allowed_at = now() + make_interval(secs => $2::float8 / 1000)
         WHERE host = $1 AND next_allowed_at <= now() RETURNING host
       )
       SELECT EXISTS (SELECT 1 FROM taken) AS taken,
              (SELECT extract(epoch FROM next_allowed_at - now()) * 1000 FROM collect_host WHERE host = $1)::float8 AS wait_ms`,
      [host, holdMs],
    );
    const r = rows[0];
    if (!r || r.wait_ms === null) return false;
    if (r.taken) return true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(r.wait_ms!, 5), 1000)));
  }
  return false;
}

export async function releaseHost(db: Queryable, host: string, pauseMs: number): Promise<void> {
  await db.query('UPDATE collect_host SET next_allowed_at = now() + make_interval(secs => $2::float8 / 1000) WHERE host = $1', [
    host,
    pauseMs,
  ]);
}

/** Marks the stored copies of an address: seen now (200/304), or gone (404/410) since their first miss. */
export async function markSources(db: Queryable, documentUrl: string, seen: boolean): Promise<void> {
  await db.query(
    seen
      ? 'UPDATE report_source SET last_seen_at = now(), gone_since = NULL WHERE document_url = $1'
      : 'UPDATE report_source SET gone_since = coalesce(gone_since, now()) WHERE document_url = $1',
    [documentUrl],
  );
}

export interface StateCount {
  host: string;
  state: CollectState;
  count: number;
}

/** The frontier's counts per host and state (of these seeds, when given). */
export async function frontierCounts(db: Queryable, seedIds: number[] | null = null): Promise<StateCount[]> {
  const { rows } = await db.query<StateCount>(
    `SELECT host, state::text AS state, count(*)::int AS count FROM collect_url
     WHERE ($1::int[] IS NULL OR seed_id = ANY($1::int[])) GROUP BY host, state ORDER BY host, state`,
    [seedIds],
  );
  return rows;
}
