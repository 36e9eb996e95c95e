// The production server for the page benchmarks: built the way `npm start` builds it (only when the sources
// changed since the last successful build), started with `next start` on a free port against the benchmark's
// data folder, and signed into over HTTP like a browser (Auth.js credentials, session cookie).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { z } from "zod";
import { buildFingerprint, STAMP_FILE } from "../lib/build-stamp";
import { withServerHeap } from "../lib/server-heap";
import { root } from "../lib/project";
import { BENCH_PASSWORD } from "./context";

const NEXT = path.join(root, "node_modules", ".bin", "next");

/** Whether another `next build` is writing this project's .next folder (the browser tests' start, say). */
function otherBuildRunning(): boolean {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return false; // no /proc: nothing to look at
  }
  return pids.some((pid) => {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      return /next-build|next build/.test(command) && fs.realpathSync(`/proc/${pid}/cwd`) === root;
    } catch {
      return false; // ended while we looked, or not ours to read
    }
  });
}

/** Builds when the build is missing or stale, as scripts/start.ts does; returns the seconds spent building. */
export async function ensureBuild(logFile: string, log: (line: string) => void): Promise<number | null> {
  // Two builds in one .next folder break each other: wait for the other one, then see whether it is current.
  const waitUntil = Date.now() + 5 * 60_000;
  if (otherBuildRunning()) log("  waiting for another `next build` of this project to finish…");
  while (otherBuildRunning()) {
    if (Date.now() > waitUntil) throw new Error("another `next build` of this project ran for over 5 minutes");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  const fingerprint = buildFingerprint(root);
  const stampFile = path.join(root, STAMP_FILE);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint) return null;
  log("  building the app (sources changed since the last build; about a minute)…");
  const started = performance.now();
  const output = fs.openSync(logFile, "w");
  const build = spawnSync(NEXT, ["build"], {
    cwd: root,
    stdio: ["ignore", output, output],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  fs.closeSync(output);
  if (build.status !== 0) {
    // The build's warnings come last; the lines naming errors say why it failed.
    const lines = fs.readFileSync(logFile, "utf8").split("\n");
    const errors = lines.filter((line) => /error|fatal/i.test(line)).slice(0, 20);
    const shown = (errors.length > 0 ? errors : lines.slice(-25)).join("\n");
    throw new Error(
      `next build failed (${build.status ?? build.signal}):\n${shown}\nWhole log (kept with --keep): ${logFile}`,
    );
  }
  fs.writeFileSync(stampFile, fingerprint);
  return (performance.now() - started) / 1000;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type RunningServer = { baseUrl: string; pid: number; stop(): Promise<void> };

/**
 * `next start` with the settings `npm start` gives it. The memory worker is not started: every model is
 * trained before the server starts, so it would only poll, and the figures are the web server's alone.
 */
export async function startServer(logFile: string): Promise<RunningServer> {
  const port = await freePort();
  const output = fs.openSync(logFile, "a");
  const child: ChildProcess = spawn(NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", output, output],
    env: withServerHeap<NodeJS.ProcessEnv>({
      ...process.env,
      NODE_ENV: "production",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  });
  fs.closeSync(output);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    baseUrl,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server did not answer /api/health within 60 s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await csrf.json());
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, callbackUrl: `${baseUrl}/journal` }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`signing in as ${email} failed (HTTP ${response.status})`);
  return session;
}
