// Every test file gets its own fresh SQLite file with the committed migrations applied (the SQL files
// directly: about 3x faster than running the Prisma CLI per file), and its own data folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-test-"));
const file = path.join(dir, "test.db");
const migrations = path.resolve("prisma", "migrations");
const sqlite = new Database(file);
for (const name of fs.readdirSync(migrations).sort()) {
  const sql = path.join(migrations, name, "migration.sql");
  if (fs.existsSync(sql)) sqlite.exec(fs.readFileSync(sql, "utf8"));
}
sqlite.close();

process.env.DATA_DIR = dir;
process.env.DATABASE_URL = `file:${file}`;
