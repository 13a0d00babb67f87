// The data-version cache on a real PostgreSQL: a load runs once while the data is unchanged, again
// after any committed write, once for concurrent askers, and a failed load is not kept.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestDatabase, type TestDatabase } from './testing';

vi.mock('server-only', () => ({}));

let database: TestDatabase;
let cachedByDataVersion: typeof import('./cache').cachedByDataVersion;
let pool: typeof import('./client').pool;

beforeAll(async () => {
  database = await startTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ cachedByDataVersion } = await import('./cache'));
  ({ pool } = await import('./client'));
});
afterAll(async () => {
  await pool?.end();
  await database?.stop();
});

function counter() {
  let calls = 0;
  const load = async () => {
    calls++;
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM jurisdiction');
    return rows[0]!.n;
  };
  return { load, calls: () => calls };
}

describe('cachedByDataVersion', () => {
  it('loads once while the data is unchanged, and again after a write, with the new data', async () => {
    const c = counter();
    expect(await cachedByDataVersion('count', 1, c.load)).toBe(0);
    expect(await cachedByDataVersion('count', 1, c.load)).toBe(0);
    expect(c.calls()).toBe(1);
    // Other arguments are another entry.
    await cachedByDataVersion('count', 2, c.load);
    expect(c.calls()).toBe(2);
    await pool.query(`INSERT INTO jurisdiction (slug, name, level) VALUES ('cache-a', '甲县', 'county')`);
    expect(await cachedByDataVersion('count', 1, c.load)).toBe(1);
    expect(c.calls()).toBe(3);
  });

  it('shares one load between concurrent askers', async () => {
    const c = counter();
    const answers = await Promise.all(Array.from({ length: 10 }, () => cachedByDataVersion('shared', null, c.load)));
    expect(new Set(answers).size).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it('does not keep a failed load', async () => {
    let calls = 0;
    const flaky = async () => {
      if (++calls === 1) throw new Error('connection lost');
      return 'ok';
    };
    await expect(cachedByDataVersion('flaky', null, flaky)).rejects.toThrow('connection lost');
    expect(await cachedByDataVersion('flaky', null, flaky)).toBe('ok');
    expect(calls).toBe(2);
  });
});
