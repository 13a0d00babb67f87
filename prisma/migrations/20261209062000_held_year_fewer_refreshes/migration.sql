-- held_year's statement triggers (migration 20261209060000_held_year) recompute only what the
-- report-choice rule reads: a report update that changes its place, year, scope or publication
-- date (not its shown source, errors or corrections), and figures only where the rule compares
-- copies (a jurisdiction-year with more than one whole-jurisdiction report). An ingest recomputes
-- its jurisdiction-year once for the report and once for its checks, instead of four times.
CREATE OR REPLACE FUNCTION "held_year_of_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  ELSIF TG_TABLE_NAME = 'figure' THEN
    EXECUTE format('SELECT array_agg(x.jurisdiction_id), array_agg(x.year) FROM (' || written || ') x
      WHERE (SELECT count(*) FROM report r WHERE r.jurisdiction_id = x.jurisdiction_id AND r.year = x.year AND r.scope = ''aggregate'') > 1',
      'DISTINCT jurisdiction_id, year')
      INTO ids, years;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(p.j), array_agg(p.y) INTO ids, years FROM (
      SELECT n."jurisdiction_id" AS j, n."year" AS y FROM held_year_new n JOIN held_year_old o ON o."id" = n."id"
      WHERE (n."jurisdiction_id", n."year", n."scope", n."published_on") IS DISTINCT FROM (o."jurisdiction_id", o."year", o."scope", o."published_on")
      UNION
      SELECT o."jurisdiction_id", o."year" FROM held_year_new n JOIN held_year_old o ON o."id" = n."id"
      WHERE (n."jurisdiction_id", n."year", n."scope", n."published_on") IS DISTINCT FROM (o."jurisdiction_id", o."year", o."scope", o."published_on")
    ) p;
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
