// Raw SQL with its row shape declared beside it. Queries use the Prisma client where it can say what
// they need; where it cannot (DISTINCT ON, window functions, the /table pivot) they are written as
// SQL through the pg pool with `defineSql`: the text, the columns it returns with their PostgreSQL
// types ('int4', 'text | null'…), and sample parameters. The row type is derived from that shape,
// and lib/db/queries/raw-sql.test.ts runs every such query on a migrated database holding the
// bundled reports and checks each column's name, type and nullability against the shape, so a row
// type is never a cast nothing checks.

import type pg from 'pg';

/** PostgreSQL types the queries return, by the name pg reports (data type OIDs below). */
export const PG_TYPES = {
  bool: 16,
  int8: 20,
  int4: 23,
  text: 25,
  json: 114,
  float8: 701,
  date: 1082,
  timestamp: 1114,
} as const;
export type PgType = keyof typeof PG_TYPES;

type Decoded = {
  bool: boolean;
  // pg returns int8 (count(*) without a cast) as a string: cast to int4 in the SQL instead.
  int8: string;
  int4: number;
  text: string;
  json: unknown;
  float8: number;
  date: Date;
  timestamp: Date;
};

/** A column: its type, `| null` when it may be NULL. */
export type ColumnType = PgType | `${PgType} | null`;
export type RowShape = Record<string, ColumnType>;

type ValueOf<C extends ColumnType> = C extends `${infer T extends PgType} | null`
  ? Decoded[T] | null
  : C extends PgType
    ? Decoded[C]
    : never;
/** The TypeScript row of a shape. */
export type RowOf<S extends RowShape> = { [K in keyof S]: ValueOf<S[K]> };

export interface SqlQuery<S extends RowShape = RowShape> {
  readonly kind: 'sql';
  /** For messages: the query's file and purpose. */
  readonly name: string;
  readonly text: string;
  readonly row: S;
  /** Parameters that make the query return rows on the bundled reports (the shape test runs it with them). */
  readonly sample: readonly unknown[];
}

export function defineSql<const S extends RowShape>(name: string, text: string, row: S, sample: readonly unknown[]): SqlQuery<S> {
  return { kind: 'sql', name, text, row, sample };
}

export function isSqlQuery(value: unknown): value is SqlQuery {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'sql';
}

/** Runs a query with its parameters; rows typed by its shape. */
export async function runSql<S extends RowShape>(
  db: Pick<pg.Pool, 'query'>,
  query: SqlQuery<S>,
  values: readonly unknown[],
): Promise<RowOf<S>[]> {
  const result = await db.query(query.text, [...values]);
  return result.rows as RowOf<S>[];
}

/** Differences between what a query returned and its shape (empty: they agree). */
export function shapeMismatches(
  shape: RowShape,
  fields: readonly { name: string; dataTypeID: number }[],
  rows: readonly Record<string, unknown>[],
): string[] {
  const problems: string[] = [];
  const names = fields.map((f) => f.name);
  const declared = Object.keys(shape);
  if (names.join(',') !== declared.join(',')) problems.push(`columns are (${names.join(', ')}), the shape says (${declared.join(', ')})`);
  for (const field of fields) {
    const type = shape[field.name];
    if (type === undefined) continue;
    const base = type.replace(' | null', '') as PgType;
    if (PG_TYPES[base] !== field.dataTypeID)
      problems.push(`${field.name}: type OID ${field.dataTypeID}, the shape says ${base} (${PG_TYPES[base]})`);
    if (!type.endsWith('| null') && rows.some((r) => r[field.name] === null))
      problems.push(`${field.name}: NULL returned, the shape says never`);
  }
  return problems;
}
