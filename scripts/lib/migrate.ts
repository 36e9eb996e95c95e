// Brings the database DATABASE_URL names up to date with its committed migrations: SQLite's
// (scripts/lib/migrate-sqlite.ts) or PostgreSQL's (scripts/lib/migrate-postgres.ts). Before new migrations touch
// a database that has data, it is backed up (BACKUP_DIR); if that backup cannot be taken nothing is migrated. On
// PostgreSQL without pg_dump the migrations go ahead (they apply in one transaction either way) and it says so.
import { databaseKey } from "../../lib/config/database-key";
import { providerOf } from "../../lib/config/database";
import { backupDir } from "../../lib/config/paths";
import { readSettings } from "../../lib/config/settings";
import { rotateBackups, takeBackup } from "../../lib/backup/backup";
import { postgresToolsMissing } from "../../lib/backup/postgres";
import { migratePostgres } from "./migrate-postgres";
import { migrateSqlite, sqliteMigrationState } from "./migrate-sqlite";

export type MigrationBackups = { dir: string; key: string | null; keepDaily: number; keepWeekly: number };

function configuredBackups(): MigrationBackups {
  const settings = readSettings();
  return {
    dir: backupDir(),
    key: databaseKey(),
    keepDaily: settings.BACKUP_KEEP_DAILY,
    keepWeekly: settings.BACKUP_KEEP_WEEKLY,
  };
}

/** The names of the migrations applied. */
export async function migrateDatabase(
  root: string,
  databaseUrl: string,
  backups: MigrationBackups = configuredBackups(),
): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  const backUp = async (pending: string[]): Promise<string | null> => {
    const missing = provider === "postgresql" ? postgresToolsMissing() : null;
    if (missing) {
      console.warn(`Cellstate: no backup before migrating (${missing}); applying ${pending.join(", ")} anyway`);
      return null;
    }
    let file: string;
    try {
      file = await takeBackup({ databaseUrl, databaseKey: backups.key, dir: backups.dir }, "pre-migration");
    } catch (error) {
      throw new Error(
        `could not back up the database before migrating (${(error as Error).message}): nothing was applied`,
      );
    }
    rotateBackups(backups.dir, backups);
    console.log(`Cellstate: backed up the database to ${file} before applying ${pending.join(", ")}`);
    return file;
  };
  if (provider === "postgresql") return migratePostgres(root, databaseUrl, backUp);
  const { pending, existing } = sqliteMigrationState(root, databaseUrl);
  if (pending.length === 0) return [];
  return migrateSqlite(root, databaseUrl, existing ? await backUp(pending) : null);
}
