// The backup files in BACKUP_DIR: their names, which ones are kept, and when the newest was written. A name says
// when (UTC), why and of which database a backup is: cellstate-20261202T033000Z-scheduled.db (SQLite) or
// …-pre-migration.pgdump (PostgreSQL's pg_dump archive). Framework-free: the worker, the CLIs and /api/health
// read the folder the same way.
import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "../config/database";

/** Why a backup was taken. Scheduled and manual ones rotate (daily and weekly); the others are kept apart. */
export const BACKUP_KINDS = ["scheduled", "manual", "pre-migration", "pre-restore"] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
const ROTATING: readonly BackupKind[] = ["scheduled", "manual"];
/** How many backups taken before a migration, and before a restore, are kept (the newest). */
export const KEEP_SAFETY_COPIES = 3;

export const BACKUP_EXTENSIONS: Record<DatabaseProvider, string> = { sqlite: "db", postgresql: "pgdump" };

const NAME = /^cellstate-(\d{8}T\d{6}(?:\d{3})?Z)-([a-z-]+)\.(db|pgdump)$/;

export type BackupFile = { file: string; name: string; takenAt: Date; kind: BackupKind; provider: DatabaseProvider };

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(".", "");
}

function parseStamp(text: string): Date {
  const [, y, mo, d, h, mi, s, ms = "000"] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})?Z$/.exec(text)!;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

export function backupName(provider: DatabaseProvider, kind: BackupKind, takenAt: Date): string {
  return `cellstate-${stamp(takenAt)}-${kind}.${BACKUP_EXTENSIONS[provider]}`;
}

export function parseBackupName(name: string): Omit<BackupFile, "file"> | null {
  const [, when = "", why, extension] = NAME.exec(name) ?? [];
  const kind = BACKUP_KINDS.find((known) => known === why);
  if (!kind) return null;
  return { name, takenAt: parseStamp(when), kind, provider: extension === "db" ? "sqlite" : "postgresql" };
}

/** Cellstate's backups in the folder, newest first (other files are left alone and not counted). */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const parsed = parseBackupName(entry.name);
      return parsed ? [{ ...parsed, file: path.join(dir, entry.name) }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** When the newest backup was taken, or null when there is none (a fresh install). */
export function newestBackup(dir: string): Date | null {
  return listBackups(dir)[0]?.takenAt ?? null;
}

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
// The Monday (UTC) of the ISO week a moment falls in.
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return utcDay(day);
}

// The newest backup of each of the `count` most recent periods that have one.
function newestPerPeriod(backups: BackupFile[], period: (date: Date) => string, count: number): BackupFile[] {
  const kept = new Map<string, BackupFile>();
  for (const backup of backups) {
    const key = period(backup.takenAt);
    if (!kept.has(key) && kept.size < count) kept.set(key, backup);
  }
  return [...kept.values()];
}

export type Retention = { keepDaily: number; keepWeekly: number };

/**
 * The backups to delete: of the scheduled and manual ones, all but the newest of each of the last `keepDaily` days
 * (UTC) and of each of the last `keepWeekly` ISO weeks that have one; of those taken before a migration or a
 * restore, all but the newest few of each kind.
 */
export function expiredBackups(backups: BackupFile[], { keepDaily, keepWeekly }: Retention): BackupFile[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const rotating = newestFirst.filter((backup) => ROTATING.includes(backup.kind));
  const kept = new Set([
    ...newestPerPeriod(rotating, utcDay, keepDaily),
    ...newestPerPeriod(rotating, isoWeek, keepWeekly),
  ]);
  for (const kind of BACKUP_KINDS.filter((kind) => !ROTATING.includes(kind))) {
    for (const backup of newestFirst.filter((b) => b.kind === kind).slice(0, KEEP_SAFETY_COPIES)) kept.add(backup);
  }
  return newestFirst.filter((backup) => !kept.has(backup));
}

/** Makes the folder (the owner's alone) and returns it. */
export function ensureBackupDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A folder made before (by hand, or a mount point) is narrowed too, unless it is not ours to change.
  try {
    fs.chmodSync(dir, 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
  }
  return dir;
}
