// Keeps the embedded PostgreSQL of `npm start` running: when it exits without being asked to (a
// crash, kill -9, the OOM killer), it is started again on the same port and data after a backoff
// of 1, 2, 4 … 60 s, growing with the failures of the last ten minutes. Ten failures (exits or
// failed starts) within ten minutes mean something is wrong that restarting will not fix: the
// supervisor gives up with the last reason, and `npm start` exits 1. Every step is logged.

import type { EmbeddedServer } from './embedded';

export const FAILURE_WINDOW_MS = 10 * 60_000;
export const MAX_FAILURES = 10;
const MAX_DELAY_S = 60;

/** Seconds to wait before the next start, after `failures` failures within the window (≥ 1). */
export function backoffSeconds(failures: number): number {
  return Math.min(MAX_DELAY_S, 2 ** Math.max(0, failures - 1));
}

export interface SupervisorState {
  /** Starts after an unexpected exit that succeeded. */
  restarts: number;
  /** up; down (waiting to restart); gave-up. */
  state: 'up' | 'down' | 'gave-up';
  lastFailure: string | null;
}

export interface SupervisorOptions {
  /** Starts the server again (same data directory and port). */
  start: () => Promise<EmbeddedServer>;
  log: (line: string) => void;
  /** Told of every change (the app server answers 503 while down and reports restarts). */
  onChange?: (state: SupervisorState) => void;
  /** Called once when restarting is given up, with the reason. */
  onGiveUp: (reason: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class PostgresSupervisor {
  private failures: number[] = [];
  private stopped = false;
  private current: EmbeddedServer;
  readonly status: SupervisorState = { restarts: 0, state: 'up', lastFailure: null };
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    server: EmbeddedServer,
    private readonly options: SupervisorOptions,
  ) {
    this.current = server;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.watch(server);
  }

  /** The server running now (it changes with every restart). */
  get server(): EmbeddedServer {
    return this.current;
  }

  /** A stop that was asked for: no restart after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.current.stop();
  }

  private change(update: Partial<SupervisorState>): void {
    Object.assign(this.status, update);
    this.options.onChange?.({ ...this.status });
  }

  /** Records a failure; true when it is one too many. */
  private fail(reason: string): boolean {
    const t = this.now();
    this.failures = [...this.failures.filter((at) => t - at < FAILURE_WINDOW_MS), t];
    this.change({ lastFailure: reason });
    return this.failures.length >= MAX_FAILURES;
  }

  private watch(server: EmbeddedServer): void {
    void server.exited.then((how) => {
      if (!this.stopped) void this.recover(`PostgreSQL (pid ${server.pid}) stopped unexpectedly (${how})`);
    });
  }

  private async recover(reason: string): Promise<void> {
    this.change({ state: 'down' });
    let why = reason;
    while (!this.stopped) {
      if (this.fail(why)) {
        const message = `${why}. PostgreSQL failed ${MAX_FAILURES} times within ${FAILURE_WINDOW_MS / 60_000} minutes: giving up.`;
        this.options.log(message);
        this.change({ state: 'gave-up' });
        this.options.onGiveUp(message);
        return;
      }
      const delay = backoffSeconds(this.failures.length);
      this.options.log(`${why}. Restarting it in ${delay} s (failure ${this.failures.length} of ${MAX_FAILURES} allowed in 10 minutes)…`);
      await this.sleep(delay * 1000);
      if (this.stopped) return;
      try {
        const server = await this.options.start();
        if (this.stopped) {
          await server.stop();
          return;
        }
        this.current = server;
        if (server.staleLockCleared) this.options.log(server.staleLockCleared);
        this.options.log(`PostgreSQL is running again (pid ${server.pid}, port ${server.port}).`);
        this.change({ state: 'up', restarts: this.status.restarts + 1 });
        this.watch(server);
        return;
      } catch (error) {
        why = `PostgreSQL could not be restarted: ${(error as Error).message.split('\n')[0]}`;
      }
    }
  }
}
