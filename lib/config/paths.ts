// Where Cellstate keeps its files. Framework-free so the start script, the Prisma CLI config and the
// app resolve the same paths.
import fs from "node:fs";
import path from "node:path";

/** The environment, or a part of it (a test's settings). */
export type Settings = Record<string, string | undefined>;

export function dataDir(env: Settings = process.env): string {
  // The data folder is chosen at run time; tell the bundler not to trace the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || "data");
}

// The SQLite adapter resolves relative file: URLs against the working directory, so we hand it an
// absolute path to keep the CLI, the server and the scripts on the same file.
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || `file:${path.join(dataDir(env), "cellstate.db")}`;
}

// Backups go to BACKUP_DIR, by default a folder in the data folder; the README recommends another disk.
export function backupDir(env: Settings = process.env): string {
  return env.BACKUP_DIR ? path.resolve(/*turbopackIgnore: true*/ env.BACKUP_DIR) : path.join(dataDir(env), "backups");
}

// The SQLite driver cannot create the folder its file lives in; every entry point calls this first.
export function ensureDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = dataDir(env);
  // Only the owner may list or read it (lib/config/permissions.ts fixes a folder made before).
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
