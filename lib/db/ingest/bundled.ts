// The reports shipped in the repo (data/reports/seeds, data/reports/corpus) and the census
// population, loaded by `npm start` into an empty database and by the browser tests' server.
import path from 'node:path';
import pg from 'pg';
import { createPool } from '../pool';
import { loadPopulation, readPopulationCsv } from '../jurisdictions';
import { createReader } from '../../ingest';
import { ingestFiles, type BatchSummary } from './batch';
import { collectFiles } from './files';

export function bundledReportFiles(repoRoot: string): string[] {
  return collectFiles([path.join(repoRoot, 'data/reports/seeds'), path.join(repoRoot, 'data/reports/corpus')]).files;
}

export async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT NOT EXISTS (SELECT 1 FROM report) AS empty')).rows[0].empty as boolean;
  } finally {
    await client.end();
  }
}

/** Ingests the bundled reports and loads data/population.csv. */
export async function loadBundled(url: string, repoRoot: string): Promise<BatchSummary> {
  const pool = createPool(url, { max: 4 });
  // Its own reader processes, stopped when done: the process that loads them goes on running.
  const reader = createReader();
  try {
    const summary = await ingestFiles(pool, bundledReportFiles(repoRoot), reader, { baseDir: path.join(repoRoot, 'data/reports') });
    await loadPopulation(pool, readPopulationCsv(path.join(repoRoot, 'data/population.csv')));
    return summary;
  } finally {
    await reader.close();
    await pool.end();
  }
}
