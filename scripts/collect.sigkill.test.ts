// `npm run collect` killed with SIGKILL in the middle of a column, then run again, ends with the
// same reports (by figures), the same sources per report and the same frontier state counts as an
// uninterrupted run; only the address in flight is fetched once more. The CLI runs as a child
// process against a throwaway PostgreSQL and the fixture site on 127.0.0.1 (COLLECT_HOST_MAP).
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SITE_HOST_MAP, startFixtureSite, type FixtureSite } from '../lib/collect/testing/site';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { migrate } from '../lib/db/migrate';

const ROOT = path.resolve(import.meta.dirname, '..');

let database: TestDatabase;
let site: FixtureSite;
const urls: Record<'whole' | 'killed', string> = { whole: '', killed: '' };
const pools: pg.Pool[] = [];

beforeAll(async () => {
  database = await startTestDatabase();
  // The slow article keeps the run busy long enough to be killed in the middle.
  site = await startFixtureSite({ slowMs: 1500 });
  for (const name of ['whole', 'killed'] as const) {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    urls[name] = database.url.replace(/\/[^/]+$/, `/${name}`);
    await migrate(urls[name]);
  }
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await site?.close();
  if (database) await sessionsClosed(database.url);
  await database?.stop();
});

/**
 * pool.end() resolves before its sockets are closed; a server stopped before they are ends them with
 * an error (57P01) that nothing is left to catch. Wait (at most 10 s) until the server has no session
 * on the test's databases.
 */
async function sessionsClosed(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ANY($1)`, [Object.keys(urls)]);
      if (rows[0].n === 0) return;
    }
  } finally {
    await admin.end();
  }
}

function pool(url: string): pg.Pool {
  const p = new pg.Pool({ connectionString: url, max: 2 });
  pools.push(p);
  return p;
}

function collect(databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/collect.ts'), '--concurrency', '1', site.columnUrl], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      COLLECT_ALLOW_PRIVATE: '1',
      COLLECT_HOST_MAP: SITE_HOST_MAP,
      COLLECT_PAUSE_MS: '0',
      COLLECT_RETRY_MS: '50',
      COLLECT_LEASE_MS: '1500',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  return { child, exited, output: () => output };
}

/** Reports by place and year with their figures and sources' addresses; frontier states with their counts. */
async function outcome(db: pg.Pool) {
  const reports = await db.query(
    `SELECT j.name || ' ' || r.year AS report,
       (SELECT json_object_agg(f.key, f.value ORDER BY f.key) FROM figure f WHERE f.report_id = r.id)::text AS figures,
       (SELECT array_agg(regexp_replace(s.document_url, ':\\d+/', '/') ORDER BY s.document_url) FROM report_source s WHERE s.report_id = r.id) AS sources
     FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id ORDER BY 1`,
  );
  const states = await db.query(`SELECT state::text, count(*)::int AS count FROM collect_url GROUP BY state ORDER BY state`);
  return { reports: reports.rows, states: states.rows };
}

it(
  'a SIGKILLed collect, run again, ends as an uninterrupted run; only the address in flight is fetched again',
  { timeout: 240_000 },
  async () => {
    site.reset();
    const whole = collect(urls.whole);
    expect(await whole.exited, whole.output()).toBe(1); // the column has a broken link and a refused .wps
    const expected = await outcome(pool(urls.whole));
    expect(expected.reports).toHaveLength(7);

    site.reset();
    const killed = pool(urls.killed);
    const first = collect(urls.killed);
    const deadline = Date.now() + 120_000;
    // Kill once some reports are stored, with work still queued.
    while (Number((await killed.query('SELECT count(*) FROM report')).rows[0].count) < 2) {
      if (first.child.exitCode !== null) throw new Error(`collect ended before it was killed: ${first.output()}`);
      if (Date.now() > deadline) throw new Error(`collect stored nothing within 120 s: ${first.output()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const inFlight = (await killed.query(`SELECT count(*)::int AS n FROM collect_url WHERE state = 'fetching'`)).rows[0].n;
    expect(inFlight).toBeLessThanOrEqual(1);
    expect((await killed.query(`SELECT count(*)::int AS n FROM collect_url WHERE state = 'queued'`)).rows[0].n).toBeGreaterThan(0);
    const askedBefore = site.requests.filter((r) => r.status !== 503 && r.path !== '/robots.txt').map((r) => `${r.host}${r.path}`);

    site.requests.length = 0;
    const second = collect(urls.killed);
    expect(await second.exited, second.output()).toBe(1);
    expect(await outcome(killed)).toEqual(expected);
    const askedAgain = site.requests.filter((r) => askedBefore.includes(`${r.host}${r.path}`));
    // The address in flight (a redirect counts as its two requests), nothing else.
    expect(new Set(askedAgain.map((r) => r.path)).size).toBeLessThanOrEqual(inFlight ? 2 : 0);
  },
);
