// Scheduled backups, run by the memory worker (lib/jobs/memory-worker.ts) on BACKUP_SCHEDULE (a cron pattern;
// default 03:30 every day, server time), then rotated to BACKUP_KEEP_DAILY daily and BACKUP_KEEP_WEEKLY weekly
// copies (lib/backup/files.ts). A run missed while the worker was down is made up when it starts. Under a lease, so
// of several workers sharing a PostgreSQL database one takes the backup; the others find it just taken.
import { Cron } from "croner";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { providerOf } from "@/lib/config/database";
import { rotateBackups, takeBackup } from "@/lib/backup/backup";
import { listBackups } from "@/lib/backup/files";
import { postgresToolsMissing } from "@/lib/backup/postgres";
import { withLease } from "@/lib/journal/worker-leases";

type Log = (line: string) => void;

/** Takes the scheduled backup unless one was taken since the schedule's last run time (`due`). */
export async function scheduledBackup(due: Date, log: Log = console.log, now = new Date()): Promise<string | null> {
  const { dir, keepDaily, keepWeekly } = env.backups;
  return withLease(
    "backup",
    async () => {
      const newest = listBackups(dir).find((backup) => backup.kind === "scheduled");
      if (newest && newest.takenAt >= due) return null;
      const file = await takeBackup(
        { databaseUrl: env.databaseUrl, databaseKey: env.databaseKey, dir },
        "scheduled",
        now,
      );
      const removed = rotateBackups(dir, { keepDaily, keepWeekly });
      log(`backups: wrote ${file}${removed.length > 0 ? `; removed ${removed.length} older (retention)` : ""}`);
      return file;
    },
    now,
  );
}

function backUpLogged(due: Date, log: Log) {
  scheduledBackup(due, log).catch((error: unknown) => {
    console.error(`backups: the scheduled backup failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Starts the schedule; null when there is none (BACKUP_SCHEDULE=off) or backups cannot be taken here (said why). */
export async function startBackupScheduler(log: Log = console.log): Promise<{ stop: () => void } | null> {
  const { schedule } = env.backups;
  if (!schedule) {
    log("backups: no scheduled backups (BACKUP_SCHEDULE=off)");
    return null;
  }
  const missing = providerOf(env.databaseUrl) === "postgresql" ? postgresToolsMissing() : null;
  if (missing) {
    console.error(`backups: NO SCHEDULED BACKUPS: ${missing}`);
    return null;
  }
  // protect: a run still going when the next is due is not started twice.
  const job = new Cron(schedule, { protect: true }, () => backUpLogged(new Date(), log));
  const [lastDue] = job.previousRuns(1);
  // Made up at start: a run missed while the worker was down, once there is a journal to keep.
  if (lastDue && (await db.user.count()) > 0) backUpLogged(lastDue, log);
  log(`backups: scheduled (${schedule}), next ${job.nextRun()?.toISOString() ?? "never"}, to ${env.backups.dir}`);
  return { stop: () => job.stop() };
}
