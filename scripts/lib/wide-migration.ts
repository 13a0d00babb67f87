// The migration from one row per figure (table "figure") to one row of values per report
// ("report_values": a float8 column per catalogue key, the figures' provenance as one JSONB object
// {key: [via, rule, raw, basis, start, end]} beside them), as SQL steps. A key present in the
// provenance with a null value is a blank figure ("/", empty cell); a key absent is a figure the
// report does not have: the distinction the figure rows make stays. Measured by bench:migrate.
import { FIGURES } from '../../lib/figures/keys';

const quote = (key: string) => `"${key.replace(/"/g, '""')}"`;
const literal = (key: string) => `'${key.replace(/'/g, "''")}'`;

export interface MigrationStep {
  label: string;
  sql: string;
}

export function wideMigration(keys: readonly string[] = FIGURES.map((f) => f.key)): MigrationStep[] {
  return [
    {
      label: 'create report_values',
      sql: `CREATE TABLE report_values (
  report_id int NOT NULL, year int NOT NULL, jurisdiction_id int NOT NULL,
  ${keys.map((k) => `${quote(k)} float8`).join(', ')},
  provenance jsonb NOT NULL)`,
    },
    {
      // One JSONB object per report, its keys the columns' names: jsonb_populate_record places each
      // value (254 FILTER aggregates cost 9 ms a report). LATERAL: (f(…)).* would call f per column.
      label: 'fill it from the figure rows (one pass, grouped by report)',
      sql: `INSERT INTO report_values
SELECT r.* FROM (
  SELECT jsonb_object_agg(key, value) || jsonb_build_object('report_id', report_id, 'year', min(year), 'jurisdiction_id', min(jurisdiction_id),
    'provenance', jsonb_object_agg(key, jsonb_build_array(provenance, rule, raw, basis, span_start, span_end))) AS o
  FROM figure GROUP BY report_id) g,
LATERAL jsonb_populate_record(NULL::report_values, g.o) r`,
    },
    {
      label: 'every figure row has its key in the new row (else the migration stops here)',
      sql: `DO $$ BEGIN
  IF (SELECT count(*) FROM figure) <> (SELECT coalesce(sum((SELECT count(*) FROM jsonb_object_keys(provenance))), 0) FROM report_values)
     OR EXISTS (SELECT key FROM figure EXCEPT SELECT unnest(ARRAY[${keys.map(literal).join(', ')}]))
  THEN RAISE EXCEPTION 'figure rows not carried over: a key outside the catalogue, or a count that differs'; END IF;
END $$`,
    },
    {
      label: 'primary key and foreign key',
      sql: 'ALTER TABLE report_values ADD PRIMARY KEY (report_id), ADD FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE',
    },
    {
      label: 'index for one key across a year',
      sql: 'CREATE INDEX report_values_year_jurisdiction_idx ON report_values (year, jurisdiction_id)',
    },
    { label: 'drop the figure rows', sql: 'DROP TABLE figure' },
  ];
}
