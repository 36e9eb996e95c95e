// A wrong setting stops start-up with one line naming the setting and what it may be (lib/config/settings.ts):
// checked on readSettings, and on `npm start` itself, as a process: exit code 1, that one line, no stack trace.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSettings, SettingsError } from "@/lib/config/settings";

describe("readSettings", () => {
  it("takes no settings at all, with the documented defaults", () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      SIGNUP: "open",
      PORT: 3000,
      DEFAULT_TIME_ZONE: "UTC",
      BACKUP_SCHEDULE: "30 3 * * *",
      BACKUP_KEEP_DAILY: 7,
      BACKUP_KEEP_WEEKLY: 4,
    });
  });

  it("takes good values, and counts an empty one as unset", () => {
    const settings = readSettings({
      BACKUP_SCHEDULE: "0 */6 * * *",
      BACKUP_KEEP_DAILY: "14",
      BACKUP_KEEP_WEEKLY: "0",
      DEFAULT_TIME_ZONE: "Europe/Berlin",
      PORT: "",
    });
    expect(settings).toMatchObject({ BACKUP_SCHEDULE: "0 */6 * * *", BACKUP_KEEP_DAILY: 14, BACKUP_KEEP_WEEKLY: 0 });
    expect(settings.DEFAULT_TIME_ZONE).toBe("Europe/Berlin");
    expect(settings.PORT).toBe(3000);
    expect(readSettings({ BACKUP_SCHEDULE: "off" }).BACKUP_SCHEDULE).toBe("off");
  });

  it.each([
    [{ SIGNUP: "maybe" }, "SIGNUP must be open or closed"],
    [{ BACKUP_SCHEDULE: "every night" }, "BACKUP_SCHEDULE must be a cron pattern"],
    [{ BACKUP_KEEP_DAILY: "0" }, "BACKUP_KEEP_DAILY must be a whole number from 1 to 3650"],
    [{ BACKUP_KEEP_WEEKLY: "2.5" }, "BACKUP_KEEP_WEEKLY must be a whole number from 0 to 520"],
    [{ DEFAULT_TIME_ZONE: "Mars/Olympus" }, "DEFAULT_TIME_ZONE must be an IANA time zone"],
    [{ PORT: "http" }, "PORT must be a whole number from 1 to 65535"],
    [{ EMBEDDING_PROVIDER: "ollama" }, "EMBEDDING_PROVIDER=ollama needs EMBEDDING_URL and EMBEDDING_MODEL"],
    [{ DATABASE_URL: "postgres://u:p@db/c", DATABASE_KEY: "k".repeat(20) }, "DATABASE_KEY encrypts the SQLite file"],
    [{ DATABASE_KEY: "short" }, "DATABASE_KEY must be at least 16 characters"],
  ])("refuses %o in one line naming it", (settings, message) => {
    let error: unknown;
    try {
      readSettings(settings);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("names every wrong setting at once, and never echoes a value", () => {
    const secret = "hunter2-not-long-enough";
    expect(() => readSettings({ SIGNUP: "x", AUTH_SECRET: secret })).toThrow(
      /AUTH_SECRET must be at least 32 characters; SIGNUP must be open or closed/,
    );
    expect(() => readSettings({ AUTH_SECRET: secret })).not.toThrow(new RegExp(secret));
  });
});

describe("npm start with a wrong setting", () => {
  it("exits 1 with one line that names it, before building or serving anything", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-bad-setting-"));
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: process.cwd(),
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir, BACKUP_SCHEDULE: "at three", PORT: "3519" },
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      'Cellstate: Invalid settings: BACKUP_SCHEDULE must be a cron pattern (minute hour day month weekday, e.g. "30 3 * * *") or off (see .env.example)',
    ]);
    // Nothing was made: no database, no secret.
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
