// Integration files: the data folder's database (data-dir.ts, which runs first), migrated the way `npm start`
// migrates. On the PostgreSQL pass (TEST_POSTGRES_URL, vitest.postgres.config.mts) it is a schema of the file's own
// in that database instead (the global setup drops these when the run ends).
import crypto from "node:crypto";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { TEST_SCHEMA_PREFIX } from "./postgres-schemas";

const postgres = process.env.TEST_POSTGRES_URL;
if (postgres) {
  const url = new URL(postgres);
  url.searchParams.set("schema", `${TEST_SCHEMA_PREFIX}${crypto.randomBytes(6).toString("hex")}`);
  process.env.DATABASE_URL = url.toString();
}
await migrateDatabase(process.cwd(), process.env.DATABASE_URL!);
