-- Scanned reports (issue 16): recognition runs as a queued job (ocr_job, claimed with
-- FOR UPDATE SKIP LOCKED by the OCR worker); what was recognised is kept with the source
-- (report_source.ocr) so a reparse never recognises again; the straightened page images the boxes
-- refer to are kept per content hash (ocr_page) for the report viewer; each figure read from a scan
-- keeps its page, box and confidence (figure.ocr).

-- CreateEnum
CREATE TYPE "OcrJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "ocr_job" (
    "id" SERIAL NOT NULL,
    "content_hash" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "original" BYTEA NOT NULL,
    "facts" JSONB,
    "corrections" JSONB,
    "status" "OcrJobStatus" NOT NULL DEFAULT 'queued',
    "pages_done" INTEGER NOT NULL DEFAULT 0,
    "pages_total" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "report_id" INTEGER,
    "outcome" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "ocr_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocr_page" (
    "content_hash" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "image" BYTEA NOT NULL,

    CONSTRAINT "ocr_page_pkey" PRIMARY KEY ("content_hash","page")
);

-- AlterTable
ALTER TABLE "report_source" ADD COLUMN     "ocr" JSONB;

-- AlterTable
ALTER TABLE "figure" ADD COLUMN     "ocr" JSONB;

-- CreateIndex
CREATE INDEX "ocr_job_status_id_idx" ON "ocr_job"("status", "id");

-- CreateIndex
CREATE INDEX "ocr_job_content_hash_idx" ON "ocr_job"("content_hash");

-- AddForeignKey
ALTER TABLE "ocr_job" ADD CONSTRAINT "ocr_job_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
