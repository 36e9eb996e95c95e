// Taking a backup of the database DATABASE_URL names, rotating the folder, and checking a file before it is
// restored: one path for the worker's schedule (lib/jobs/backup-schedule.ts), `npm run backup`, the migrators (a
// backup before new migrations) and `npm run restore`. Framework-free.
import fs from "node:fs";
import path from "node:path";
import {
  committedMigrationNames,
  databaseFile,
  postgresConnection,
  PROVIDER_NAMES,
  providerOf,
} from "../config/database";
import { backupName, type BackupKind, ensureBackupDir, expiredBackups, listBackups, type Retention } from "./files";
import { backupPostgres, postgresToolsMissing, readPostgresBackup } from "./postgres";
import { backupSqliteFile, readSqliteBackup } from "./sqlite";

export type BackupTarget = { databaseUrl: string; databaseKey: string | null; dir: string };

/**
 * Writes a backup of the database into the folder and returns its path. It is written under a temporary name and
 * renamed when whole, so the folder never holds half a backup under a backup's name.
 */
export async function takeBackup(target: BackupTarget, kind: BackupKind, now = new Date()): Promise<string> {
  const provider = providerOf(target.databaseUrl);
  const dir = ensureBackupDir(target.dir);
  const dest = path.join(dir, backupName(provider, kind, now));
  const partial = `${dest}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    if (provider === "sqlite") {
      await backupSqliteFile(databaseFile(target.databaseUrl), target.databaseKey, partial);
      // Read back as a restore would: a backup that cannot be opened is no backup.
      readSqliteBackup(partial, target.databaseKey);
    } else {
      const missing = postgresToolsMissing();
      if (missing) throw new Error(`no PostgreSQL backup: ${missing}`);
      await backupPostgres(target.databaseUrl, partial);
    }
    fs.renameSync(partial, dest);
    return dest;
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(partial + suffix, { force: true });
  }
}

/** Deletes the backups the retention no longer keeps; returns their paths. */
export function rotateBackups(dir: string, retention: Retention): string[] {
  const expired = expiredBackups(listBackups(dir), retention);
  for (const backup of expired) fs.rmSync(backup.file, { force: true });
  return expired.map((backup) => backup.file);
}

export type CheckedBackup = { provider: "sqlite" | "postgresql"; migrations: string[]; schema?: string };

/**
 * Checks that a file is a Cellstate backup this version can restore into the database DATABASE_URL names: of that
 * kind of database, readable (with DATABASE_KEY when it is encrypted), and with no migration this version does
 * not know (a backup from a newer Cellstate). Throws with the reason in one line.
 */
export async function checkBackup(root: string, file: string, target: BackupTarget): Promise<CheckedBackup> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`${file} does not exist`);
  const provider = providerOf(target.databaseUrl);
  const contents =
    provider === "sqlite" ? readSqliteBackup(file, target.databaseKey) : await readPostgresBackupOrSay(file);
  const known = new Set(committedMigrationNames(root, provider));
  const newer = contents.migrations.filter((name) => !known.has(name));
  if (newer.length > 0) {
    throw new Error(
      `${file} comes from a newer Cellstate (its migration ${newer[0]} is not in this version): upgrade Cellstate, then restore`,
    );
  }
  if (contents.migrations.length === 0) throw new Error(`${file} has no migrations applied: not a Cellstate backup`);
  if ("schema" in contents) {
    // pg_dump names the schema in everything it writes: a backup goes back into a schema of the same name.
    const { schema } = postgresConnection(target.databaseUrl);
    if (contents.schema !== schema) {
      throw new Error(
        `${file} is a backup of the schema "${contents.schema}" and DATABASE_URL names "${schema}": add ?schema=${contents.schema} to DATABASE_URL to restore it`,
      );
    }
  }
  return { provider, ...contents };
}

async function readPostgresBackupOrSay(file: string) {
  const missing = postgresToolsMissing();
  if (missing) throw new Error(`cannot read a ${PROVIDER_NAMES.postgresql} backup: ${missing}`);
  return readPostgresBackup(file);
}
