// The worker's scheduled backups (lib/jobs/backup-schedule.ts): one per scheduled run, into BACKUP_DIR, rotated by
// the retention; a run already taken (by this worker or another sharing the database) is not taken twice.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backupName, listBackups } from "@/lib/backup/files";
import { providerOf } from "@/lib/config/database";
import { env } from "@/lib/env";
import { scheduledBackup } from "@/lib/jobs/backup-schedule";
import { postgresToolsMissing } from "@/lib/backup/postgres";

const provider = providerOf(process.env.DATABASE_URL!);

describe.runIf(provider === "sqlite" || !postgresToolsMissing())("scheduled backups", () => {
  it("take one backup per run into BACKUP_DIR and rotate the old ones out", async () => {
    const dir = env.backups.dir;
    expect(dir).toBe(path.join(process.env.DATA_DIR!, "backups"));
    // Ten nights of backups already there, the newest yesterday.
    fs.mkdirSync(dir, { recursive: true });
    const now = new Date();
    for (let night = 1; night <= 10; night++) {
      fs.writeFileSync(
        path.join(dir, backupName(provider, "scheduled", new Date(now.getTime() - night * 86_400_000))),
        "",
      );
    }
    const lines: string[] = [];
    const due = new Date(now.getTime() - 60_000);
    const file = await scheduledBackup(due, (line) => lines.push(line), now);
    expect(file).toBe(path.join(dir, backupName(provider, "scheduled", now)));
    expect(fs.statSync(file!).size).toBeGreaterThan(0);
    expect(lines.join("\n")).toMatch(/^backups: wrote .*; removed \d+ older \(retention\)$/);
    // Today's and the newest of each of the last 7 days (the defaults keep 7 daily, and weekly ones among them).
    const kept = listBackups(dir);
    expect(kept[0]!.file).toBe(file);
    expect(kept.length).toBeLessThanOrEqual(7 + 4);
    expect(kept.length).toBeGreaterThanOrEqual(7);

    // The same run again (a second worker, or the catch-up at start): nothing new.
    expect(await scheduledBackup(due, () => {}, new Date(now.getTime() + 1_000))).toBeNull();
    expect(listBackups(dir)).toHaveLength(kept.length);
    fs.rmSync(dir, { recursive: true });
  }, 60_000);
});
