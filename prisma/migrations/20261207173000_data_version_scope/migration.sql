-- Which tables move the data version (migration 20261207130000_data_version): the data pages show.
-- The collection frontier (collect_host, collect_url) is bookkeeping the collector worker writes
-- all the time; counting it would empty the pages' caches on every fetch. Its reports reach the
-- data tables, which count. report_quality (made after the data version) is data the pages show.
-- The job queues (ocr_job, ocr_page, quality_queue) are bookkeeping and stay untracked.
DROP TRIGGER IF EXISTS "data_version_mark" ON "collect_host";
DROP TRIGGER IF EXISTS "data_version_mark" ON "collect_url";
SELECT "track_data_version"('"report_quality"');
