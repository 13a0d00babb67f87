// The database a command-line tool works on: DATABASE_URL when set; otherwise the embedded server
// on the data directory (DATA_DIR, default .data/postgres): the one already running there (say,
// under `npm start`), or one started for this command and stopped after it. Migrated either way.
import { dataDirFromEnv, embeddedUrl, runningServer, startEmbedded } from './embedded';
import { migrate } from './migrate';

export interface OpenDatabase {
  url: string;
  /** Where it is, for messages. */
  description: string;
  /** Migrations this opening applied (empty when the database was up to date). */
  applied: string[];
  close(): Promise<void>;
}

export async function openDatabase(repoRoot: string, env = process.env): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const applied = await migrate(env.DATABASE_URL);
    return { url: env.DATABASE_URL, description: 'DATABASE_URL', applied, close: async () => undefined };
  }
  const dataDir = dataDirFromEnv(repoRoot, env);
  const running = runningServer(dataDir);
  if (running) {
    const url = embeddedUrl(running.port);
    const applied = await migrate(url);
    return {
      url,
      description: `the running embedded PostgreSQL on ${dataDir} (port ${running.port})`,
      applied,
      close: async () => undefined,
    };
  }
  const server = await startEmbedded({ dataDir });
  let applied: string[];
  try {
    applied = await migrate(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, description: `embedded PostgreSQL on ${dataDir}`, applied, close: () => server.stop() };
}
