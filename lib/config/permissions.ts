// Who on the host can read the journal's files. The data folder is the owner's alone (0700) and every file in
// it, the database, its -wal and -shm, the session secret and anything an owner copies there (backups), is
// 0600: with the defaults (0755 / 0644) any local account could read every journal. Files created later get
// the same: `npm start` runs the server and the worker with umask 077 (OWNER_ONLY_UMASK), and SQLite gives a
// new -wal or -shm the mode of its database file.
import fs from "node:fs";
import path from "node:path";

export const OWNER_ONLY_UMASK = 0o077;
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

function chmodIfExists(file: string, mode: number) {
  try {
    if ((fs.statSync(file).mode & 0o777) !== mode) fs.chmodSync(file, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/**
 * Makes the data folder and its files (and the SQLite database's, if it lives elsewhere; null on PostgreSQL, whose
 * files are the server's) readable by the owner only.
 */
export function restrictDataFiles(dataDir: string, databaseFile: string | null): void {
  chmodIfExists(dataDir, DIR_MODE);
  for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
    const file = path.join(dataDir, entry.name);
    if (entry.isDirectory()) chmodIfExists(file, DIR_MODE);
    else if (entry.isFile()) chmodIfExists(file, FILE_MODE);
  }
  if (databaseFile === null) return;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) chmodIfExists(databaseFile + suffix, FILE_MODE);
}
