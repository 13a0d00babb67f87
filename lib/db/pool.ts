// pg pools for the app, scripts and tests. Kept apart from client.ts so that scripts writing through
// pg do not load the Prisma client.
import pg from 'pg';

export function createPool(url: string | undefined = process.env.DATABASE_URL, config: pg.PoolConfig = {}): pg.Pool {
  // Without a url pg would silently try localhost:5432; every query says what is missing instead.
  const pool = new pg.Pool({ max: 10, ...config, connectionString: url || 'postgresql://missing-DATABASE_URL.invalid/none' });
  // An idle connection the server closes (restart, shutdown) must not crash the process: the next
  // query opens a new one.
  // 57P01: the server is shutting down, which our own scripts do on purpose after their work.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.error(`PostgreSQL connection closed: ${error.message}`);
  });
  return pool;
}
