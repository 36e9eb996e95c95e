// Every test file gets its own data folder, and a database URL in it (lib/env.ts requires one). Only the
// integration files create and migrate that database (database.ts); a unit test that reached it would find no
// tables and fail, which says it is no unit test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-test-"));
process.env.DATA_DIR = dir;
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
