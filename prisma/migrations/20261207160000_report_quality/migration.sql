-- The quality check (体检) of each report, computed by lib/db/quality from lib/quality and stored
-- for lists (/table, /coverage, /p). A report's checks read the report and the same body's report
-- of the year before, so a trigger queues a report, and the reports of the next year of its
-- jurisdiction, whenever it is written; lib/db/quality computes the queued ones again.

-- CreateTable
CREATE TABLE "report_quality" (
    "report_id" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "passed" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "decided" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "failed_checks" TEXT[],
    "checks" JSONB NOT NULL,
    "previous_report_id" INTEGER,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_quality_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "quality_queue" (
    "report_id" INTEGER NOT NULL,

    CONSTRAINT "quality_queue_pkey" PRIMARY KEY ("report_id")
);

-- AddForeignKey
ALTER TABLE "report_quality" ADD CONSTRAINT "report_quality_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every report already stored is checked once.
INSERT INTO "quality_queue" ("report_id") SELECT "id" FROM "report";

-- Queue a written report, and the next year's reports of its jurisdiction (their previous year changed).
CREATE FUNCTION "queue_report_quality"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "quality_queue" ("report_id")
    SELECT r."id" FROM "report" r
    WHERE r."id" = NEW."id" OR (r."jurisdiction_id" = NEW."jurisdiction_id" AND r."year" = NEW."year" + 1)
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "quality_queue" ("report_id")
    SELECT r."id" FROM "report" r
    WHERE r."jurisdiction_id" = OLD."jurisdiction_id" AND r."year" = OLD."year" + 1
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "report_quality_queue" AFTER INSERT OR UPDATE OR DELETE ON "report"
FOR EACH ROW EXECUTE FUNCTION "queue_report_quality"();
