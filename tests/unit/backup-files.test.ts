// Backup names and retention (lib/backup/files.ts): which files are kept of a folder built day by day.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  backupName,
  type BackupFile,
  expiredBackups,
  listBackups,
  newestBackup,
  parseBackupName,
} from "@/lib/backup/files";

const DAY = 86_400_000;

function backup(takenAt: Date, kind: BackupFile["kind"] = "scheduled"): BackupFile {
  const name = backupName("sqlite", kind, takenAt);
  return { file: `/backups/${name}`, ...parseBackupName(name)! };
}

describe("backup names", () => {
  it("say when (UTC, to the millisecond), why and of which database", () => {
    const at = new Date("2026-12-02T03:30:00.125Z");
    expect(backupName("sqlite", "scheduled", at)).toBe("cellstate-20261202T033000125Z-scheduled.db");
    expect(backupName("postgresql", "pre-migration", at)).toBe("cellstate-20261202T033000125Z-pre-migration.pgdump");
    expect(parseBackupName("cellstate-20261202T033000125Z-pre-migration.pgdump")).toEqual({
      name: "cellstate-20261202T033000125Z-pre-migration.pgdump",
      takenAt: at,
      kind: "pre-migration",
      provider: "postgresql",
    });
    for (const other of [
      "notes.txt",
      "cellstate-20261202T033000125Z-other.db",
      "cellstate-2026-12-01.db",
      "x.db.partial",
    ]) {
      expect(parseBackupName(other)).toBeNull();
    }
  });

  it("are what the folder is read by: newest first, other files ignored", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-backup-names-"));
    expect(newestBackup(dir)).toBeNull();
    expect(newestBackup(path.join(dir, "missing"))).toBeNull();
    const older = new Date("2026-11-01T03:30:00Z");
    const newer = new Date("2026-11-02T03:30:00Z");
    for (const at of [older, newer]) fs.writeFileSync(path.join(dir, backupName("sqlite", "scheduled", at)), "");
    fs.writeFileSync(path.join(dir, "cellstate-20261203T000000Z-scheduled.db.partial"), "");
    expect(listBackups(dir).map((b) => b.takenAt)).toEqual([newer, older]);
    expect(newestBackup(dir)).toEqual(newer);
  });
});

describe("retention", () => {
  // Sixty days of nightly backups, and some taken by hand, before migrations and before restores.
  const start = Date.parse("2026-10-01T03:30:00Z"); // a Thursday
  const nightly = [...Array(60).keys()].map((day) => backup(new Date(start + day * DAY)));

  it("keeps the newest of each of the last 7 days and of each of the last 4 ISO weeks", () => {
    const expired = new Set(expiredBackups(nightly, { keepDaily: 7, keepWeekly: 4 }));
    const kept = nightly.filter((b) => !expired.has(b)).map((b) => b.takenAt.toISOString().slice(0, 10));
    // Day 59 is 2026-11-29, a Sunday: the last 7 days, and the Sundays of the three weeks before.
    expect(kept.sort()).toEqual([
      "2026-11-08",
      "2026-11-15",
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
  });

  it("counts a manual backup with the scheduled ones (the newest of its day wins), and keeps the last 3 safety copies of each kind", () => {
    const last = nightly.at(-1)!.takenAt.getTime();
    const manual = backup(new Date(last + 3600_000), "manual");
    const migrations = [1, 2, 3, 4].map((n) => backup(new Date(start + n * DAY + 60_000), "pre-migration"));
    const restores = [backup(new Date(start + 60_000), "pre-restore")];
    const expired = new Set(
      expiredBackups([...nightly, manual, ...migrations, ...restores], { keepDaily: 7, keepWeekly: 0 }),
    );
    expect(expired.has(manual)).toBe(false);
    expect(expired.has(nightly.at(-1)!)).toBe(true);
    expect(migrations.map((b) => expired.has(b))).toEqual([true, false, false, false]);
    expect(expired.has(restores[0]!)).toBe(false);
  });

  it("keeps everything while there are fewer backups than the retention", () => {
    expect(expiredBackups(nightly.slice(0, 3), { keepDaily: 7, keepWeekly: 4 })).toEqual([]);
  });
});
