// How far the collection of given addresses has gone (the /ingest page's progress, which can be
// left and reopened): per seed, its addresses by state, the reports they produced, and what failed
// or was refused, with the reasons (a list read only in part too).
import type { Queryable } from '../ingest/write';
import type { CollectState, SeedProgress } from '../../domain/collect';

export type { SeedProgress };

export async function seedProgress(db: Queryable, seedIds: number[]): Promise<SeedProgress[]> {
  if (!seedIds.length) return [];
  const seeds = await db.query<{ id: number; url: string }>('SELECT id, url FROM collect_url WHERE id = ANY($1::int[]) ORDER BY id', [
    seedIds,
  ]);
  const states = await db.query<{ seed_id: number; state: CollectState; count: number }>(
    'SELECT seed_id, state::text AS state, count(*)::int AS count FROM collect_url WHERE seed_id = ANY($1::int[]) GROUP BY seed_id, state',
    [seedIds],
  );
  const reports = await db.query<{ seed_id: number; id: number; name: string; year: number }>(
    `SELECT DISTINCT u.seed_id, r.id, j.name, r.year FROM collect_url u JOIN report r ON r.id = u.report_id
       JOIN jurisdiction j ON j.id = r.jurisdiction_id WHERE u.seed_id = ANY($1::int[]) ORDER BY r.year DESC, r.id`,
    [seedIds],
  );
  const problems = await db.query<{ seed_id: number; url: string; state: CollectState; reason_code: string | null; reason: string | null }>(
    `SELECT seed_id, url, state::text AS state, reason_code, reason FROM collect_url
     WHERE seed_id = ANY($1::int[]) AND (state IN ('failed', 'gone', 'robots', 'not_report') OR (state = 'queued' AND reason_code IS NOT NULL)
       OR (state = 'done' AND reason_code = 'SCRIPT_LIST'))
     ORDER BY id LIMIT 200`,
    [seedIds],
  );
  return seeds.rows.map((s) => ({
    id: s.id,
    url: s.url,
    states: Object.fromEntries(states.rows.filter((r) => r.seed_id === s.id).map((r) => [r.state, r.count])),
    reports: reports.rows.filter((r) => r.seed_id === s.id).map(({ id, name, year }) => ({ id, name, year })),
    problems: problems.rows
      .filter((p) => p.seed_id === s.id)
      .map((p) => ({ url: p.url, state: p.state, code: p.reason_code, reason: p.reason })),
  }));
}
