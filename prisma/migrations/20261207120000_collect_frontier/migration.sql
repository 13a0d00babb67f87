-- The collection frontier (lib/collect): every address collection knows, with its state, and the
-- hosts it talks to, whose next_allowed_at is claimed like the work so that the pause between two
-- requests to one host holds across all collectors sharing the database.

-- CreateEnum
CREATE TYPE "CollectKind" AS ENUM ('seed', 'list', 'article', 'document');

-- CreateEnum
CREATE TYPE "CollectState" AS ENUM ('queued', 'fetching', 'done', 'failed', 'robots', 'not_report', 'gone');

-- CreateTable
CREATE TABLE "collect_host" (
    "host" TEXT NOT NULL,
    "next_allowed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "robots_txt" TEXT,
    "robots_status" INTEGER,
    "robots_fetched_at" TIMESTAMPTZ(3),

    CONSTRAINT "collect_host_pkey" PRIMARY KEY ("host")
);

-- CreateTable
CREATE TABLE "collect_url" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "kind" "CollectKind" NOT NULL,
    "state" "CollectState" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),
    "lease_token" TEXT,
    "seed_id" INTEGER,
    "found_on" TEXT,
    "title" TEXT,
    "http_status" INTEGER,
    "etag" TEXT,
    "last_modified" TEXT,
    "fetched_at" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "reason_code" TEXT,
    "reason" TEXT,
    "report_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "collect_url_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "collect_url_url_key" ON "collect_url"("url");

-- CreateIndex
CREATE INDEX "collect_url_state_next_attempt_at_idx" ON "collect_url"("state", "next_attempt_at");

-- CreateIndex
CREATE INDEX "collect_url_host_idx" ON "collect_url"("host");

-- CreateIndex
CREATE INDEX "collect_url_seed_id_idx" ON "collect_url"("seed_id");

-- AddForeignKey
ALTER TABLE "collect_url" ADD CONSTRAINT "collect_url_host_fkey" FOREIGN KEY ("host") REFERENCES "collect_host"("host") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collect_url" ADD CONSTRAINT "collect_url_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
