-- Collection on real sites: the address an address redirected to last time (its validators are
-- that address's, so a re-visit of a redirected page can still be answered 304), and the index the
-- claim probes per host and state (a host with thousands of addresses waiting is one index probe,
-- not thousands of rows walked past); it covers what the index on host alone served.

-- AlterTable
ALTER TABLE "collect_url" ADD COLUMN "final_url" TEXT;

-- DropIndex
DROP INDEX "collect_url_host_idx";

-- CreateIndex
CREATE INDEX "collect_url_host_state_next_attempt_at_idx" ON "collect_url"("host", "state", "next_attempt_at");
