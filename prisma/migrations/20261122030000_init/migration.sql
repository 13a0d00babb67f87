-- CreateEnum
CREATE TYPE "ReportScope" AS ENUM ('aggregate', 'agency');

-- CreateEnum
CREATE TYPE "ProvenanceKind" AS ENUM ('table', 'narrative', 'inferred');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('error', 'warning', 'info');

-- CreateTable
CREATE TABLE "jurisdiction" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "province" TEXT,
    "division_code" TEXT,
    "pinyin" TEXT NOT NULL DEFAULT '',
    "parent_id" INTEGER,

    CONSTRAINT "jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "population" (
    "jurisdiction_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "population_pkey" PRIMARY KEY ("jurisdiction_id","year")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "jurisdiction_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT,
    "scope" "ReportScope" NOT NULL,
    "format" TEXT NOT NULL,
    "published_on" DATE,
    "issuer" TEXT,
    "source_file_name" TEXT NOT NULL,
    "source_file_type" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "parser_version" TEXT NOT NULL,
    "ingested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "corrections" JSONB,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_source" (
    "report_id" INTEGER NOT NULL,
    "original" BYTEA NOT NULL,
    "mime_type" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "report_source_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "figure" (
    "report_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "provenance" "ProvenanceKind" NOT NULL,
    "rule" TEXT NOT NULL,
    "raw" TEXT,
    "basis" TEXT,
    "span_start" INTEGER,
    "span_end" INTEGER,
    "year" INTEGER NOT NULL,
    "jurisdiction_id" INTEGER NOT NULL,

    CONSTRAINT "figure_pkey" PRIMARY KEY ("report_id","key")
);

-- CreateTable
CREATE TABLE "report_issue" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "message_zh" TEXT NOT NULL,
    "message_en" TEXT NOT NULL,
    "keys" TEXT[],
    "numbers" JSONB,
    "span_start" INTEGER,
    "span_end" INTEGER,

    CONSTRAINT "report_issue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "jurisdiction_slug_key" ON "jurisdiction"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "jurisdiction_division_code_key" ON "jurisdiction"("division_code");

-- CreateIndex
CREATE INDEX "jurisdiction_province_level_idx" ON "jurisdiction"("province", "level");

-- CreateIndex
CREATE UNIQUE INDEX "report_content_hash_key" ON "report"("content_hash");

-- CreateIndex
CREATE INDEX "report_jurisdiction_id_year_idx" ON "report"("jurisdiction_id", "year");

-- CreateIndex
CREATE INDEX "report_year_idx" ON "report"("year");

-- CreateIndex
CREATE INDEX "figure_key_year_jurisdiction_id_idx" ON "figure"("key", "year", "jurisdiction_id");

-- CreateIndex
CREATE INDEX "report_issue_report_id_idx" ON "report_issue"("report_id");

-- AddForeignKey
ALTER TABLE "jurisdiction" ADD CONSTRAINT "jurisdiction_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population" ADD CONSTRAINT "population_jurisdiction_id_fkey" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_jurisdiction_id_fkey" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_source" ADD CONSTRAINT "report_source_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_issue" ADD CONSTRAINT "report_issue_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
