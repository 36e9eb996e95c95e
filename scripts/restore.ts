// `npm run restore -- <file>`: puts a backup in the place of the database DATABASE_URL names (the SQLite file in
// DATA_DIR by default, or the PostgreSQL schema), with Cellstate stopped. It refuses a file that is not a Cellstate
// backup of that kind of database, one this DATABASE_KEY does not open, and one from a newer Cellstate (a migration
// this version does not know); and while Cellstate runs on that database (scripts/lib/running-app.ts). What it
// replaces is backed up first (a "pre-restore" backup in BACKUP_DIR). A backup from an older version is then
// migrated forward, as the next start would. Into a fresh data folder (a new machine) it simply makes the database.
import fs from "node:fs";
import path from "node:path";
import { checkBackup, takeBackup } from "../lib/backup/backup";
import { backupName, ensureBackupDir } from "../lib/backup/files";
import { restorePostgres } from "../lib/backup/postgres";
import { replaceSqliteFile } from "../lib/backup/sqlite";
import { databaseFile, describeDatabase, postgresConnection, providerOf } from "../lib/config/database";
import { databaseKey } from "../lib/config/database-key";
import { backupDir } from "../lib/config/paths";
import { restrictDataFiles } from "../lib/config/permissions";
import { migrateDatabase } from "./lib/migrate";
import { loadProject, root } from "./lib/project";
import { withPostgres } from "./lib/postgres-client";
import { runningOn } from "./lib/running-app";

const USAGE = "usage: npm run restore -- <backup file>";

// A copy of what is there now. When the database is too damaged to be backed up (often why one restores), its
// files are copied as they are.
async function keepCurrent(databaseUrl: string, dir: string): Promise<string | null> {
  const target = { databaseUrl, databaseKey: databaseKey(), dir };
  if (providerOf(databaseUrl) === "postgresql") {
    const { schema } = postgresConnection(databaseUrl);
    const exists = await withPostgres(databaseUrl, async (client) => {
      const { rowCount } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
      return rowCount === 1;
    });
    return exists ? takeBackup(target, "pre-restore") : null;
  }
  const file = databaseFile(databaseUrl);
  if (!fs.existsSync(file)) return null;
  try {
    return await takeBackup(target, "pre-restore");
  } catch (error) {
    const copy = path.join(ensureBackupDir(dir), backupName("sqlite", "pre-restore", new Date()));
    for (const suffix of ["", "-wal"]) {
      if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, copy + suffix);
    }
    console.warn(
      `Cellstate: the current database could not be backed up (${(error as Error).message}); its files were copied as they are`,
    );
    return copy;
  }
}

async function main() {
  const [given, ...rest] = process.argv.slice(2);
  if (!given || rest.length > 0) throw new Error(USAGE);
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const { dataDir, databaseUrl } = loadProject();
  const running = await runningOn(dataDir, databaseUrl);
  if (running) throw new Error(`not restoring: ${running}`);
  const dir = backupDir();
  const checked = await checkBackup(root, file, { databaseUrl, databaseKey: databaseKey(), dir });
  console.log(
    `Cellstate: ${file} is a Cellstate backup with ${checked.migrations.length} migrations (newest ${checked.migrations.at(-1)})`,
  );
  const kept = await keepCurrent(databaseUrl, dir);
  if (kept) console.log(`Cellstate: what it replaces is kept in ${kept}`);
  if (checked.provider === "sqlite") replaceSqliteFile(file, databaseFile(databaseUrl));
  else await restorePostgres(file, databaseUrl);
  const applied = await migrateDatabase(root, databaseUrl);
  if (checked.provider === "sqlite") restrictDataFiles(dataDir, databaseFile(databaseUrl));
  const migrated = applied.length > 0 ? `, then migrated forward (${applied.join(", ")})` : "";
  console.log(`Cellstate: restored ${file} into ${describeDatabase(databaseUrl)}${migrated}`);
}

main().catch((error: Error) => {
  console.error(`Cellstate: ${error.message}`);
  process.exit(1);
});
