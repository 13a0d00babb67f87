// `npm run bench:storage -- <N> [--shapes a,b] [--runs R]`: loads the same N reports of the
// national synthetic corpus (lib/db/testing/synthetic-reports.ts; their figures known, so no
// extraction or parsing) into throwaway schemas of the storage shapes in scripts/lib/storage-shapes.ts,
// one after the other in one throwaway embedded PostgreSQL with durable settings (as `npm start`),
// and prints for each: reports/s, CPU per report (PostgreSQL; this process, the generator's own
// share taken out), bytes per report (pg_total_relation_size of its tables; the sources apart),
// and the time of two reads with a warm cache (one key and year across all reports; one report's
// figures). Each schema is dropped after it is measured: only one shape's data is on disk at a time.
// Database: DATABASE_URL (then PostgreSQL's CPU is not measured), else the throwaway embedded one.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { createPool } from '../lib/db/pool';
import { prepareReport } from '../lib/db/ingest';
import { withClient } from '../lib/db/ingest/write';
import { ensureJurisdiction, type JurisdictionCache } from '../lib/db/jurisdictions';
import { placeFromMeta } from '../lib/db/jurisdictions/from-meta';
import { startTestDatabase, type TestDatabase } from '../lib/db/testing';
import { percentile, postgresCpuSeconds } from './lib/bench';
import { runMain, UsageError } from './lib/cli';
import { ORIGINALS_DIR, originalsOnDisk, SHAPES, type Item, type Shape } from './lib/storage-shapes';
import { bundledGenerator, variantInput } from './lib/synthetic';

const USAGE = `Usage: npm run bench:storage -- <N> [--shapes ${SHAPES.map((s) => s.name).join(',')}] [--runs R]`;

let database: TestDatabase | null = null;

interface Measured {
  shape: string;
  seconds: number;
  finishSeconds: number;
  pgMs: number | null;
  clientMs: number;
  bytes: number;
  sourceBytes: number;
  keyYear: number[];
  oneReport: number[];
  dump: { seconds: number; bytes: number };
}

/** The data part of a logical backup (what pg_dump writes: COPY … TO STDOUT of every table), timed; bytes written. */
async function dumpSeconds(pool: pg.Pool, schema: string): Promise<{ seconds: number; bytes: number }> {
  const tables = (await pool.query<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = $1', [schema])).rows;
  const started = performance.now();
  let bytes = 0;
  await withClient(pool, async (client) => {
    for (const { t } of tables)
      await pipeline(
        client.query(copyTo(`COPY ${t} TO STDOUT`)),
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            bytes += chunk.length;
            done();
          },
        }),
      );
  });
  return { seconds: (performance.now() - started) / 1000, bytes };
}

const ms = (t: number[]) => `${percentile(t, 50).toFixed(1)} / ${percentile(t, 95).toFixed(1)}`;

const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

async function timeQuery(pool: pg.Pool, runs: number, query: (k: number) => { text: string; values: unknown[] }): Promise<number[]> {
  for (let k = 0; k < 3; k++) await pool.query(query(k));
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const q = query(k + 3);
    const start = performance.now();
    await pool.query(q);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

runMain(
  async () => {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { shapes: { type: 'string' }, runs: { type: 'string', default: '20' } },
    });
    const n = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(n) || n <= 0) throw new UsageError(USAGE);
    const names = values.shapes?.split(',') ?? SHAPES.map((s) => s.name);
    const shapes = names.map((name) => SHAPES.find((s) => s.name === name) ?? null);
    if (shapes.includes(null)) throw new UsageError(`Unknown shape in ${values.shapes}\n${USAGE}`);
    const runs = Math.max(5, Number(values.runs) || 20);

    const generator = await bundledGenerator(Math.max(n, 1_000_000));
    let url = process.env.DATABASE_URL;
    if (!url) {
      database = await startTestDatabase({ ephemeral: false });
      url = database.url;
    }
    const publicPool = createPool(url, { max: 2 });
    const jurisdictions: JurisdictionCache = new Map();
    const jurisdictionOf = new Map<number, number>();

    // Jurisdictions made once, before the shapes are timed.
    for (let i = 0; i < n; i++)
      jurisdictionOf.set(i, await ensureJurisdiction(publicPool, placeFromMeta(generator.variant(i).result.meta)!, jurisdictions));
    // The generator's own CPU, counted while it runs (synchronously: nothing else of this process runs meanwhile) and taken out of the client's.
    let generating = 0;
    const item = (i: number): Item => {
      const start = process.cpuUsage();
      const input = variantInput(generator.variant(i));
      const prepared = prepareReport(input);
      if (!prepared.ok) throw new Error(`variant ${i}: ${prepared.refusal.message.en}`);
      generating += cpuSeconds(start);
      return { input, prepared: prepared.prepared, jurisdictionId: jurisdictionOf.get(i)! };
    };

    const results: Measured[] = [];
    for (const shape of shapes as Shape[]) {
      const schema = `bench_${shape.name.replace(/-/g, '_')}`;
      await publicPool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      const pool = createPool(url, { max: 8, options: `-c search_path=${schema},public` });
      for (const statement of shape.create) await pool.query(statement);
      console.log(`${shape.name}: ${shape.description}`);

      const pgBefore = database ? postgresCpuSeconds(database.dataDir) : null;
      const cpuBefore = process.cpuUsage();
      generating = 0;
      const started = performance.now();
      let next = 0;
      let done = 0;
      let lastReport = started;
      // Report by report: as many writers as the ingest uses; batches: two, so one is built while one is written.
      const writers = shape.batch === 1 ? Math.max(4, os.availableParallelism() * 3) : 2;
      const writer = async () => {
        while (next < n) {
          const from = next;
          next = Math.min(n, next + shape.batch);
          const items = Array.from({ length: next - from }, (_, k) => item(from + k));
          await shape.write(pool, items, jurisdictions);
          done += items.length;
          const now = performance.now();
          if (now - lastReport > 15_000) {
            lastReport = now;
            console.log(`  ${done}/${n}  ${(done / ((now - started) / 1000)).toFixed(0)} reports/s`);
          }
        }
      };
      await Promise.all(Array.from({ length: writers }, writer));
      const finishStart = performance.now();
      for (const statement of shape.finish) await pool.query(statement);
      const seconds = (performance.now() - started) / 1000;
      const finishSeconds = (performance.now() - finishStart) / 1000;
      const clientMs = ((cpuSeconds(cpuBefore) - generating) * 1000) / n;
      const genMs = (generating * 1000) / n;
      await pool.query('ANALYZE');
      const pgAfter = database ? postgresCpuSeconds(database.dataDir) : null;

      const size = (
        await pool.query<{ total: string; sources: string; reports: number }>(
          `SELECT sum(pg_total_relation_size(c.oid))::bigint AS total,
                  sum(pg_total_relation_size(c.oid)) FILTER (WHERE c.relname = 'report_source')::bigint AS sources,
                  (SELECT count(*)::int FROM report) AS reports
           FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r'`,
          [schema],
        )
      ).rows[0]!;
      if (size.reports !== n) throw new Error(`${shape.name}: ${size.reports} reports stored, ${n} written`);
      const ids = (await pool.query<{ id: number }>('SELECT id FROM report ORDER BY random() LIMIT 50')).rows.map((r) => r.id);
      const keyYear = await timeQuery(pool, runs, (k) => shape.keyYear('applications.new.total', 2019 + (k % 7)));
      const oneReport = await timeQuery(pool, runs, (k) => shape.oneReport(ids[k % ids.length]!));
      const dump = await dumpSeconds(pool, schema);
      await pool.end();
      await publicPool.query(`DROP SCHEMA ${schema} CASCADE`);
      const onDisk = originalsOnDisk.files ? { files: originalsOnDisk.files, bytes: originalsOnDisk.bytes } : null;
      rmSync(ORIGINALS_DIR, { recursive: true, force: true });
      Object.assign(originalsOnDisk, { files: 0, bytes: 0 });
      if (onDisk)
        console.log(`  originals on disk: ${onDisk.files} files, ${(onDisk.bytes / n / 1024).toFixed(1)} kB per report (deleted)`);
      await publicPool.query('CHECKPOINT');
      const m: Measured = {
        shape: shape.name,
        seconds,
        finishSeconds,
        pgMs: pgBefore !== null && pgAfter !== null ? ((pgAfter - pgBefore) * 1000) / n : null,
        clientMs,
        bytes: Number(size.total) / n,
        sourceBytes: Number(size.sources) / n,
        keyYear,
        oneReport,
        dump,
      };
      results.push(m);
      console.log(
        `  ${(n / seconds).toFixed(0)} reports/s (${seconds.toFixed(1)} s${shape.finish.length ? `, of which ${finishSeconds.toFixed(1)} s building indexes and keys` : ''}); ` +
          `CPU per report: ${m.pgMs?.toFixed(2) ?? '?'} ms PostgreSQL, ${clientMs.toFixed(2)} ms client (${genMs.toFixed(2)} ms generating, apart); ` +
          `${(m.bytes / 1024).toFixed(1)} kB per report (${((m.bytes - m.sourceBytes) / 1024).toFixed(1)} kB without the sources); ` +
          `dump (COPY TO of every table): ${m.dump.seconds.toFixed(1)} s, ${(m.dump.bytes / n / 1024).toFixed(1)} kB per report; ` +
          `reads p50 / p95: key × year ${ms(keyYear)} ms, one report ${ms(oneReport)} ms`,
      );
    }
    await publicPool.end();

    console.log(
      `\n${n} reports${database ? ' (embedded PostgreSQL, durable commits)' : ''}; reads: ms p50 / p95 over ${runs} runs, warm cache\n` +
        '| shape | reports/s | ms CPU/report (PostgreSQL + client) | kB/report (without sources) | key × year, all reports | one report | dump s |\n' +
        '|---|---|---|---|---|---|---|',
    );
    for (const m of results)
      console.log(
        `| ${m.shape} | ${(n / m.seconds).toFixed(0)} | ${m.pgMs?.toFixed(2) ?? '?'} + ${m.clientMs.toFixed(2)} | ` +
          `${(m.bytes / 1024).toFixed(1)} (${((m.bytes - m.sourceBytes) / 1024).toFixed(1)}) | ${ms(m.keyYear)} | ${ms(m.oneReport)} | ${m.dump.seconds.toFixed(1)} |`,
      );
    return 0;
  },
  async () => {
    await database?.stop();
  },
);
