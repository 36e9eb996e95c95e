-- Written by hand: the generated rebuild of "Theme" (DROP TABLE) would cascade to its sentences and marks inside
-- the migrator's transaction. SQLite adds a column with a constant default in place.
ALTER TABLE "Theme" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
