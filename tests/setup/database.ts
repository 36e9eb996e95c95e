// Every test file gets its own fresh database, migrated the way `npm start` migrates, and its own data folder:
// a SQLite file by default, or, when TEST_POSTGRES_URL names a PostgreSQL database (vitest.postgres.config.mts),
// a schema of its own in it (the global setup drops these when the run ends).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { TEST_SCHEMA_PREFIX } from "./postgres-schemas";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-test-"));
const postgres = process.env.TEST_POSTGRES_URL;

function testDatabaseUrl(): string {
  if (!postgres) return `file:${path.join(dir, "test.db")}`;
  const url = new URL(postgres);
  url.searchParams.set("schema", `${TEST_SCHEMA_PREFIX}${crypto.randomBytes(6).toString("hex")}`);
  return url.toString();
}

const url = testDatabaseUrl();
await migrateDatabase(process.cwd(), url);

process.env.DATA_DIR = dir;
process.env.DATABASE_URL = url;
