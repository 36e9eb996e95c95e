// What the container image relies on, without a Docker engine: `npm run build:standalone` (the Dockerfile's build
// step) writes a copy outside the source tree; that copy is started with the Dockerfile's own CMD and environment
// (as an unprivileged user, nobody, when the test runs as root, as CI does: the image runs as a user of its own,
// with the app's files not its to change), and must serve pages and its assets, report every migration and a
// worker's heartbeat on /api/health, pass the Dockerfile's HEALTHCHECK, train a model in the worker (tfjs and its
// .wasm from the copy), take a backup with the copy's `scripts/backup.js`, stop on SIGTERM, and refuse a wrong
// setting in one line. Nothing it runs is loaded from the source tree.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { committedMigrationNames } from "@/lib/config/database";
import { isHealthy, waitFor } from "../faults/running-app";
import { save, signIn } from "../faults/journal-client";

const root = path.resolve(__dirname, "..", "..");
const PORT = Number(process.env.STANDALONE_PORT || 3511);
const baseURL = `http://127.0.0.1:${PORT}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-standalone-"));
const app = path.join(work, "app");
const dataDir = path.join(work, "data");

// The Dockerfile says how the image runs: its CMD, its HEALTHCHECK and its ENV. Read from it, so the test runs
// what the image runs.
const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
const jsonCommand = (instruction: string) =>
  z.array(z.string()).parse(JSON.parse(new RegExp(`^${instruction} (\\[.*\\])$`, "m").exec(dockerfile)![1]!));
const CMD = jsonCommand("CMD");
const HEALTHCHECK = jsonCommand("HEALTHCHECK .* CMD");
const imageEnv = Object.fromEntries(
  [...dockerfile.matchAll(/(?:ENV |^\s+)([A-Z_]+)=(\S+)/gm)].map((m) => [m[1]!, m[2]!.replace(/\\$/, "")]),
);

// Only what a container would have: no Vitest, no NODE_OPTIONS or paths from this process, no DATABASE_URL.
function containerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: work,
    ...imageEnv,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    PORT: String(PORT),
    SIGNUP: "open",
    MEMORY_RETRAIN_DELAY: "1",
    ...extra,
  };
}

// Root (CI) runs the copy as nobody, who may read the copy and write only the data folder.
const NOBODY = 65534;
const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};

let server: ChildProcess | undefined;
let output = "";

/** Waits as waitFor does; on a timeout the error carries what the copy logged. */
async function waitForApp(what: string, check: () => boolean | Promise<boolean>, ms: number, everyMs: number) {
  try {
    await waitFor(what, check, ms, everyMs);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- the copy's log ---\n${output.slice(-6000)}`);
  }
}

beforeAll(async () => {
  // The Dockerfile's build step, then the copy is all that is used.
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-standalone.ts", app], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  if (await isHealthy(baseURL)) throw new Error(`something already answers on ${baseURL}`);
  const [command, ...args] = CMD;
  expect(command).toBe("node");
  fs.chmodSync(work, 0o755);
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if ("uid" in asUser) fs.chownSync(dataDir, NOBODY, NOBODY);
  server = spawn(process.execPath, args, {
    ...asUser,
    cwd: app,
    env: containerEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await waitForApp(
    "the copy to answer /api/health",
    async () => server!.exitCode === null && (await isHealthy(baseURL)),
    120_000,
    250,
  );
}, 600_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGKILL");
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {
      // Gone.
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
});

const healthSchema = z.object({
  ok: z.boolean(),
  database: z.object({ provider: z.string() }),
  migrations: z.object({ applied: z.array(z.string()), pending: z.array(z.string()) }),
  worker: z.object({ lastHeartbeatSecondsAgo: z.number().nullable() }),
  backup: z.object({ last: z.string().nullable() }),
});
const health = async () => healthSchema.parse(await (await fetch(`${baseURL}/api/health`)).json());

describe("the standalone copy, run as the image runs it", () => {
  it("holds no link back to the source tree and no TypeScript runner", () => {
    const links = spawnSync("find", [app, "-type", "l"], { encoding: "utf8" }).stdout.trim();
    expect(links).toBe("");
    expect(fs.existsSync(path.join(app, "node_modules", "tsx"))).toBe(false);
    expect(fs.existsSync(path.join(app, "node_modules", "typescript"))).toBe(false);
    expect(fs.existsSync(path.join(app, "scripts", "serve.ts"))).toBe(false);
  });

  it("serves a page and its assets, and /api/health reports the migrations and the worker's heartbeat", async () => {
    const page = await fetch(`${baseURL}/sign-in`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Cellstate");
    const asset = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
    expect(asset).toBeDefined();
    expect((await fetch(`${baseURL}${asset}`)).status).toBe(200);

    await waitForApp("a heartbeat", async () => (await health()).worker.lastHeartbeatSecondsAgo !== null, 60_000, 500);
    const status = await health();
    expect(status).toMatchObject({ ok: true, database: { provider: "sqlite" }, backup: { last: null } });
    expect(status.migrations.applied).toEqual(committedMigrationNames(root, "sqlite"));
    expect(status.migrations.pending).toEqual([]);
    expect(status.worker.lastHeartbeatSecondsAgo).toBeLessThan(30);

    // The Dockerfile's HEALTHCHECK, run in the copy.
    const [command, ...args] = HEALTHCHECK;
    expect(command).toBe("node");
    const check = (port: number) =>
      spawnSync(process.execPath, args, { cwd: app, env: containerEnv({ PORT: String(port) }) });
    expect(check(PORT).status).toBe(0);
    expect(check(3519).status).toBe(1);
  });

  it("loads its native modules and files from the copy alone", () => {
    const ids = z
      .object({ server: z.number(), worker: z.number() })
      .parse(JSON.parse(fs.readFileSync(path.join(dataDir, "processes.json"), "utf8")));
    for (const pid of [ids.server, ids.worker]) {
      const maps = fs.readFileSync(`/proc/${pid}/maps`, "utf8");
      expect(maps).toContain(path.join(app, "node_modules"));
      expect(maps).not.toContain(`${root}/`);
      const cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
      expect(cwd).toBe(app);
      if ("uid" in asUser) expect(fs.readFileSync(`/proc/${pid}/status`, "utf8")).toMatch(/^Uid:\s+65534\s/m);
    }
  });

  it("trains a model in the worker, from entries saved through the server", async () => {
    // An account made through the copy's own database, as the first sign-up would.
    process.env.DATA_DIR = dataDir;
    process.env.DATABASE_URL = `file:${path.join(dataDir, "cellstate.db")}`;
    const { createUser } = await import("../setup/users");
    await createUser("container@example.com", "a quiet walk by the river");
    const session = await signIn(baseURL, "container@example.com");
    for (let day = 1; day <= 30; day++) {
      const date = `2026-10-${String(day).padStart(2, "0")}`;
      const saved = await save(session, date, `Day ${day}. I learned to slow down; the worry about work came back.`);
      expect(saved.acknowledged).toBe(true);
    }
    const models = () => {
      const sqlite = new Database(path.join(dataDir, "cellstate.db"), { readonly: true });
      try {
        return z.object({ count: z.number() }).parse(sqlite.prepare("SELECT COUNT(*) AS count FROM MemoryModel").get())
          .count;
      } finally {
        sqlite.close();
      }
    };
    await waitForApp("a trained model", () => models() > 0, 120_000, 1_000);
    expect(output).not.toMatch(/tfjs wasm backend (failed|did not initialise)/);
  }, 180_000);

  it("backs up with the copy's scripts/backup.js, and /api/health sees the backup", async () => {
    const result = spawnSync(process.execPath, ["scripts/backup.js"], {
      ...asUser,
      cwd: app,
      env: containerEnv(),
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    const file = /backed up to (\S+)/.exec(result.stdout)?.[1];
    expect(file).toMatch(new RegExp(`^${path.join(dataDir, "backups")}/cellstate-\\d{8}T\\d+Z-manual\\.db$`));
    expect(fs.statSync(file!).mode & 0o777).toBe(0o600);
    expect((await health()).backup.last).not.toBeNull();
  });

  it("stops the server and the worker on SIGTERM (docker stop)", async () => {
    const exited = new Promise<number | null>((resolve) => server!.once("exit", resolve));
    server!.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await isHealthy(baseURL)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "processes.json"))).toBe(false);
  }, 30_000);

  it("refuses a wrong setting in one line, and a database of the other kind", () => {
    const [, ...args] = CMD;
    const bad = spawnSync(process.execPath, args, {
      cwd: app,
      env: containerEnv({ BACKUP_KEEP_WEEKLY: "many" }),
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trimEnd().split("\n")).toEqual([
      "Cellstate: Invalid settings: BACKUP_KEEP_WEEKLY must be a whole number from 0 to 520 (see .env.example)",
    ]);
    const postgres = spawnSync(process.execPath, args, {
      cwd: app,
      env: containerEnv({ DATABASE_URL: "postgres://cellstate@127.0.0.1:1/cellstate" }),
      encoding: "utf8",
    });
    expect(postgres.status).toBe(1);
    expect(postgres.stderr.trimEnd()).toMatch(
      /^Cellstate: this build is for SQLite but DATABASE_URL names PostgreSQL: build it with --database postgresql/,
    );
  });
});
