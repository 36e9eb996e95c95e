// Runs the real CLI in its own process against this test file's database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/accounts";
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
    expect(run.stdout).toContain("Usage: npm run import -- --user <email> <file.json>");
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
    expect(run.stderr).toContain("Cannot read");
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
