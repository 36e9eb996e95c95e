// SQLite backups (lib/backup/sqlite.ts) on real files, with a writer in another process: every backup taken while
// entries are being saved is one consistent moment (each entry acknowledged before it began is in it, whole), and
// `npm run restore` puts the last one into a fresh data folder with nothing lost. With DATABASE_KEY the backup is
// encrypted: noise without the key, the journal with it. And restore refuses what it must.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { takeBackup } from "@/lib/backup/backup";
import { committedMigrationNames } from "@/lib/config/database";
import { keyForReading } from "@/lib/config/database-key";
import { saveEntry } from "@/lib/journal/entries";
import { migrateSqlite } from "../../scripts/lib/migrate-sqlite";
import { createUser } from "../setup/users";
import { dayNumber, entryText } from "./backup/entry-text";

const root = process.cwd();
const dataDir = process.env.DATA_DIR!;
const databaseUrl = process.env.DATABASE_URL!;
const backups = path.join(dataDir, "backups");
const target = { databaseUrl, databaseKey: null, dir: backups };
const entryRows = z.array(z.object({ date: z.string(), body: z.string() }));

function readEntries(file: string, key: string | null = null): Map<string, string> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    keyForReading(sqlite, key);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    return new Map(entryRows.parse(sqlite.prepare("SELECT date, body FROM Entry").all()).map((r) => [r.date, r.body]));
  } finally {
    sqlite.close();
  }
}

/** `npm run restore -- <file>` as a process, on the data folder and settings given. */
function restore(file: string, settings: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/restore.ts", file], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: undefined, DATABASE_KEY: undefined, BACKUP_DIR: undefined, ...settings },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const freshFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-restored-"));

describe("SQLite backups", () => {
  it("taken while another process saves entries, each is one moment; restored into a fresh data folder, nothing is lost", async () => {
    const userId = await createUser("writer@example.com");
    // Megabytes to copy, so the writer saves while backups run.
    for (let i = 0; i < 400; i++) await saveEntry(userId, dayNumber(i), { body: entryText(i) });
    const acknowledged: string[] = [];
    const writer = spawn(process.execPath, ["--import", "tsx", "tests/integration/backup/write-entries.ts"], {
      cwd: root,
      env: { ...process.env, USER_ID: userId, FIRST: "400", COUNT: "300" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let pending = "";
    writer.stdout.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop()!;
      acknowledged.push(...lines);
    });
    const finished = new Promise<number | null>((resolve) => writer.on("exit", resolve));
    let writing = true;
    void finished.then(() => (writing = false));

    const taken: { file: string; before: string[] }[] = [];
    while (writing || taken.length < 3) {
      const before = [...acknowledged];
      const file = await takeBackup(target, "manual", new Date(Date.now() + taken.length));
      taken.push({ file, before });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await finished).toBe(0);
    expect(acknowledged).toHaveLength(300);
    // And one after the writer is done, which must hold all of it.
    taken.push({ file: await takeBackup(target, "manual", new Date(Date.now() + taken.length)), before: acknowledged });
    // Some backups were taken while the writer was part-way, not all before or after it.
    const during = taken.filter(({ before }) => before.length > 0 && before.length < 300);
    expect(during.length).toBeGreaterThanOrEqual(2);

    for (const { file, before } of taken) {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const entries = readEntries(file);
      for (const date of [...Array(400).keys()].map(dayNumber).concat(before)) expect(entries.has(date)).toBe(true);
      // Whole entries only: each is exactly the text that was saved.
      for (const [date, body] of entries) {
        const i = Math.round((Date.parse(date) - Date.UTC(2020, 0, 1)) / 86_400_000);
        expect(body).toBe(entryText(i));
      }
    }

    const last = taken.at(-1)!;
    const fresh = freshFolder();
    const restored = restore(last.file, { DATA_DIR: fresh });
    expect(restored.output).toContain("restored");
    expect(restored.status).toBe(0);
    const dbFile = path.join(fresh, "cellstate.db");
    expect(fs.statSync(dbFile).mode & 0o777).toBe(0o600);
    const back = readEntries(dbFile);
    expect(back).toEqual(readEntries(last.file));
    expect(back.size).toBe(700);
    const migrations = new Database(dbFile, { readonly: true })
      .prepare("SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name")
      .all();
    expect(
      z
        .array(z.object({ name: z.string() }))
        .parse(migrations)
        .map((m) => m.name),
    ).toEqual(committedMigrationNames(root, "sqlite"));
  }, 180_000);

  it("of an encrypted database is encrypted: unreadable without DATABASE_KEY, the same journal with it", async () => {
    const KEY = "the household's long journal key";
    const folder = freshFolder();
    const file = path.join(folder, "cellstate.db");
    process.env.DATABASE_KEY = KEY;
    try {
      migrateSqlite(root, `file:${file}`);
    } finally {
      delete process.env.DATABASE_KEY;
    }
    const sqlite = new Database(file);
    keyForReading(sqlite, KEY);
    sqlite
      .prepare("INSERT INTO User (id, email, passwordHash, updatedAt) VALUES ('u1', 'keeper@example.com', '-', 0)")
      .run();
    sqlite
      .prepare("INSERT INTO Entry (id, userId, date, body, updatedAt) VALUES ('e1', 'u1', '2026-12-01', ?, 0)")
      .run("Zqxj: what only the key opens.");
    sqlite.close();

    const backup = await takeBackup({ databaseUrl: `file:${file}`, databaseKey: KEY, dir: folder }, "manual");
    const bytes = fs.readFileSync(backup);
    expect(bytes.subarray(0, 15).toString("latin1")).not.toBe("SQLite format 3");
    expect(bytes.includes("Zqxj")).toBe(false);
    expect(bytes.includes("keeper@example.com")).toBe(false);
    expect(() => readEntries(backup)).toThrow(/DATABASE_KEY is not set/);
    expect(() => readEntries(backup, "some other key of the same length")).toThrow(/another key/);
    expect(readEntries(backup, KEY)).toEqual(new Map([["2026-12-01", "Zqxj: what only the key opens."]]));

    // Restored with the key, into a fresh folder: the same entry; without it, refused.
    const fresh = freshFolder();
    expect(restore(backup, { DATA_DIR: fresh }).output).toMatch(/DATABASE_KEY is not set/);
    const restored = restore(backup, { DATA_DIR: fresh, DATABASE_KEY: KEY });
    expect(restored.status).toBe(0);
    expect(readEntries(path.join(fresh, "cellstate.db"), KEY).get("2026-12-01")).toBe("Zqxj: what only the key opens.");
  }, 60_000);

  it("restore refuses a file that is not a Cellstate backup, one from a newer schema, and a running Cellstate; it keeps what it replaces", async () => {
    const folder = freshFolder();
    const settings = { DATA_DIR: folder };
    const first = restore(path.join(root, "package.json"), settings);
    expect(first.status).toBe(1);
    expect(first.output.trim()).toMatch(/^Cellstate: .*package\.json is not a SQLite database.*not a Cellstate backup/);
    expect(first.output.trim().split("\n")).toHaveLength(1);

    const other = path.join(folder, "other.db");
    new Database(other).exec("CREATE TABLE notes (text TEXT)");
    expect(restore(other, settings).output).toMatch(/not a Cellstate backup \(it has no journal tables\)/);

    const good = await takeBackup(target, "manual");
    const newer = path.join(folder, "newer.db");
    fs.copyFileSync(good, newer);
    const edit = new Database(newer);
    edit
      .prepare(
        "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', 0, '29991231000000_from_the_future', 0, 1)",
      )
      .run();
    edit.close();
    const refused = restore(newer, settings);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/comes from a newer Cellstate \(its migration 29991231000000_from_the_future/);
    expect(fs.existsSync(path.join(folder, "cellstate.db"))).toBe(false);

    // As if npm start ran on the folder: this test's own process is alive.
    fs.writeFileSync(path.join(folder, "processes.json"), JSON.stringify({ supervisor: process.pid }));
    expect(restore(good, settings).output).toMatch(/not restoring: Cellstate is running on/);
    fs.rmSync(path.join(folder, "processes.json"));

    expect(restore(good, settings).status).toBe(0);
    // A second restore over it keeps the first in a pre-restore backup.
    const again = restore(good, settings);
    expect(again.status).toBe(0);
    const kept = /kept in (\S+)/.exec(again.output)?.[1];
    expect(kept).toMatch(/cellstate-\d{8}T\d+Z-pre-restore\.db$/);
    expect(readEntries(kept!).size).toBe(readEntries(good).size);
  }, 60_000);
});
