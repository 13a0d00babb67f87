-- /coverage's default view as counts kept per province, year and status (held_count), so that a
-- view reads about a thousand rows whatever the number of reports. Each held_year row carries the
-- province it is counted in (null: a jurisdiction off the division list, not counted). A
-- transaction's changes to held_year are summed into its own delta rows, and applied to the
-- counts once, when it commits, in key order: concurrent writers of one province never wait for
-- each other's counters in opposite orders (no deadlock), and a rolled-back write leaves none.

-- AlterTable
ALTER TABLE "held_year" ADD COLUMN "province" TEXT;

UPDATE "held_year" h SET "province" = j."province"
FROM "jurisdiction" j WHERE j."id" = h."jurisdiction_id" AND j."division_code" IS NOT NULL;

-- CreateTable
CREATE TABLE "held_count" (
    "province" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "held_count_pkey" PRIMARY KEY ("province", "year", "status")
);

-- CreateTable
CREATE TABLE "held_count_delta" (
    "txid" BIGINT NOT NULL DEFAULT txid_current(),
    "province" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "held_count_delta_pkey" PRIMARY KEY ("txid", "province", "year", "status")
);

-- CreateTable
CREATE TABLE "held_count_pending" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "held_count_pending_pkey" PRIMARY KEY ("txid")
);

INSERT INTO "held_count" ("province", "year", "status", "count")
SELECT "province", "year", "status", count(*) FROM "held_year" WHERE "province" IS NOT NULL GROUP BY 1, 2, 3;

-- held_year_refresh (migration 20261209060000_held_year), now with the province a row is counted in.
CREATE OR REPLACE FUNCTION "held_year_refresh"(ids INTEGER[], years INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO "held_year" ("jurisdiction_id", "year", "chosen_report_id", "status", "province")
  SELECT per.j, per.y, c.id,
    CASE WHEN c.id IS NULL THEN 'agencyOnly' WHEN q."report_id" IS NULL THEN 'unchecked' WHEN q."failed" > 0 THEN 'failing' ELSE 'passing' END,
    CASE WHEN jj."division_code" IS NOT NULL THEN jj."province" END
  FROM (SELECT DISTINCT u.j, u.y FROM unnest(ids, years) AS u(j, y)
        WHERE EXISTS (SELECT 1 FROM "report" r WHERE r."jurisdiction_id" = u.j AND r."year" = u.y)) per
  JOIN "jurisdiction" jj ON jj."id" = per.j
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

-- A jurisdiction's province or division code changed: where its held years are counted.
CREATE FUNCTION "held_year_of_jurisdictions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
  years INTEGER[];
BEGIN
  SELECT array_agg(h."jurisdiction_id"), array_agg(h."year") INTO ids, years
  FROM "held_year" h
  WHERE h."jurisdiction_id" IN (
    SELECT n."id" FROM held_year_new n JOIN held_year_old o ON o."id" = n."id"
    WHERE n."province" IS DISTINCT FROM o."province" OR (n."division_code" IS NULL) <> (o."division_code" IS NULL));
  IF ids IS NOT NULL THEN
    PERFORM "held_year_refresh"(ids, years);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "held_year_update" AFTER UPDATE ON "jurisdiction" REFERENCING OLD TABLE AS held_year_old NEW TABLE AS held_year_new
  FOR EACH STATEMENT EXECUTE FUNCTION "held_year_of_jurisdictions"();

-- held_year's rows written by a statement: this transaction's deltas, and its commit-time apply queued.
CREATE FUNCTION "held_count_of_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  written TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT province, year, status, 1 AS d FROM held_year_new'
    WHEN 'DELETE' THEN 'SELECT province, year, status, -1 AS d FROM held_year_old'
    ELSE 'SELECT province, year, status, 1 AS d FROM held_year_new UNION ALL SELECT province, year, status, -1 FROM held_year_old' END;
  changed INTEGER;
BEGIN
  EXECUTE 'INSERT INTO held_count_delta (province, year, status, delta)
    SELECT x.province, x.year, x.status, sum(x.d) FROM (' || written || ') x
    WHERE x.province IS NOT NULL GROUP BY 1, 2, 3 HAVING sum(x.d) <> 0
    ON CONFLICT (txid, province, year, status) DO UPDATE SET delta = held_count_delta.delta + EXCLUDED.delta';
  GET DIAGNOSTICS changed = ROW_COUNT;
  IF changed > 0 THEN
    INSERT INTO "held_count_pending" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

DO $$
BEGIN
  EXECUTE 'CREATE TRIGGER "held_count_insert" AFTER INSERT ON "held_year" REFERENCING NEW TABLE AS held_year_new
    FOR EACH STATEMENT EXECUTE FUNCTION "held_count_of_rows"()';
  EXECUTE 'CREATE TRIGGER "held_count_update" AFTER UPDATE ON "held_year" REFERENCING OLD TABLE AS held_year_old NEW TABLE AS held_year_new
    FOR EACH STATEMENT EXECUTE FUNCTION "held_count_of_rows"()';
  EXECUTE 'CREATE TRIGGER "held_count_delete" AFTER DELETE ON "held_year" REFERENCING OLD TABLE AS held_year_old
    FOR EACH STATEMENT EXECUTE FUNCTION "held_count_of_rows"()';
END
$$;

-- At commit: the transaction's deltas applied to the counts in key order, then forgotten.
CREATE FUNCTION "held_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "held_count" ("province", "year", "status", "count")
  SELECT d."province", d."year", d."status", d."delta" FROM "held_count_delta" d
  WHERE d."txid" = NEW."txid" AND d."delta" <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("province", "year", "status") DO UPDATE SET "count" = "held_count"."count" + EXCLUDED."count";
  DELETE FROM "held_count_delta" WHERE "txid" = NEW."txid";
  DELETE FROM "held_count_pending" WHERE "txid" = NEW."txid";
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "held_count_apply" AFTER INSERT ON "held_count_pending"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "held_count_apply"();

-- Emptying held_year (TRUNCATE … CASCADE of the reports or jurisdictions) empties the counts.
CREATE FUNCTION "held_count_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DELETE, not TRUNCATE: a transaction that wrote before may have its commit-time apply queued.
  DELETE FROM "held_count";
  DELETE FROM "held_count_delta";
  DELETE FROM "held_count_pending";
  RETURN NULL;
END
$$;

CREATE TRIGGER "held_count_truncate" AFTER TRUNCATE ON "held_year" FOR EACH STATEMENT EXECUTE FUNCTION "held_count_truncate"();
