-- Cheaper upkeep of held_year and held_count (migrations 20261209060000_held_year to
-- 20261209062000_held_year_fewer_refreshes) per ingested report, same rows and counts:
-- * held_year_refresh writes only the rows whose chosen report, status or province changed (no
--   delete and re-insert of an unchanged row), and sums its own changes into the transaction's
--   held_count deltas in the same statement: no statement trigger on held_year, no second pass
--   over transition tables. Its plans are generic, made once per connection, not per call.
-- * The statement triggers read their transition tables with static SQL (planned once per
--   connection and trigger) instead of EXECUTE (parsed and planned on every statement).
CREATE OR REPLACE FUNCTION "held_year_refresh"(ids INTEGER[], years INTEGER[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  p RECORD;
  changed INTEGER;
BEGIN
  IF cardinality(ids) > 1000 THEN
    LOCK TABLE "held_year" IN EXCLUSIVE MODE;
  ELSE
    FOR p IN SELECT DISTINCT u.j, u.y FROM unnest(ids, years) AS u(j, y) ORDER BY 1, 2 LOOP
      PERFORM pg_advisory_xact_lock(p.j, p.y);
    END LOOP;
  END IF;
  WITH pairs AS (
    SELECT DISTINCT u.j, u.y FROM unnest(ids, years) AS u(j, y)
  ), kept AS (
    SELECT h."jurisdiction_id" AS j, h."year" AS y, h."chosen_report_id" AS chosen, h."status", h."province"
    FROM "held_year" h JOIN pairs ON h."jurisdiction_id" = pairs.j AND h."year" = pairs.y
  ), fresh AS (
    SELECT per.j, per.y, c.id AS chosen,
      CASE WHEN c.id IS NULL THEN 'agencyOnly' WHEN q."report_id" IS NULL THEN 'unchecked' WHEN q."failed" > 0 THEN 'failing' ELSE 'passing' END AS status,
      CASE WHEN jj."division_code" IS NOT NULL THEN jj."province" END AS province
    FROM pairs per
    JOIN "jurisdiction" jj ON jj."id" = per.j
    -- The report-choice rule (lib/db/queries/report/chosen-reports.ts), as in migration 20261209060000_held_year.
    LEFT JOIN LATERAL (
      SELECT r."id" FROM "report" r
      WHERE r."jurisdiction_id" = per.j AND r."year" = per.y AND r."scope" = 'aggregate'
      ORDER BY r."published_on" DESC NULLS LAST,
        CASE WHEN count(*) OVER () > 1
          THEN (SELECT count(*) FROM "figure" f WHERE f."report_id" = r."id" AND f."provenance" = 'table') END DESC NULLS LAST,
        r."id" DESC
      LIMIT 1
    ) c ON true
    LEFT JOIN "report_quality" q ON q."report_id" = c.id
    WHERE EXISTS (SELECT 1 FROM "report" r WHERE r."jurisdiction_id" = per.j AND r."year" = per.y)
  ), gone AS (
    DELETE FROM "held_year" h USING kept
    WHERE h."jurisdiction_id" = kept.j AND h."year" = kept.y AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.j = kept.j AND fresh.y = kept.y)
  ), written AS (
    INSERT INTO "held_year" ("jurisdiction_id", "year", "chosen_report_id", "status", "province")
    SELECT fresh.j, fresh.y, fresh.chosen, fresh.status, fresh.province FROM fresh
    WHERE NOT EXISTS (SELECT 1 FROM kept WHERE kept.j = fresh.j AND kept.y = fresh.y
                        AND (kept.chosen, kept.status, kept.province) IS NOT DISTINCT FROM (fresh.chosen, fresh.status, fresh.province))
    ON CONFLICT ("jurisdiction_id", "year") DO UPDATE
      SET "chosen_report_id" = EXCLUDED."chosen_report_id", "status" = EXCLUDED."status", "province" = EXCLUDED."province"
  ), counted AS (
    SELECT kept.province, kept.y, kept.status, -1 AS d FROM kept
    UNION ALL
    SELECT fresh.province, fresh.y, fresh.status, 1 FROM fresh
  )
  INSERT INTO "held_count_delta" ("province", "year", "status", "delta")
  SELECT counted.province, counted.y, counted.status, sum(counted.d) FROM counted
  WHERE counted.province IS NOT NULL GROUP BY 1, 2, 3 HAVING sum(counted.d) <> 0
  ON CONFLICT ("txid", "province", "year", "status") DO UPDATE SET "delta" = "held_count_delta"."delta" + EXCLUDED."delta";
  GET DIAGNOSTICS changed = ROW_COUNT;
  IF changed > 0 THEN
    INSERT INTO "held_count_pending" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
END
$$;

DROP TRIGGER "held_count_insert" ON "held_year";
DROP TRIGGER "held_count_update" ON "held_year";
DROP TRIGGER "held_count_delete" ON "held_year";
DROP FUNCTION "held_count_of_rows"();

-- The jurisdiction-years of the rows a statement wrote, read from its transition tables
-- (held_year_new, held_year_old: only those of the statement's kind exist, so each branch reads
-- only those; PL/pgSQL plans a statement when first run, per trigger).
CREATE OR REPLACE FUNCTION "held_year_of_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
  years INTEGER[];
BEGIN
  IF TG_TABLE_NAME = 'report' AND TG_OP = 'UPDATE' THEN
    -- Only what the report-choice rule reads: place, year, scope, publication date.
    SELECT array_agg(p.j), array_agg(p.y) INTO ids, years FROM (
      SELECT n."jurisdiction_id" AS j, n."year" AS y FROM held_year_new n JOIN held_year_old o ON o."id" = n."id"
      WHERE (n."jurisdiction_id", n."year", n."scope", n."published_on") IS DISTINCT FROM (o."jurisdiction_id", o."year", o."scope", o."published_on")
      UNION
      SELECT o."jurisdiction_id", o."year" FROM held_year_new n JOIN held_year_old o ON o."id" = n."id"
      WHERE (n."jurisdiction_id", n."year", n."scope", n."published_on") IS DISTINCT FROM (o."jurisdiction_id", o."year", o."scope", o."published_on")
    ) p;
  ELSIF TG_TABLE_NAME = 'report' AND TG_OP = 'INSERT' THEN
    SELECT array_agg(n."jurisdiction_id"), array_agg(n."year") INTO ids, years FROM held_year_new n;
  ELSIF TG_TABLE_NAME = 'report' THEN
    SELECT array_agg(o."jurisdiction_id"), array_agg(o."year") INTO ids, years FROM held_year_old o;
  ELSIF TG_TABLE_NAME = 'report_quality' THEN
    -- A report's checks: its own jurisdiction-year (a deleted report's is the report trigger's).
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(r."jurisdiction_id"), array_agg(r."year") INTO ids, years FROM "report" r WHERE r."id" IN (SELECT n."report_id" FROM held_year_new n);
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(r."jurisdiction_id"), array_agg(r."year") INTO ids, years FROM "report" r WHERE r."id" IN (SELECT o."report_id" FROM held_year_old o);
    ELSE
      SELECT array_agg(r."jurisdiction_id"), array_agg(r."year") INTO ids, years FROM "report" r
      WHERE r."id" IN (SELECT n."report_id" FROM held_year_new n UNION SELECT o."report_id" FROM held_year_old o);
    END IF;
  ELSE
    -- Figures: only where the rule compares copies (more than one whole-jurisdiction report).
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(n."jurisdiction_id"), array_agg(n."year") INTO ids, years FROM held_year_new n;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(o."jurisdiction_id"), array_agg(o."year") INTO ids, years FROM held_year_old o;
    ELSE
      SELECT array_agg(w.j), array_agg(w.y) INTO ids, years FROM (
        SELECT n."jurisdiction_id" AS j, n."year" AS y FROM held_year_new n UNION ALL SELECT o."jurisdiction_id", o."year" FROM held_year_old o
      ) w;
    END IF;
    SELECT array_agg(x.j), array_agg(x.y) INTO ids, years FROM (SELECT DISTINCT u.j, u.y FROM unnest(ids, years) AS u(j, y)) x
    WHERE (SELECT count(*) FROM "report" r WHERE r."jurisdiction_id" = x.j AND r."year" = x.y AND r."scope" = 'aggregate') > 1;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM "held_year_refresh"(ids, years);
  END IF;
  RETURN NULL;
END
$$;
