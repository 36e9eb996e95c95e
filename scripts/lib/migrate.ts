// Brings the database DATABASE_URL names up to date with its committed migrations: SQLite's
// (scripts/lib/migrate-sqlite.ts) or PostgreSQL's (scripts/lib/migrate-postgres.ts).
import { providerOf } from "../../lib/config/database";
import { migratePostgres } from "./migrate-postgres";
import { migrateSqlite } from "./migrate-sqlite";

/** The names of the migrations applied. */
export async function migrateDatabase(root: string, databaseUrl: string): Promise<string[]> {
  return providerOf(databaseUrl) === "sqlite" ? migrateSqlite(root, databaseUrl) : migratePostgres(root, databaseUrl);
}
