// `npm run migrate`: apply prisma/migrations to DATABASE_URL, or to the embedded server's data
// directory (DATA_DIR, default .data/postgres) when no DATABASE_URL is set.
import { openDatabase } from '../lib/db/database';
import { repoRoot, runMain } from './lib/cli';

runMain(async () => {
  // Opening migrates; what remains is to say what it did.
  const database = await openDatabase(repoRoot);
  console.log(
    database.applied.length ? `Applied ${database.applied.join(', ')} to ${database.description}.` : `${database.description}: up to date.`,
  );
  await database.close();
});
