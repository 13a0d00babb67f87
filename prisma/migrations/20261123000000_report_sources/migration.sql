-- A report may have several sources, one per distinct content (SHA-256 of the bytes): the
-- content hash, file name and type move from "report" to "report_source", which gets its own id,
-- and "report" points at the source its figures were read from. Each existing report keeps its
-- one source, which is the one shown.

-- AlterTable
ALTER TABLE "report_source" DROP CONSTRAINT "report_source_pkey",
ADD COLUMN     "id" SERIAL NOT NULL,
ADD COLUMN     "content_hash" TEXT,
ADD COLUMN     "file_name" TEXT,
ADD COLUMN     "file_type" TEXT,
ADD COLUMN     "encoding" TEXT,
ADD COLUMN     "table_figures" INTEGER,
ADD COLUMN     "ingested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "page_url" TEXT,
ADD COLUMN     "document_url" TEXT,
ADD COLUMN     "fetched_at" TIMESTAMP(3),
ADD COLUMN     "etag" TEXT,
ADD COLUMN     "last_modified" TEXT,
ADD COLUMN     "last_seen_at" TIMESTAMP(3),
ADD COLUMN     "gone_since" TIMESTAMP(3),
ADD CONSTRAINT "report_source_pkey" PRIMARY KEY ("id");

-- Move the data: what the report said of its file, and its figures read from tables.
UPDATE "report_source" s
SET "content_hash" = r."content_hash",
    "file_name" = r."source_file_name",
    "file_type" = r."source_file_type",
    "ingested_at" = r."ingested_at",
    "table_figures" = (SELECT count(*) FROM "figure" f
                       WHERE f."report_id" = r."id" AND f."provenance" = 'table' AND f."value" IS NOT NULL)
FROM "report" r
WHERE r."id" = s."report_id";

-- AlterTable
ALTER TABLE "report_source" ALTER COLUMN "content_hash" SET NOT NULL,
ALTER COLUMN "file_name" SET NOT NULL,
ALTER COLUMN "file_type" SET NOT NULL,
ALTER COLUMN "table_figures" SET NOT NULL;

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "shown_source_id" INTEGER;

UPDATE "report" r SET "shown_source_id" = s."id" FROM "report_source" s WHERE s."report_id" = r."id";

-- DropIndex
DROP INDEX "report_content_hash_key";

-- AlterTable
ALTER TABLE "report" DROP COLUMN "content_hash",
DROP COLUMN "source_file_name",
DROP COLUMN "source_file_type";

-- CreateIndex
CREATE UNIQUE INDEX "report_shown_source_id_key" ON "report"("shown_source_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_source_content_hash_key" ON "report_source"("content_hash");

-- CreateIndex
CREATE INDEX "report_source_report_id_idx" ON "report_source"("report_id");

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_shown_source_id_fkey" FOREIGN KEY ("shown_source_id") REFERENCES "report_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
