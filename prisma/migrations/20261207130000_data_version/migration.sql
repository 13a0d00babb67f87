-- The version of the data: one number, bumped once by every transaction that writes a data table,
-- so that caches keyed on it (lib/db/data-version.ts) are right the moment a write commits.
-- The bump is made at commit, in the writing transaction: readers see the new number together
-- with the new rows (MVCC), never before them, and the one row is locked only for that instant,
-- so concurrent writers do not queue behind each other.

CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL,
    "changed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_single_row" CHECK ("id")
);

INSERT INTO "data_version" ("id", "version") VALUES (true, 1);

-- One row per writing transaction while it runs: its insert queues the commit-time bump.
CREATE TABLE "data_version_pending" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "data_version_pending_pkey" PRIMARY KEY ("txid")
);

CREATE FUNCTION "data_version_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "data_version_pending" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now();
  DELETE FROM "data_version_pending" WHERE "txid" = NEW."txid";
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "data_version_bump" AFTER INSERT ON "data_version_pending"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"();

-- A data table's writes bump the version: one statement-level trigger (a bulk insert costs one
-- mark, not one per row). Tables created by later migrations call it: SELECT track_data_version('t');
CREATE FUNCTION "track_data_version"(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER "data_version_mark" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION "data_version_mark"()',
    target
  );
END
$$;

-- Every table there is now, but the bookkeeping ones.
DO $$
DECLARE
  t regclass;
BEGIN
  FOR t IN
    SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('_prisma_migrations', 'data_version', 'data_version_pending')
  LOOP
    PERFORM "track_data_version"(t);
  END LOOP;
END
$$;
