// `npm run backup`: a backup of the database now, into BACKUP_DIR (default DATA_DIR/backups), while the server
// runs or not; then the folder is rotated as the schedule rotates it. Prints the file's path.
import fs from "node:fs";
import { databaseKey } from "../lib/config/database-key";
import { backupDir } from "../lib/config/paths";
import { readSettings } from "../lib/config/settings";
import { rotateBackups, takeBackup } from "../lib/backup/backup";
import { loadProject } from "./lib/project";

async function main() {
  const { databaseUrl } = loadProject();
  const settings = readSettings();
  const dir = backupDir();
  const file = await takeBackup({ databaseUrl, databaseKey: databaseKey(), dir }, "manual");
  const removed = rotateBackups(dir, {
    keepDaily: settings.BACKUP_KEEP_DAILY,
    keepWeekly: settings.BACKUP_KEEP_WEEKLY,
  });
  const megabytes = (fs.statSync(file).size / 1e6).toFixed(1);
  console.log(
    `Cellstate: backed up to ${file} (${megabytes} MB)${removed.length > 0 ? `; removed ${removed.length} older` : ""}`,
  );
}

main().catch((error: Error) => {
  console.error(`Cellstate: ${error.message}`);
  process.exit(1);
});
