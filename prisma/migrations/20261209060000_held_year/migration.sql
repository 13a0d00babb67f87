-- What /coverage, /coverage?province= and /p read, kept up to date by the writes themselves:
-- one row per jurisdiction and year with a report held, the whole-jurisdiction report that stands
-- for the year (the report-choice rule of lib/db/queries/report/chosen-reports.ts) and its status.
-- Statement triggers on report, figure (the rule's tie-break counts table figures) and
-- report_quality recompute the rows of the jurisdiction-years a statement touched, inside the
-- writing transaction: the pages count a few thousand rows instead of grouping 100,000 reports.
-- lib/db/queries/coverage/held-year.test.ts checks the rows against the rule computed directly.

-- CreateTable
CREATE TABLE "held_year" (
    "jurisdiction_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "chosen_report_id" INTEGER,
    "status" TEXT NOT NULL,

    CONSTRAINT "held_year_pkey" PRIMARY KEY ("jurisdiction_id", "year")
);

-- CreateIndex
CREATE INDEX "held_year_year_idx" ON "held_year"("year");

-- AddForeignKey
ALTER TABLE "held_year" ADD CONSTRAINT "held_year_jurisdiction_id_fkey" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the rows of the given jurisdiction-years. Each pair is first locked as the ingest
-- locks it (lockReportsOf), in order: a concurrent writer of the same jurisdiction-year has
-- committed before the rows are read (each statement below takes a new snapshot), so no
-- transaction overwrites a row with what it computed without another's report. A bulk write
-- (more pairs than the lock table should hold) locks the whole table against other writers.
CREATE FUNCTION "held_year_refresh"(ids INTEGER[], years INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  p RECORD;
BEGIN
  IF cardinality(ids) > 1000 THEN
    LOCK TABLE "held_year" IN EXCLUSIVE MODE;
  ELSE
    FOR p IN SELECT DISTINCT u.j, u.y FROM unnest(ids, years) AS u(j, y) ORDER BY 1, 2 LOOP
      PERFORM pg_advisory_xact_lock(p.j, p.y);
    END LOOP;
  END IF;
  DELETE FROM "held_year" h USING unnest(ids, years) AS u(j, y) WHERE h."jurisdiction_id" = u.j AND h."year" = u.y;
  INSERT INTO "held_year" ("jurisdiction_id", "year", "chosen_report_id", "status")
  SELECT per.j, per.y, c.id,
    CASE WHEN c.id IS NULL THEN 'agencyOnly' WHEN q."report_id" IS NULL THEN 'unchecked' WHEN q."failed" > 0 THEN 'failing' ELSE 'passing' END
  FROM (SELECT DISTINCT u.j, u.y FROM unnest(ids, years) AS u(j, y)
        WHERE EXISTS (SELECT 1 FROM "report" r WHERE r."jurisdiction_id" = u.j AND r."year" = u.y)) per
  -- The report-choice rule for the whole-jurisdiction group: latest publication date (undated
  -- last), then most table figures when the group has copies, then the highest id.
  LEFT JOIN LATERAL (
    SELECT r."id" FROM "report" r
    WHERE r."jurisdiction_id" = per.j AND r."year" = per.y AND r."scope" = 'aggregate'
    ORDER BY r."published_on" DESC NULLS LAST,
      CASE WHEN count(*) OVER () > 1
        THEN (SELECT count(*) FROM "figure" f WHERE f."report_id" = r."id" AND f."provenance" = 'table') END DESC NULLS LAST,
      r."id" DESC
    LIMIT 1
  ) c ON true
  LEFT JOIN "report_quality" q ON q."report_id" = c.id;
END
$$;

-- The statement triggers: the jurisdiction-years of the rows a statement wrote (its transition tables).
CREATE FUNCTION "held_year_of_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  written TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT %1$s FROM held_year_new'
    WHEN 'DELETE' THEN 'SELECT %1$s FROM held_year_old'
    ELSE 'SELECT %1$s FROM held_year_new UNION SELECT %1$s FROM held_year_old' END;
  ids INTEGER[];
  years INTEGER[];
BEGIN
  IF TG_TABLE_NAME = 'report_quality' THEN
    -- A report's checks: its own jurisdiction-year (a deleted report's is the report trigger's).
    EXECUTE format('SELECT array_agg(r.jurisdiction_id), array_agg(r.year) FROM report r WHERE r.id IN (' || written || ')', 'report_id')
      INTO ids, years;
  ELSE
    EXECUTE format('SELECT array_agg(x.jurisdiction_id), array_agg(x.year) FROM (' || written || ') x', 'jurisdiction_id, year')
      INTO ids, years;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM "held_year_refresh"(ids, years);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['report', 'figure', 'report_quality'] LOOP
    EXECUTE format('CREATE TRIGGER "held_year_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS held_year_new
      FOR EACH STATEMENT EXECUTE FUNCTION "held_year_of_rows"()', t);
    EXECUTE format('CREATE TRIGGER "held_year_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS held_year_old NEW TABLE AS held_year_new
      FOR EACH STATEMENT EXECUTE FUNCTION "held_year_of_rows"()', t);
    EXECUTE format('CREATE TRIGGER "held_year_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS held_year_old
      FOR EACH STATEMENT EXECUTE FUNCTION "held_year_of_rows"()', t);
  END LOOP;
END
$$;

-- The reports already stored.
SELECT "held_year_refresh"(array_agg("jurisdiction_id"), array_agg("year"))
FROM (SELECT DISTINCT "jurisdiction_id", "year" FROM "report") x;

-- Data the pages show (lib/db/data-version.ts), written only with the rows it is made from.
SELECT "track_data_version"('"held_year"');

-- Quality checks are computed inside the transaction that wrote what they read (lib/db/quality):
-- each queued report carries the transaction that queued it, which computes it before committing,
-- so that pages only read. A report queued again by a later transaction becomes that one's.
ALTER TABLE "quality_queue" ADD COLUMN "txid" BIGINT NOT NULL DEFAULT txid_current();
CREATE INDEX "quality_queue_txid_idx" ON "quality_queue"("txid");

CREATE OR REPLACE FUNCTION "queue_report_quality"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "quality_queue" ("report_id")
    SELECT r."id" FROM "report" r
    WHERE r."id" = NEW."id" OR (r."jurisdiction_id" = NEW."jurisdiction_id" AND r."year" = NEW."year" + 1)
    ON CONFLICT ("report_id") DO UPDATE SET "txid" = EXCLUDED."txid";
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "quality_queue" ("report_id")
    SELECT r."id" FROM "report" r
    WHERE r."jurisdiction_id" = OLD."jurisdiction_id" AND r."year" = OLD."year" + 1
    ON CONFLICT ("report_id") DO UPDATE SET "txid" = EXCLUDED."txid";
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "queue_source_quality"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "quality_queue" ("report_id") VALUES (NEW."report_id") ON CONFLICT ("report_id") DO UPDATE SET "txid" = EXCLUDED."txid";
  RETURN NULL;
END
$$;
