// Brings the database up to the committed migrations with Prisma's own `migrate deploy` (JS engine, no
// download), then switches SQLite to WAL so page reads do not wait on a save.
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";

export function migrateDatabase(root: string, databaseUrl: string): void {
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  const sqlite = new Database(databaseUrl.replace(/^file:/, ""));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
