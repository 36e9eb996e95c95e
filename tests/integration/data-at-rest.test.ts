// What another account on the host, or someone with a copy of the file, can read: the data folder and its
// files are the owner's alone after a start, and a deleted entry's text is gone from the database file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteEntry, saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { databaseFile } from "@/lib/config/database";
import { createUser } from "../setup/users";

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("file modes", () => {
  it("are fixed at start for the folder, the database, its -wal and -shm, the secret and a backup", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-modes-"));
    fs.chmodSync(dir, 0o755);
    const dbFile = path.join(dir, "cellstate.db");
    for (const name of ["auth-secret", "backup-2026-01.db", "cellstate.db-wal", "cellstate.db-shm"]) {
      fs.writeFileSync(path.join(dir, name), "", { mode: 0o644 });
    }
    // The start path every entry point takes (scripts/lib/project.ts), here through `npm run db:migrate`.
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/migrate.ts"], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: `file:${dbFile}` },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(modeOf(dir)).toBe(0o700);
    for (const name of fs.readdirSync(dir)) expect([name, modeOf(path.join(dir, name))]).toEqual([name, 0o600]);
    expect(fs.existsSync(dbFile)).toBe(true);
  });

  it("of a new -wal and -shm follow the database file's, which `npm start`'s umask makes 0600", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-wal-"));
    const file = path.join(dir, "fresh.db");
    fs.writeFileSync(file, "", { mode: 0o600 });
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('hello')");
    expect([modeOf(`${file}-wal`), modeOf(`${file}-shm`)]).toEqual([0o600, 0o600]);
    sqlite.close();
  });
});

describe("a deleted entry", () => {
  it("leaves none of its text in the database file", async () => {
    const userId = await createUser("forgetful@example.com");
    const marker = "Zqxjv-private-sentence-about-my-sister";
    const entry = await saveEntry(userId, "2026-03-01", {
      body: `I keep thinking about ${marker}. I should have called.`,
    });
    await afterEntrySaved(userId, entry);
    await saveEntry(userId, "2026-03-02", { body: "Another day, another entry that stays." });
    expect(await deleteEntry(userId, entry.id)).toBe(true);
    // Every page the deletion wrote is moved from the -wal into the file, and the -wal emptied.
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");

    const file = databaseFile(process.env.DATABASE_URL!);
    const bytes = Buffer.concat([
      fs.readFileSync(file),
      fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
    ]);
    expect(bytes.includes("Another day, another entry that stays.")).toBe(true);
    expect(bytes.includes(marker)).toBe(false);
    expect(bytes.includes("Zqxjv")).toBe(false);
    // Nor its words in the search index (kept lower case there).
    expect(bytes.includes("zqxjv")).toBe(false);
  });
});
