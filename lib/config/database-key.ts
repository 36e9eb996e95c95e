// Optional encryption of the whole database file (SQLCipher's format, through SQLite3 Multiple Ciphers: the
// `better-sqlite3` package here is its build, better-sqlite3-multiple-ciphers). With a key set, the file, its
// -wal and every copy of it (a backup, a stolen disk) read as noise without the key. It does not protect a
// running server: the key is in its memory and the environment. Framework-free: the migrations (scripts) and
// the app's connection (lib/db.ts) key the file the same way.
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { dataDir, type Settings } from "./paths";

export const MIN_KEY_LENGTH = 16;

/** DATABASE_KEY, or the contents of DATABASE_KEY_FILE, which must live outside the data folder; null: no encryption. */
export function databaseKey(env: Settings = process.env): string | null {
  let key = env.DATABASE_KEY;
  if (!key && env.DATABASE_KEY_FILE) {
    const file = path.resolve(env.DATABASE_KEY_FILE);
    const folder = dataDir(env);
    // A key kept beside the file it opens would travel with every copy of the folder.
    if (file === folder || file.startsWith(folder + path.sep)) {
      throw new Error(`DATABASE_KEY_FILE must be outside the data folder (${folder}), or a copy of it holds the key`);
    }
    key = fs.readFileSync(file, "utf8").trim();
  }
  if (!key) return null;
  if (key.length < MIN_KEY_LENGTH) throw new Error(`The database key must be at least ${MIN_KEY_LENGTH} characters`);
  return key;
}

const quoted = (key: string) => `'${key.replaceAll("'", "''")}'`;

function useCipher(sqlite: Database.Database) {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma("legacy = 4");
}

/**
 * Keys a just-opened connection (before any other statement) and checks the key opens the file. A file that was
 * written without encryption is encrypted in place first (`rekey`, which SQLite3 Multiple Ciphers allows outside
 * WAL mode only), so setting a key on an existing journal keeps everything in it.
 */
export function unlockDatabase(sqlite: Database.Database, key: string | null): void {
  if (!key) return;
  const file = sqlite.name;
  if (isPlainSqlite(file)) {
    const mode = sqlite.pragma("journal_mode", { simple: true });
    sqlite.pragma("journal_mode = DELETE");
    useCipher(sqlite);
    sqlite.pragma(`rekey = ${quoted(key)}`);
    if (mode === "wal") sqlite.pragma("journal_mode = WAL");
    return;
  }
  useCipher(sqlite);
  sqlite.pragma(`key = ${quoted(key)}`);
  try {
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch {
    throw new Error(`The database key does not open ${file}: it was encrypted with another key (DATABASE_KEY)`);
  }
}

/**
 * Keys a connection to a file that is only read (a backup being checked before a restore): an encrypted one with the
 * key, a plain one as it is. Throws when the file is encrypted and the key is missing or does not open it.
 */
export function keyForReading(sqlite: Database.Database, key: string | null): void {
  if (isPlainSqlite(sqlite.name)) return;
  if (!key) {
    throw new Error(
      `${sqlite.name} is not a SQLite database, or is encrypted and DATABASE_KEY is not set: not a Cellstate backup this can read`,
    );
  }
  useCipher(sqlite);
  sqlite.pragma(`key = ${quoted(key)}`);
  try {
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch {
    throw new Error(
      `DATABASE_KEY does not open ${sqlite.name}: it is not a database, or was encrypted with another key`,
    );
  }
}

// An unencrypted SQLite file begins with this header; an empty or missing one is new.
export function isPlainSqlite(file: string): boolean {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const header = Buffer.alloc(16);
      return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString("latin1") === "SQLite format 3\0";
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}
