-- The publication date a collected web page shows (its PubDate meta, or 发布时间), kept with the
-- source read from it: the on-time check (lib/quality) takes it before the date printed in the
-- report. An attachment's page is the article it was found on, whose date the frontier carries
-- to the attachment's address.

-- AlterTable
ALTER TABLE "report_source" ADD COLUMN "page_published_on" DATE;

-- AlterTable
ALTER TABLE "collect_url" ADD COLUMN "page_published_on" DATE;

-- A source added to a report, or its page date set, changes the report's on-time check.
CREATE FUNCTION "queue_source_quality"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "quality_queue" ("report_id") VALUES (NEW."report_id") ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "report_source_quality_queue" AFTER INSERT OR UPDATE OF "page_published_on", "report_id" ON "report_source"
FOR EACH ROW EXECUTE FUNCTION "queue_source_quality"();
