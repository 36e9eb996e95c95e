// What /api/health reports (lib/health.ts): healthy when the database answers and every committed migration is
// applied; the migrations by name, the worker's heartbeat, the last backup; nothing about the users.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { committedMigrationNames, providerOf } from "@/lib/config/database";
import { adapterFor, db } from "@/lib/db";
import { backupName } from "@/lib/backup/files";
import { healthStatus } from "@/lib/health";
import { heartbeat } from "@/lib/journal/worker-leases";
import { createUser } from "../setup/users";

const provider = providerOf(process.env.DATABASE_URL!);
const committed = committedMigrationNames(process.cwd(), provider);

describe("health", () => {
  it("on a fresh install: healthy, every migration by name, no heartbeat and no backup yet, and no user data", async () => {
    await createUser("private-person@example.com");
    const status = await healthStatus();
    expect(status).toEqual({
      ok: true,
      database: { provider, reachable: true },
      migrations: { applied: committed, pending: [], unknown: [] },
      worker: { lastHeartbeatSecondsAgo: null },
      backup: { last: null, schedule: "30 3 * * *", unavailable: null },
    });
    expect(JSON.stringify(status)).not.toContain("private-person");
  });

  it("says how long ago the worker beat, and when the newest backup in BACKUP_DIR was taken", async () => {
    const now = new Date();
    await heartbeat(new Date(now.getTime() - 3_500));
    // BACKUP_DIR defaults to DATA_DIR/backups; other files there are not backups.
    const folder = path.join(process.env.DATA_DIR!, "backups");
    fs.mkdirSync(folder, { recursive: true });
    const taken = new Date("2026-12-01T03:30:00Z");
    fs.writeFileSync(path.join(folder, backupName(provider, "scheduled", taken)), "");
    fs.writeFileSync(path.join(folder, backupName(provider, "scheduled", new Date("2026-11-30T03:30:00Z"))), "");
    fs.writeFileSync(path.join(folder, "notes.txt"), "not a backup");
    const status = await healthStatus(db, now);
    expect(status.worker).toEqual({ lastHeartbeatSecondsAgo: 3.5 });
    expect(status.backup.last).toBe(taken.toISOString());
    fs.rmSync(folder, { recursive: true });
  });

  it("is unhealthy while a migration is not applied, and names it", async () => {
    const newest = committed.at(-1)!;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ${newest}`;
    try {
      const status = await healthStatus();
      expect(status.ok).toBe(false);
      expect(status.migrations?.pending).toEqual([newest]);
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${newest}`;
    }
  });

  it("is unhealthy when the database does not answer", async () => {
    const nowhere =
      provider === "sqlite" ? "file:/nonexistent-folder/cellstate.db" : "postgres://nobody@127.0.0.1:1/none";
    const unreachable = new PrismaClient({ adapter: adapterFor(nowhere) });
    const status = await healthStatus(unreachable);
    expect(status).toMatchObject({ ok: false, database: { provider, reachable: false }, migrations: null });
  });
});
