// The app server's watch on PostgreSQL: one connection held open, so that the server learns at once
// when the database goes away (kill -9 closes the socket), then a connection attempt every second
// until it is back. While it is away, lib/server/listener.ts answers 503 instead of letting every
// page fail with 500.

import pg from 'pg';
import type { ServerState } from './state';

export interface DatabaseWatch {
  stop(): Promise<void>;
}

const RETRY_MS = 1000;
/** Generous: a busy machine can stall the event loop for seconds, which is not an outage. */
const CONNECT_TIMEOUT_MS = 10_000;

export function watchDatabase(url: string, state: ServerState, log: (line: string) => void): DatabaseWatch {
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const set = (reachable: boolean, error: string | null) => {
    if (state.database.reachable !== reachable) {
      const was = Date.parse(state.database.since);
      state.database.since = new Date().toISOString();
      log(
        reachable
          ? `The database is reachable again (after ${Math.round((Date.now() - was) / 1000)} s); serving normally.`
          : `The database is unreachable (${error}); answering 503 until it is back.`,
      );
    }
    state.database.reachable = reachable;
    state.database.error = error;
  };

  const retry = () => {
    if (!stopped) timer = setTimeout(connect, RETRY_MS);
  };

  async function connect(): Promise<void> {
    const attempt = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // 'error' and 'end' may both come for one loss: the first one counts.
    const lost = (error: string) => {
      if (client !== attempt) return;
      client = null;
      set(false, error);
      retry();
    };
    attempt.on('error', (error: Error) => lost(error.message));
    attempt.on('end', () => lost('the connection was closed'));
    try {
      await attempt.connect();
      await attempt.query('SELECT 1');
      if (stopped) return void attempt.end();
      client = attempt;
      set(true, null);
    } catch (error) {
      attempt.removeAllListeners();
      void attempt.end().catch(() => undefined);
      set(false, (error as Error).message);
      retry();
    }
  }

  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      c?.removeAllListeners();
      await c?.end().catch(() => undefined);
    },
  };
}
