// What /api/health answers: a liveness check (the browser tests, the bench and a container's HEALTHCHECK wait on
// it), so two small queries and no more. Healthy means the database answers and every committed migration is
// applied to it. It also says which migrations those are, how long ago a memory worker last beat its heartbeat (a
// worker trains on its one thread, so its heartbeat pauses during a fit) and when the last backup was made. No user
// data: no names, no counts of accounts or entries.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { committedMigrationNames, providerOf, type DatabaseProvider } from "./config/database";
import { db } from "./db";
import { env } from "./env";
import { lastHeartbeat } from "./journal/worker-leases";

export type HealthStatus = {
  ok: boolean;
  database: { provider: DatabaseProvider; reachable: boolean };
  migrations: { applied: string[]; pending: string[]; unknown: string[] } | null;
  worker: { lastHeartbeatSecondsAgo: number | null } | null;
  backup: { last: string | null };
};

const appliedRows = z.array(z.object({ name: z.string() }));

// Committed migrations do not change while the server runs.
let committed: string[] | null = null;
const committedNames = (provider: DatabaseProvider) =>
  (committed ??= committedMigrationNames(/*turbopackIgnore: true*/ process.cwd(), provider));

/** When the newest file in the backups folder was written, or null when there is none (a fresh install). */
function lastBackup(): string | null {
  const folder = path.join(env.dataDir, "backups");
  if (!fs.existsSync(folder)) return null;
  const times = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.statSync(path.join(folder, entry.name)).mtimeMs);
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : null;
}

export async function healthStatus(client: PrismaClient = db, now = new Date()): Promise<HealthStatus> {
  const provider = providerOf(env.databaseUrl);
  const backup = { last: lastBackup() };
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
