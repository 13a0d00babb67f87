-- A collected web page's images are kept with its source (issue 16), so that `reparse --recognise`
-- recognises them again from these bytes, without fetching: each image of the page in its order
-- (report_source_image: the <img src>, the address it came from, or why it was not fetched), its
-- bytes kept once however many pages show them (collected_image, by SHA-256). Written in the
-- source's own transaction; the bytes are those collection fetched, within its limits (10 MB an
-- image, MAX_UPLOAD_BYTES a page). Bookkeeping for the data version: no page shows them, and the
-- source written with them moves it.

-- CreateTable
CREATE TABLE "collected_image" (
    "content_hash" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "collected_image_pkey" PRIMARY KEY ("content_hash")
);

-- CreateTable
CREATE TABLE "report_source_image" (
    "source_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "src" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "content_type" TEXT,
    "image_hash" TEXT,
    "unread" JSONB,

    CONSTRAINT "report_source_image_pkey" PRIMARY KEY ("source_id","position")
);

-- CreateIndex
CREATE INDEX "report_source_image_image_hash_idx" ON "report_source_image"("image_hash");

-- AddForeignKey
ALTER TABLE "report_source_image" ADD CONSTRAINT "report_source_image_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "report_source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_source_image" ADD CONSTRAINT "report_source_image_image_hash_fkey" FOREIGN KEY ("image_hash") REFERENCES "collected_image"("content_hash") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An image no source shows any more goes with the last one (a source removed by a reparse). One a
-- writer is keeping for its source right now (its row key-share locked) is skipped, never deleted
-- under it.
CREATE FUNCTION "collected_image_release"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."image_hash" IS NOT NULL THEN
    DELETE FROM "collected_image" c
    WHERE c."content_hash" IN (
      SELECT "content_hash" FROM "collected_image" WHERE "content_hash" = OLD."image_hash" FOR UPDATE SKIP LOCKED
    )
    AND NOT EXISTS (SELECT 1 FROM "report_source_image" r WHERE r."image_hash" = OLD."image_hash");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "collected_image_release" AFTER DELETE ON "report_source_image"
FOR EACH ROW EXECUTE FUNCTION "collected_image_release"();
