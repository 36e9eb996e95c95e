// What /api/health answers: a liveness check (the browser tests, the bench and a container's HEALTHCHECK wait on
// it), so two small queries and no more. Healthy means the database answers and every committed migration is
// applied to it. It also says which migrations those are, how long ago a memory worker last beat its heartbeat (a
// worker trains on its one thread, so its heartbeat pauses during a fit) and when the last backup was made. No user
// data: no names, no counts of accounts or entries.
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { newestBackup } from "./backup/files";
import { postgresToolsMissing } from "./backup/postgres";
import { committedMigrationNames, providerOf, type DatabaseProvider } from "./config/database";
import { db } from "./db";
import { env } from "./env";
import { lastHeartbeat } from "./journal/worker-leases";

export type HealthStatus = {
  ok: boolean;
  database: { provider: DatabaseProvider; reachable: boolean };
  migrations: { applied: string[]; pending: string[]; unknown: string[] } | null;
  worker: { lastHeartbeatSecondsAgo: number | null } | null;
  /**
   * When the newest backup in BACKUP_DIR was taken (null: none yet, which is not an error), the schedule (null: off),
   * and why no backups can be taken here, if so (PostgreSQL without pg_dump).
   */
  backup: { last: string | null; schedule: string | null; unavailable: string | null };
};

const appliedRows = z.array(z.object({ name: z.string() }));

// Committed migrations do not change while the server runs.
let committed: string[] | null = null;
const committedNames = (provider: DatabaseProvider) =>
  (committed ??= committedMigrationNames(/*turbopackIgnore: true*/ process.cwd(), provider));

function backupStatus(provider: DatabaseProvider): HealthStatus["backup"] {
  return {
    last: newestBackup(env.backups.dir)?.toISOString() ?? null,
    schedule: env.backups.schedule,
    // Looked for once per process: the tools do not come and go while the server runs.
    unavailable: provider === "postgresql" ? postgresToolsMissing() : null,
  };
}

export async function healthStatus(client: PrismaClient = db, now = new Date()): Promise<HealthStatus> {
  const provider = providerOf(env.databaseUrl);
  const backup = backupStatus(provider);
  let applied: string[];
  try {
    applied = appliedRows
      .parse(
        await client.$queryRaw`SELECT migration_name AS name FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
      .map((row) => row.name);
  } catch {
    return { ok: false, database: { provider, reachable: false }, migrations: null, worker: null, backup };
  }
  const expected = committedNames(provider);
  const pending = expected.filter((name) => !applied.includes(name));
  const unknown = applied.filter((name) => !expected.includes(name));
  // The workers' table comes with a migration: while one is pending there may be none to read.
  const heartbeat = pending.length === 0 ? await lastHeartbeat(client) : null;
  const seconds = heartbeat ? Math.max(0, Math.round((now.getTime() - heartbeat.getTime()) / 100) / 10) : null;
  return {
    ok: pending.length === 0,
    database: { provider, reachable: true },
    migrations: { applied, pending, unknown },
    worker: { lastHeartbeatSecondsAgo: seconds },
    backup,
  };
}
