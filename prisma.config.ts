// Prisma 7 reads its settings here (the schema's datasource has no url any more).
// The url is only needed by commands that talk to a database (migrate status/deploy where Prisma's
// schema engine is available); generate/validate/format work without it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
