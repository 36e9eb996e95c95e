// Applies the committed SQLite migrations in order (scripts/lib/migrations.ts). We do it ourselves rather than
// spawn the Prisma CLI because the CLI takes the file for itself (locking_mode=EXCLUSIVE) and so fails while the
// server has it open, and the tests, the import CLI and `npm start` should all bring a database up the same way.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { z } from "zod";
import { databaseFile } from "../../lib/config/database";
import { databaseKey, unlockDatabase } from "../../lib/config/database-key";
import { committedMigrations, migrationFailed, pendingMigrations } from "./migrations";

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

// The file opened for migrating: keyed, in WAL mode, with the migrations table; and what is applied to it.
function openForMigrating(databaseUrl: string): { sqlite: Database.Database; applied: Map<string, string> } {
  const sqlite = new Database(databaseFile(databaseUrl));
  try {
    // First of all, before any statement reads the file: with DATABASE_KEY set it is encrypted (or becomes so).
    unlockDatabase(sqlite, databaseKey());
    // WAL lets page reads go on while a save writes; busy_timeout waits out a writer instead of failing.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.exec(TABLE);
    const rows = z.array(appliedRow).parse(sqlite.prepare(APPLIED_SQL).all());
    return { sqlite, applied: new Map(rows.map((row) => [row.name, row.checksum])) };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** The migrations not yet applied, and whether the database already has some (then it is backed up first). */
export function sqliteMigrationState(root: string, databaseUrl: string): { pending: string[]; existing: boolean } {
  const { sqlite, applied } = openForMigrating(databaseUrl);
  try {
    const pending = pendingMigrations(committedMigrations(root, "sqlite"), applied).map((m) => m.name);
    return { pending, existing: applied.size > 0 };
  } finally {
    sqlite.close();
  }
}

/**
 * Applies the pending migrations, all in one transaction: if one fails, none is applied and the database is as it
 * was, and the error says so in one line (naming `backup`, the copy taken before, if any). Returns their names.
 */
export function migrateSqlite(root: string, databaseUrl: string, backup: string | null = null): string[] {
  const { sqlite, applied } = openForMigrating(databaseUrl);
  try {
    const pending = pendingMigrations(committedMigrations(root, "sqlite"), applied);
    let current = "";
    try {
      sqlite.transaction(() => {
        for (const { name, sql, checksum } of pending) {
          current = name;
          const started = new Date().toISOString();
          sqlite.exec(sql);
          sqlite
            .prepare(
              "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)",
            )
            .run(crypto.randomUUID(), checksum, new Date().toISOString(), name, started);
        }
      })();
    } catch (error) {
      throw migrationFailed(current, error, backup);
    }
    return pending.map((m) => m.name);
  } finally {
    sqlite.close();
  }
}
