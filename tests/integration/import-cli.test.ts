// Runs the real CLI in its own process against this test file's database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/accounts";
import { dayOneZip, JRNL_EXPORT } from "../fixtures/imports/dayone-zip";
import { countEntries, getEntryByDate } from "@/lib/journal/entries";

type Run = { status: number; stdout: string; stderr: string };

function runCli(...args: string[]): Run {
  return runCliWith(process.env, ...args);
}

function runCliWith(env: NodeJS.ProcessEnv, ...args: string[]): Run {
  try {
    const stdout = execFileSync("npx", ["tsx", "scripts/import.ts", ...args], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function writeFile(name: string, records: unknown[]): string {
  const file = path.join(process.env.DATA_DIR!, name);
  fs.writeFileSync(file, JSON.stringify(records));
  return file;
}

let alice: string;

beforeAll(async () => {
  const account = await signUp({ email: "alice@example.com", password: "correct horse battery" });
  if (!account.ok) throw new Error("sign-up failed");
  alice = account.user.id;
});

const records = [
  { date: "2025-03-01", body: "Rain all day", mood: 2, tags: ["weather"] },
  { date: "2025-03-02", body: "Sun at last", mood: 4, tags: ["weather", "walk"] },
  { date: "2025-03-03", body: "Quiet" },
];

describe("npm run import", { timeout: 60_000 }, () => {
  it("prints its usage with --help", () => {
    const run = runCli("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: npm run import -- --user <email> [--format <format>] <file or folder>");
  });

  it("fails without a user or a file", () => {
    expect(runCli(writeFile("x.json", records)).status).toBe(1);
    expect(runCli("--user", "alice@example.com").status).toBe(1);
  });

  it("fails clearly for an unknown account and imports nothing", () => {
    const run = runCli("--user", "nobody@example.com", writeFile("a.json", records));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No account with the email nobody@example.com");
  });

  it("migrates a new database before looking for the account", () => {
    const dataDir = fs.mkdtempSync(path.join(process.env.DATA_DIR!, "fresh-"));
    const { DATABASE_URL: _, ...env } = process.env;
    const run = runCliWith({ ...env, DATA_DIR: dataDir }, "--user", "alice@example.com", writeFile("f.json", records));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `No account with the email alice@example.com on this server (database file:${dataDir}/cellstate.db)`,
    );
    const sqlite = new Database(path.join(dataDir, "cellstate.db"), { readonly: true });
    expect(sqlite.prepare("SELECT count(*) FROM Entry").pluck().get()).toBe(0);
    sqlite.close();
  });

  it("fails for a file it cannot read", () => {
    const run = runCli("--user", "alice@example.com", path.join(process.env.DATA_DIR!, "missing.json"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot read it");
  });

  it("lists an invalid file's problems by record and imports nothing", async () => {
    const file = writeFile("bad.json", [
      ...records,
      { date: "2025-02-30", body: "x" },
      { date: "2025-03-05", body: "y", mood: 7 },
    ]);
    const run = runCli("--user", "alice@example.com", file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("has 2 problems; nothing was imported");
    expect(run.stderr).toContain("Record 3, date: Not a real date");
    expect(run.stderr).toContain("Record 4, mood: Mood must be from 1 to 5");
    expect(await countEntries(alice)).toBe(0);
  });

  it("imports a valid file, then adds nothing and keeps differing days when run again", async () => {
    const file = writeFile("good.json", records);
    const first = runCli("--user", "Alice@Example.com", file);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Imported 3 entries into alice@example.com.");
    expect(await countEntries(alice)).toBe(3);
    expect(await getEntryByDate(alice, "2025-03-02")).toMatchObject({
      body: "Sun at last",
      mood: 4,
      tags: ["walk", "weather"],
    });

    const changed = writeFile("changed.json", [
      ...records.slice(0, 2),
      { date: "2025-03-03", body: "Rewritten" },
      { date: "2025-03-04", body: "New" },
    ]);
    const second = runCli("--user", "alice@example.com", changed);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Imported 1 entry");
    expect(second.stdout).toContain("2 entries were already there.");
    expect(second.stdout).toContain("1 day already had a different entry and was left as it is:\n  2025-03-03");
    expect(await countEntries(alice)).toBe(4);
    expect((await getEntryByDate(alice, "2025-03-03"))?.body).toBe("Quiet");
  });
});

describe("npm run import from other apps", { timeout: 60_000 }, () => {
  let sam: string;
  beforeAll(async () => {
    const account = await signUp({ email: "sam@example.com", password: "correct horse battery" });
    if (!account.ok) throw new Error("sign-up failed");
    sam = account.user.id;
  });

  it("imports a Day One zip (photos and all) and lists the photos it left out", async () => {
    const zip = path.join(process.env.DATA_DIR!, "Day One Export.zip");
    fs.writeFileSync(zip, await dayOneZip({ photoBytes: 4 * 1024 * 1024 }));
    const run = runCli("--user", "sam@example.com", zip);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Imported 2 entries into sam@example.com.");
    expect(run.stdout).toContain("Not imported (Cellstate keeps text only), 2 days:\n  2024-03-01: 1 photo\n");
    expect((await getEntryByDate(sam, "2024-03-05"))?.body).toBe(
      "Lunch with Aiko. We talked about the move (again) - and the cat.",
    );
    // Again: nothing new.
    expect(runCli("--user", "sam@example.com", zip).stdout).toContain("2 entries were already there.");
  });

  it("imports a folder of Markdown notes, and jrnl with --format", async () => {
    const folder = path.join(process.env.DATA_DIR!, "vault");
    fs.mkdirSync(path.join(folder, "Daily"), { recursive: true });
    fs.mkdirSync(path.join(folder, ".obsidian"), { recursive: true });
    fs.writeFileSync(path.join(folder, "Daily", "2023-01-02.md"), "---\nmood: 3\n---\nBack to work.");
    fs.writeFileSync(path.join(folder, ".obsidian", "2023-01-03.md"), "settings, not a note");
    expect(runCli("--user", "sam@example.com", folder).stdout).toContain("Imported 1 entry");
    expect(await getEntryByDate(sam, "2023-01-02")).toMatchObject({ body: "Back to work.", mood: 3 });

    const jrnl = path.join(process.env.DATA_DIR!, "jrnl.json");
    fs.writeFileSync(jrnl, JRNL_EXPORT);
    expect(runCli("--user", "sam@example.com", "--format", "jrnl", jrnl).stdout).toContain("Imported 2 entries");
    expect(await countEntries(sam)).toBe(5);
  });

  it("refuses an unknown --format, and a Day One file read as jrnl, by record", () => {
    expect(runCli("--user", "sam@example.com", "--format", "evernote", "x.json").stderr).toContain(
      "--format must be one of cellstate, dayone, jrnl, markdown",
    );
    const file = path.join(process.env.DATA_DIR!, "Journal.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ metadata: { version: "1.0" }, entries: [{ creationDate: "2024-01-01T00:00:00Z" }] }),
    );
    const run = runCli("--user", "sam@example.com", "--format", "jrnl", file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Record 0, title:");
  });
});
