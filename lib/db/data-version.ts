// The data version (table data_version, migration 20261207130000_data_version): bumped at the
// commit of every transaction that writes a data table, seen by readers together with the rows
// it covers. Whatever is computed from the data alone can be kept until it changes (./cache.ts).
import type pg from 'pg';

export async function readDataVersion(pool: Pick<pg.Pool, 'query'>): Promise<number> {
  const { rows } = await pool.query<{ version: string }>('SELECT version FROM data_version');
  return Number(rows[0]!.version);
}
