// Every test file gets its own fresh SQLite file, migrated the way `npm start` migrates, and its own data folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../scripts/lib/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-test-"));
const url = `file:${path.join(dir, "test.db")}`;
migrateDatabase(process.cwd(), url);

process.env.DATA_DIR = dir;
process.env.DATABASE_URL = url;
