// What a database looks like (tables, columns, keys, indexes, enums), computed two ways:
//  - from schema.prisma, through Prisma's own parser: `prisma generate` on a copy of the schema whose
//    only generator is dmmf-generator.mjs, which receives the DMMF (Prisma's parsed data model) and
//    writes it out. Offline, same Prisma version, no schema engine. The DMMF is then mapped to
//    PostgreSQL the way Prisma's migrate maps it (types, defaults, default constraint names).
//  - from a live database, through pg_catalog.
// The drift test compares the two.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPrismaCli } from '../prisma-cli';

export interface ColumnShape {
  type: string;
  nullable: boolean;
  default: string | null;
}
export interface IndexShape {
  table: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
}
export interface ForeignKeyShape {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}
export interface DbShape {
  enums: Record<string, string[]>;
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

// ---------------------------------------------------------------------------------------------
// schema.prisma → DbShape

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: { name: string; args: unknown[] } | string | number | boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: {
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    models: DmmfModel[];
    indexes: DmmfIndex[];
  };
}

const GENERATOR = path.join(import.meta.dirname, 'dmmf-generator.mjs');

/** Prisma's parsed data model of a schema file, read offline through a dump-only generator. */
export function readDmmf(schemaFile: string): Dmmf {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dmmf-'));
  try {
    const schema = readFileSync(schemaFile, 'utf8').replace(
      /^generator\s+\w+\s*\{[^}]*\}/m,
      `generator dmmf {\n  provider = "node ${GENERATOR}"\n  output   = "./out"\n}`,
    );
    writeFileSync(path.join(dir, 'schema.prisma'), schema);
    const out = path.join(dir, 'dmmf.json');
    const run = runPrismaCli(['generate', '--schema', path.join(dir, 'schema.prisma')], { cwd: dir, env: { DMMF_OUT: out } });
    if (run.status !== 0) throw new Error(`prisma generate (DMMF dump) failed:\n${run.stdout}\n${run.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Dmmf;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prisma's default PostgreSQL types for scalar fields (without @db.* attributes). */
const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};
const NATIVE_TYPES: Record<string, string> = { Date: 'date', Text: 'text', Timestamptz: 'timestamp with time zone', Uuid: 'uuid' };

function columnType(field: DmmfField): string {
  let base: string;
  if (field.kind === 'enum') base = field.type;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    base = NATIVE_TYPES[name] ?? `${name.toLowerCase()}${args.length ? `(${args.join(',')})` : ''}`;
    if (name === 'Timestamptz' || name === 'Timestamp')
      base = `timestamp(${args[0] ?? 3}) ${name === 'Timestamptz' ? 'with' : 'without'} time zone`;
  } else base = SCALAR_TYPES[field.type] ?? `unknown:${field.type}`;
  return field.isList ? `${base}[]` : base;
}

function columnDefault(field: DmmfField, table: string, column: string): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const d = field.default;
  if (typeof d === 'object') {
    if (d.name === 'autoincrement') return `nextval('${table}_${column}_seq'::regclass)`;
    if (d.name === 'now') return 'CURRENT_TIMESTAMP';
    // A default written in SQL: PostgreSQL prints it back as given.
    if (d.name === 'dbgenerated' && typeof d.args[0] === 'string') return d.args[0];
    return `${d.name}()`;
  }
  if (field.kind === 'enum') return `'${d}'::${field.type}`;
  if (typeof d === 'string') return `'${d.replace(/'/g, "''")}'::text`;
  return String(d);
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

export function shapeFromDmmf(dmmf: Dmmf): DbShape {
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: DmmfModel, fieldName: string) => {
    const f = m.fields.find((x) => x.name === fieldName)!;
    return f.dbName ?? f.name;
  };
  const shape: DbShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
  for (const e of dmmf.datamodel.enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);
  for (const m of dmmf.datamodel.models) {
    const table = tableOf(m);
    const columns: Record<string, ColumnShape> = {};
    for (const f of m.fields) {
      if (f.kind === 'object') {
        if (!f.relationFromFields?.length) continue;
        const from = f.relationFromFields.map((n) => columnOf(m, n));
        const target = models.get(f.type)!;
        const required = f.relationFromFields.every((n) => m.fields.find((x) => x.name === n)!.isRequired);
        shape.foreignKeys[`${table}_${from.join('_')}_fkey`] = {
          table,
          columns: from,
          refTable: tableOf(target),
          refColumns: f.relationToFields!.map((n) => columnOf(target, n)),
          onDelete: REFERENTIAL_ACTIONS[f.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')]!,
          onUpdate: REFERENTIAL_ACTIONS[f.relationOnUpdate ?? 'Cascade']!,
        };
        continue;
      }
      const column = f.dbName ?? f.name;
      // Prisma never makes list columns NOT NULL.
      columns[column] = { type: columnType(f), nullable: f.isList || !f.isRequired, default: columnDefault(f, table, column) };
    }
    shape.tables[table] = columns;
  }
  for (const ix of dmmf.datamodel.indexes) {
    const m = models.get(ix.model)!;
    const table = tableOf(m);
    const columns = ix.fields.map((f) => columnOf(m, f.name));
    const suffix = { id: 'pkey', unique: 'key', normal: 'idx', fulltext: 'idx' }[ix.type];
    const name = ix.dbName ?? (ix.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
    shape.indexes[name] = { table, columns, unique: ix.type !== 'normal', primary: ix.type === 'id' };
  }
  return shape;
}

// ---------------------------------------------------------------------------------------------
// live database → DbShape

const FK_ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const unquote = (s: string) => s.replace(/"/g, '');

export async function shapeFromDatabase(url: string, schema = 'public'): Promise<DbShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: DbShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
    const enums = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 GROUP BY t.typname`,
      [schema],
    );
    for (const e of enums.rows) shape.enums[e.name] = e.values;

    const columns = await client.query<{ table: string; column: string; type: string; notnull: boolean; default: string | null }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
      [schema],
    );
    for (const c of columns.rows) {
      shape.tables[c.table] ??= {};
      shape.tables[c.table]![c.column] = {
        type: unquote(c.type),
        nullable: !c.notnull,
        default: c.default === null ? null : unquote(c.default),
      };
    }

    const indexes = await client.query<{ name: string; table: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
              array(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
         FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = $1 AND t.relname <> '_prisma_migrations'`,
      [schema],
    );
    for (const ix of indexes.rows)
      shape.indexes[ix.name] = { table: ix.table, columns: ix.columns, unique: ix.unique, primary: ix.primary };

    const fks = await client.query<{
      name: string;
      table: string;
      ref: string;
      del: string;
      upd: string;
      columns: string[];
      refColumns: string[];
    }>(
      `SELECT con.conname AS name, t.relname AS table, r.relname AS ref, con.confdeltype AS del, con.confupdtype AS upd,
              array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
              array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o) AS "refColumns"
         FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = $1 AND con.contype = 'f'`,
      [schema],
    );
    for (const fk of fks.rows) {
      shape.foreignKeys[fk.name] = {
        table: fk.table,
        columns: fk.columns,
        refTable: fk.ref,
        refColumns: fk.refColumns,
        onDelete: FK_ACTIONS[fk.del]!,
        onUpdate: FK_ACTIONS[fk.upd]!,
      };
    }
    return shape;
  } finally {
    await client.end();
  }
}

/** Human-readable differences between what the schema declares and what the database has. */
export function diffShapes(declared: DbShape, actual: DbShape): string[] {
  const out: string[] = [];
  const compare = (kind: string, a: Record<string, unknown>, b: Record<string, unknown>, prefix = '') => {
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = JSON.stringify(a[name]);
      const y = JSON.stringify(b[name]);
      if (x !== y) out.push(`${kind} ${prefix}${name}: schema.prisma ${x ?? 'absent'} · database ${y ?? 'absent'}`);
    }
  };
  compare('enum', declared.enums, actual.enums);
  for (const table of new Set([...Object.keys(declared.tables), ...Object.keys(actual.tables)])) {
    if (!declared.tables[table] || !actual.tables[table])
      compare('table', { [table]: declared.tables[table] && 'present' }, { [table]: actual.tables[table] && 'present' });
    else compare('column', declared.tables[table], actual.tables[table], `${table}.`);
  }
  compare('index', declared.indexes, actual.indexes);
  compare('foreign key', declared.foreignKeys, actual.foreignKeys);
  return out;
}
