// `npm run migrate`: apply prisma/migrations to DATABASE_URL, or to the embedded server's data
// directory (DATA_DIR, default .data/postgres) when no DATABASE_URL is set.
import { dataDirFromEnv, startEmbedded } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { repoRoot, runMain } from './lib/cli';

runMain(async () => {
  const embedded = process.env.DATABASE_URL ? null : await startEmbedded({ dataDir: dataDirFromEnv(repoRoot) });
  try {
    const applied = await migrate(process.env.DATABASE_URL ?? embedded!.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await embedded?.stop();
  }
});
