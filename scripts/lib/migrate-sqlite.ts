// Applies the committed SQLite migrations in order (scripts/lib/migrations.ts). We do it ourselves rather than
// spawn the Prisma CLI because the CLI takes the file for itself (locking_mode=EXCLUSIVE) and so fails while the
// server has it open, and the tests, the import CLI and `npm start` should all bring a database up the same way.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { z } from "zod";
import { databaseKey, unlockDatabase } from "../../lib/config/database-key";
import { committedMigrations, pendingMigrations } from "./migrations";

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const APPLIED_SQL =
  "SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name";
const appliedRow = z.object({ name: z.string(), checksum: z.string() });

export function databaseFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

// Returns the names of the migrations it applied.
export function migrateSqlite(root: string, databaseUrl: string): string[] {
  const sqlite = new Database(databaseFile(databaseUrl));
  try {
    // First of all, before any statement reads the file: with DATABASE_KEY set it is encrypted (or becomes so).
    unlockDatabase(sqlite, databaseKey());
    // WAL lets page reads go on while a save writes; busy_timeout waits out a writer instead of failing.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.exec(TABLE);
    const rows = z.array(appliedRow).parse(sqlite.prepare(APPLIED_SQL).all());
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    const done: string[] = [];
    for (const { name, sql, checksum } of pendingMigrations(committedMigrations(root, "sqlite"), applied)) {
      const started = new Date().toISOString();
      sqlite.transaction(() => {
        sqlite.exec(sql);
        sqlite
          .prepare(
            "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)",
          )
          .run(crypto.randomUUID(), checksum, new Date().toISOString(), name, started);
      })();
      done.push(name);
    }
    return done;
  } finally {
    sqlite.close();
  }
}
