// `npm run prisma:generate` (and postinstall): generate the Prisma client into lib/db/generated,
// offline (see lib/db/prisma-cli.ts).
import { runPrismaCli } from '../lib/db/prisma-cli';

const run = runPrismaCli(['generate', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.error) console.error(run.error.message);
process.exit(run.status ?? 1);
