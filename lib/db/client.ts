// The Prisma 7 client (engine-free, through @prisma/adapter-pg) and the pg pool under it. One of each
// per process: the globalThis guard keeps Next's dev reloads from opening a new pool on every edit.
// The pool is exported too, for the bulk ingest path (one INSERT … SELECT FROM unnest per report).
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/client';
import { createPool } from './pool';

export { createPool } from './pool';

export type Db = InstanceType<typeof PrismaClient>;

export function createDb(pool: pg.Pool): Db {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

const globalForDb = globalThis as unknown as { __govReportsPool?: pg.Pool; __govReportsDb?: Db };

/** The process-wide pool on DATABASE_URL (read when this module is first imported). */
export const pool: pg.Pool = (globalForDb.__govReportsPool ??= createPool());
/** The process-wide Prisma client on `pool`. */
export const db: Db = (globalForDb.__govReportsDb ??= createDb(pool));
