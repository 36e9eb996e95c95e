// The committed migrations of one database (prisma/migrations for SQLite, prisma/postgres/migrations for
// PostgreSQL), read the way both migrators apply them: folders in name order, each recorded in Prisma's own
// `_prisma_migrations` table with the SHA-256 of its SQL as `prisma migrate deploy` records it, so
// `prisma migrate status` agrees with us.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { committedMigrationNames, type DatabaseProvider, prismaFiles } from "../../lib/config/database";

export type Migration = { name: string; sql: string; checksum: string };

export function committedMigrations(root: string, provider: DatabaseProvider): Migration[] {
  const folder = path.join(root, prismaFiles(provider).migrations);
  return committedMigrationNames(root, provider).map((name) => {
    const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
    return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
  });
}

/** The migrations not applied yet; one that was changed after it was applied stops everything. */
export function pendingMigrations(migrations: Migration[], applied: Map<string, string>): Migration[] {
  return migrations.filter(({ name, checksum }) => {
    const known = applied.get(name);
    if (known === undefined) return true;
    if (known !== checksum)
      throw new Error(`Migration ${name} was changed after it was applied; add a new migration instead.`);
    return false;
  });
}

/** The one line a failed migration is reported with: which one, why, and that nothing changed. */
export function migrationFailed(name: string, error: unknown, backup: string | null): Error {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
  const copy = backup ? `; the backup taken before is ${backup}` : "";
  return new Error(`migration ${name} failed (${reason}): nothing was applied, the database is as it was${copy}`);
}
