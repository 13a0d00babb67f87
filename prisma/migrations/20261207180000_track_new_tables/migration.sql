-- The tables of the OCR queue (20261207140000) and the quality checks (20261207160000) were written
-- beside the data version (20261207130000) and do not bump it yet: the pages' caches would keep a
-- report's quality or recognition from before a write. Every table is tracked.
SELECT "track_data_version"('ocr_job');
SELECT "track_data_version"('ocr_page');
SELECT "track_data_version"('report_quality');
SELECT "track_data_version"('quality_queue');
