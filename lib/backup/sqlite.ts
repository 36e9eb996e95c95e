// SQLite backups, online: the server and the worker go on writing while one is taken, and the copy is one
// consistent moment of the database. Without a key, better-sqlite3's backup() (SQLite's backup API) copies the
// pages in one step: a step holds a read snapshot, which in WAL mode no writer waits for, whereas in small steps
// the copy starts again whenever another connection writes in between, and under steady writes might never end.
// With DATABASE_KEY it cannot:
// SQLite3 Multiple Ciphers refuses to copy an encrypted database into the plain target backup() opens ("backup is
// not supported with incompatible source and target databases"; better-sqlite3 opens the target itself, with URI
// parameters compiled out, so no key can be given), so an encrypted database is copied with VACUUM INTO, which
// reads one snapshot and writes it encrypted with the same key: a backup of an encrypted journal is as unreadable
// without the key as the journal (tests/integration/backup-sqlite.test.ts).
import fs from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod";
import { keyForReading, unlockDatabase } from "../config/database-key";

// Pages per step of backup() after its first: all of them (SQLite's largest count).
const ALL_PAGES = 0x7fffffff;

/** Writes a consistent copy of the database file to `dest` (which must not exist), readable by the owner only. */
export async function backupSqliteFile(dbFile: string, key: string | null, dest: string): Promise<void> {
  if (!fs.existsSync(dbFile)) throw new Error(`${dbFile} does not exist: there is nothing to back up yet`);
  const source = new Database(dbFile, { fileMustExist: true });
  try {
    unlockDatabase(source, key);
    source.pragma("busy_timeout = 5000");
    if (key) source.prepare("VACUUM INTO ?").run(dest);
    else await source.backup(dest, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  fs.chmodSync(dest, 0o600);
  // The copy keeps the journal mode of its source (WAL), so opening it, even read-only, would make a -wal and a
  // -shm beside it: a backup is one self-contained file in rollback mode (a restore turns WAL on again).
  const copy = new Database(dest);
  try {
    keyForReading(copy, key);
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

const migrationRows = z.array(z.object({ name: z.string() }));

export type SqliteBackupContents = { migrations: string[] };

/**
 * Opens a backup read-only and reads which migrations it has. Throws, saying why, when it is not a SQLite database
 * this key opens, is damaged, or is not Cellstate's.
 */
export function readSqliteBackup(file: string, key: string | null): SqliteBackupContents {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`${file} cannot be opened: ${(error as Error).message}`);
  }
  try {
    keyForReading(sqlite, key);
    const check = sqlite.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} is damaged (SQLite's quick_check: ${String(check)})`);
    const tables = new Set(
      z
        .array(z.object({ name: z.string() }))
        .parse(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all())
        .map((row) => row.name),
    );
    if (!tables.has("_prisma_migrations") || !tables.has("User") || !tables.has("Entry")) {
      throw new Error(`${file} is a SQLite database but not a Cellstate backup (it has no journal tables)`);
    }
    const rows = migrationRows.parse(
      sqlite
        .prepare(
          "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
        .all(),
    );
    return { migrations: rows.map((row) => row.name) };
  } finally {
    sqlite.close();
  }
}

/**
 * Puts a checked backup in the database file's place: copied beside it first, then renamed over it, so the file is
 * at every moment either the old database or the whole backup. The old database's -wal and -shm go with it (a copy
 * of it was taken first).
 */
export function replaceSqliteFile(backup: string, dbFile: string): void {
  const incoming = `${dbFile}.restoring`;
  fs.copyFileSync(backup, incoming);
  fs.chmodSync(incoming, 0o600);
  const fd = fs.openSync(incoming, "r");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(incoming, dbFile);
}
