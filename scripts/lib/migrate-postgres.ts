// Applies the committed PostgreSQL migrations (prisma/postgres/migrations) in order, all pending ones in one
// transaction (PostgreSQL's DDL is transactional). Several processes may start at once on one database (two web servers, two workers): an advisory lock, the one `prisma migrate deploy` takes,
// lets one apply while the others wait and then find nothing left to do.
import crypto from "node:crypto";
import { z } from "zod";
import { postgresConnection } from "../../lib/config/database";
import { committedMigrations, migrationFailed, pendingMigrations } from "./migrations";
import { withPostgres } from "./postgres-client";

const PRISMA_MIGRATE_LOCK = 72707369;

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const appliedRows = z.array(z.object({ name: z.string(), checksum: z.string() }));

/**
 * Applies the pending migrations in one transaction, so a failed one leaves the database as it was; an existing
 * database is backed up first (`beforeMigrating`). Returns the names of the migrations applied.
 */
export async function migratePostgres(
  root: string,
  databaseUrl: string,
  beforeMigrating: (pending: string[]) => Promise<string | null>,
): Promise<string[]> {
  const { schema } = postgresConnection(databaseUrl);
  return withPostgres(databaseUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(TABLE);
      const { rows } = await client.query(
        `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const applied = new Map(appliedRows.parse(rows).map((row) => [row.name, row.checksum]));
      const pending = pendingMigrations(committedMigrations(root, "postgresql"), applied);
      if (pending.length === 0) return [];
      const backup = applied.size > 0 ? await beforeMigrating(pending.map((m) => m.name)) : null;
      let current = "";
      await client.query("BEGIN");
      try {
        for (const { name, sql, checksum } of pending) {
          current = name;
          const started = new Date();
          await client.query(sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES ($1, $2, now(), $3, $4, 1)`,
            [crypto.randomUUID(), checksum, name, started],
          );
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw migrationFailed(current, error, backup);
      }
      return pending.map((m) => m.name);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
    }
  });
}
