// A real `npm start` (scripts/start.ts: supervisor, web server, memory worker) on its own data folder and port,
// for the fault tests. Its process group is the test's own, so stop() ends exactly what start() began.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { type ProcessIds, readProcessIds } from "../../scripts/lib/process-ids";

const root = path.resolve(__dirname, "..", "..");
// Ports kept for these tests (the browser tests use E2E_PORT, 3100 by default).
const FAULTS_PORT = Number(process.env.FAULTS_PORT || 3204);

export type RunningApp = {
  baseURL: string;
  dataDir: string;
  dbFile: string;
  /** The SQLite file's URL, or the PostgreSQL database a test gave in its settings. */
  databaseUrl: string;
  log: () => string;
  pids: () => ProcessIds;
  stop: () => Promise<void>;
};

export async function isHealthy(baseURL: string): Promise<boolean> {
  try {
    return (await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

export async function waitFor<T>(what: string, check: () => T | Promise<T>, ms: number, everyMs = 100): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Vitest's own NODE_ENV=test and VITEST_* must not reach the app: it runs as a production service would.
function serviceEnvironment(): NodeJS.ProcessEnv {
  const vitest = Object.keys(process.env).filter((name) => name.startsWith("VITEST"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  for (const name of vitest) delete env[name];
  return env;
}

/** Settings override the defaults below: PORT (FAULTS_PORT), DATABASE_URL (a SQLite file in the data folder), … */
export async function startApp(settings: Record<string, string> = {}): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-faults-"));
  const dbFile = path.join(dataDir, "cellstate.db");
  const port = Number(settings.PORT ?? FAULTS_PORT);
  const databaseUrl = settings.DATABASE_URL ?? `file:${dbFile}`;
  const baseURL = `http://127.0.0.1:${port}`;
  if (await isHealthy(baseURL)) throw new Error(`something already answers on ${baseURL}`);
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...serviceEnvironment(),
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SIGNUP: "open",
      EMBEDDING_PROVIDER: "local",
      MEMORY_RETRAIN_DELAY: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      ...settings,
    },
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const app: RunningApp = {
    baseURL,
    dataDir,
    dbFile,
    databaseUrl,
    log: () => output,
    pids: () => {
      const ids = readProcessIds(dataDir);
      if (!ids) throw new Error(`no ${dataDir}/processes.json: is npm start running?\n${output}`);
      return ids;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, "timeout"));
        await Promise.race([exited, timeout]);
      }
      // Whatever is left of the group start() began (a child that outlived the supervisor) goes too.
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Nothing left.
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor("npm start to answer /api/health", () => child.exitCode === null && isHealthy(baseURL), 280_000, 250);
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    await waitFor("the worker's pid", () => app.pids().worker, 10_000);
  } catch (error) {
    await app.stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`);
  }
  return app;
}

// Read straight from the file, as a restore or the next start would see it; what is read is parsed with the schema
// (a row of another shape fails the test, saying which field).
export function readDatabase<S extends z.ZodType>(
  dbFile: string,
  schema: S,
  read: (db: Database.Database) => unknown,
): z.output<S> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return schema.parse(read(db));
  } finally {
    db.close();
  }
}

export function integrityCheck(dbFile: string): string {
  return readDatabase(dbFile, z.string(), (db) => db.pragma("integrity_check", { simple: true }));
}

// The processes that have the database file open, from /proc: after a kill -9 nothing may still write it
// but the processes the supervisor knows.
export function processesWithFileOpen(file: string): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fds = fs.readdirSync(`/proc/${name}/fd`);
      if (fds.some((fd) => safeReadlink(`/proc/${name}/fd/${fd}`) === file)) pids.push(Number(name));
    } catch {
      // Gone, or another user's process.
    }
  }
  return pids;
}

function safeReadlink(link: string): string | null {
  try {
    return fs.readlinkSync(link);
  } catch {
    return null;
  }
}
