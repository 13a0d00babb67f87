// Shared by the benchmark scripts: the nearest-rank percentile, and for the server benchmarks their
// options (--url, --runs), a timing loop with warm-up, and one line of p50/p95/max per measurement.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { UsageError } from './cli';

/** Nearest-rank percentile of ascending `sorted` values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface ServerBench {
  /** The running app, without a trailing slash. */
  base: string;
  runs: number;
  /** GET a path of the app; its body as text; throws on a non-2xx status. */
  get(path: string): Promise<string>;
  /**
   * Runs `fn` three times to warm up (compile, caches, connections), then `runs` timed times (ms);
   * `before` each, untimed. The CPU time per timed run of processes rides along (cpu): by default,
   * with --pid, the app server's; for a query of the benchmark's own, its PostgreSQL backend's.
   * Unlike wall time, it does not grow with the machine's load.
   */
  time(fn: () => Promise<unknown>, options?: { before?: () => Promise<unknown>; cpu?: CpuMeter[] }): Promise<Timings>;
  /** Prints `label` and the p50/p95/max of `times` (and the CPU per run, when known). */
  report(label: string, times: Timings, width?: number): void;
  /** The app server's CPU (--pid), when given. */
  serverCpu: CpuMeter[];
}

/** CPU seconds used so far by some processes, and what they are. */
export interface CpuMeter {
  of: string;
  seconds(): number;
}

/** The CPU meter of one live process. */
export function processCpu(pid: number, of: string): CpuMeter {
  return { of, seconds: () => processCpuSeconds(pid) };
}

export type Timings = readonly number[] & { cpu?: { ms: number; of: string }[] };

/** CPU seconds (user + system) a live process has used, from /proc. */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime; USER_HZ is 100 on Linux
}

export function serverBench(): ServerBench {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://localhost:3000' },
      runs: { type: 'string', default: '40' },
      pid: { type: 'string' },
    },
  });
  const serverCpu = values.pid ? [processCpu(Number(values.pid), 'server')] : [];
  const base = values.url!.replace(/\/$/, '');
  const runs = Math.max(5, Number(values.runs) || 40);
  return {
    base,
    runs,
    async get(path) {
      const response = await fetch(`${base}${path}`);
      const text = await response.text();
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return text;
    },
    serverCpu,
    async time(fn, { before, cpu = serverCpu } = {}) {
      for (let i = 0; i < 3; i++) await fn();
      const times: number[] & { cpu?: { ms: number; of: string }[] } = [];
      const seconds = cpu.map(() => 0);
      for (let i = 0; i < runs; i++) {
        await before?.();
        const cpuBefore = cpu.map((m) => m.seconds());
        const start = performance.now();
        await fn();
        times.push(performance.now() - start);
        cpu.forEach((m, k) => (seconds[k]! += m.seconds() - cpuBefore[k]!));
      }
      if (cpu.length) times.cpu = cpu.map((m, k) => ({ ms: (seconds[k]! * 1000) / runs, of: m.of }));
      return times;
    },
    report(label, times, width = 64) {
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `${label.padEnd(width)} n=${sorted.length}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms` +
          (times.cpu ?? []).map((c) => `  ${c.of} CPU ${c.ms.toFixed(1)} ms each`).join(''),
      );
    },
  };
}

/** A benchmark of the dashboards needs data: said plainly, without a stack. */
export function noReports(): UsageError {
  return new UsageError('The database has no reports: run npm run ingest or npm run bench:ingest first.');
}

/** The year and province with the most reports: the largest realistic "all in a province" view. */
export async function busiestProvinceYear(client: pg.Client): Promise<{ year: number; province: string; n: number }> {
  const row = (
    await client.query<{ year: number; province: string; n: number }>(
      `SELECT r.year, j.province, count(*)::int AS n FROM report r JOIN jurisdiction j ON j.id = r.jurisdiction_id
       WHERE j.province IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC LIMIT 1`,
    )
  ).rows[0];
  if (!row) throw noReports();
  return row;
}

/**
 * CPU seconds a PostgreSQL server has used so far: the postmaster, its live processes, and its
 * exited backends (whose time the kernel adds to the postmaster's children's time), from /proc.
 * Null when not readable (a server on another machine, not Linux).
 */
export function postgresCpuSeconds(dataDir: string): number | null {
  // Fields after the command's closing parenthesis: ppid is the 2nd, utime, stime, cutime, cstime the 12th–15th.
  const stat = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = (fields: string[], count: number) => fields.slice(11, 11 + count).reduce((sum, f) => sum + Number(f), 0);
  try {
    const pid = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
    let total = ticks(stat(pid), 4);
    for (const child of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const fields = stat(child);
        if (fields[1] === pid) total += ticks(fields, 2);
      } catch {
        // the process ended while we looked: its time is in the postmaster's children's time now
      }
    }
    return total / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** CPU seconds of this process's exited and reaped children (cutime + cstime, from /proc): the reader
 * processes once they are closed. Null when not readable (not Linux). */
export function reapedChildrenCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
