// Applies the committed migrations (prisma/migrations/*/migration.sql) in order and records them in
// Prisma's own `_prisma_migrations` table (same checksum and columns), so `prisma migrate deploy` and
// `prisma migrate status` agree with us. We do it ourselves rather than spawn the Prisma CLI because the
// CLI takes the file for itself (locking_mode=EXCLUSIVE) and so fails while the server has it open, and
// the tests, the import CLI and `npm start` should all bring a database up the same way.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { databaseKey, unlockDatabase } from "../../lib/config/database-key";

const appliedRowSchema = z.object({ name: z.string(), checksum: z.string() });

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

export function databaseFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

// Returns the names of the migrations it applied.
export function migrateDatabase(root: string, databaseUrl: string): string[] {
  const folder = path.join(root, "prisma", "migrations");
  const migrations = fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort();
  const sqlite = new Database(databaseFile(databaseUrl));
  try {
    // First of all, before any statement reads the file: with DATABASE_KEY set it is encrypted (or becomes so).
    unlockDatabase(sqlite, databaseKey());
    // WAL lets page reads go on while a save writes; busy_timeout waits out a writer instead of failing.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.exec(TABLE);
    const applied = new Map(
      sqlite
        .prepare(
          "SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all()
        .map((row) => {
          // A row we cannot read must stop the run: taking its migration as not applied would apply it twice.
          const { name, checksum } = appliedRowSchema.parse(row);
          return [name, checksum];
        }),
    );
    const done: string[] = [];
    for (const name of migrations) {
      const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const known = applied.get(name);
      if (known !== undefined) {
        if (known !== checksum)
          throw new Error(`Migration ${name} was changed after it was applied; add a new migration instead.`);
        continue;
      }
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
