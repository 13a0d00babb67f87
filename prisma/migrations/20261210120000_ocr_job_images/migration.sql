-- A collected web page whose statistics tables are images (issue 16): collection fetches the
-- images and queues the page for recognition with them; each image waits here, in the page's order,
-- with the address it came from (or why it was not fetched), until the OCR worker has read it. The
-- rows go with their job once it is finished (the recognition keeps each image's address).

-- CreateTable
CREATE TABLE "ocr_job_image" (
    "job_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "src" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "content_type" TEXT,
    "bytes" BYTEA,
    "unread" JSONB,

    CONSTRAINT "ocr_job_image_pkey" PRIMARY KEY ("job_id","position")
);

-- AddForeignKey
ALTER TABLE "ocr_job_image" ADD CONSTRAINT "ocr_job_image_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "ocr_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
