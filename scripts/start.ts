// `npm start` (and `npm run dev` with --dev): everything a self-hoster would otherwise set up by hand.
// Creates the data folder and AUTH_SECRET, generates the database client for the database DATABASE_URL names
// (SQLite by default, or PostgreSQL) and applies its migrations, builds when the build is missing or stale (a
// change of database is a change), then serves on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describeDatabase, PROVIDER_NAMES, providerOf } from "../lib/config/database";
import { OWNER_ONLY_UMASK } from "../lib/config/permissions";
import { loadOrCreateAuthSecret } from "../lib/config/secret";
import { buildFingerprint, STAMP_FILE } from "./lib/build-stamp";
import { type ProcessIds, removeProcessIds, writeProcessIds } from "./lib/process-ids";
import { prepareProject, root } from "./lib/project";
import { withServerHeap } from "./lib/server-heap";
import { announceSetupLink } from "./lib/setup-link";
import { supervise } from "./lib/supervise";

const dev = process.argv.includes("--dev");

async function main() {
  const { dataDir, databaseUrl } = await prepareProject();
  console.log(`Cellstate: data in ${dataDir}`);
  console.log(`Cellstate: database ${PROVIDER_NAMES[providerOf(databaseUrl)]}, ${describeDatabase(databaseUrl)}`);

  // The word vectors are made at install (postinstall); make them here if that was skipped (`--ignore-scripts`),
  // they were deleted or their inputs changed. In its own process, so the conversion's memory (about 450 MB for
  // a few seconds) is given back before the server starts. When they are current this takes about half a second.
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const vectors = spawnSync(tsx, [path.join(root, "scripts", "convert-word-vectors.ts")], { stdio: "inherit" });
  if (vectors.status !== 0) process.exit(vectors.status ?? 1);

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  env.AUTH_SECRET ||= loadOrCreateAuthSecret(dataDir);
  env.AUTH_TRUST_HOST ??= "true";

  function serverEnv(): NodeJS.ProcessEnv {
    // The development server compiles pages in process and needs more room than the limit gives.
    if (dev) return env;
    try {
      return withServerHeap(env);
    } catch (error) {
      console.error(`Cellstate: ${(error as Error).message} (see .env.example).`);
      process.exit(1);
    }
  }
  // Checked before building, so a wrong setting is reported at once.
  const serverEnvironment = serverEnv();

  const next = path.join(root, "node_modules", ".bin", "next");

  if (!dev) {
    const fingerprint = buildFingerprint(root);
    const stamp = fs.existsSync(STAMP_FILE) ? fs.readFileSync(STAMP_FILE, "utf8") : "";
    if (stamp !== fingerprint) {
      const database = PROVIDER_NAMES[providerOf(databaseUrl)];
      console.log(
        `Cellstate: building the app for ${database} (first start, changed files or database; about a minute)…`,
      );
      const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
      if (build.status !== 0) {
        console.error("Cellstate: the build failed; see the messages above.");
        process.exit(build.status ?? 1);
      }
      fs.writeFileSync(STAMP_FILE, fingerprint);
    }
  }

  // Whatever the server and the worker create from here on (a new database, its -wal and -shm, the secret) is
  // the owner's alone; the build above keeps the usual modes.
  process.umask(OWNER_ONLY_UMASK);

  const port = env.PORT || "3000";
  const args = dev ? ["dev", "-p", port] : ["start", "-p", port];
  if (env.HOST) args.push("-H", env.HOST);
  await announceSetupLink(dataDir, databaseUrl);
  // The web server and the memory worker are each restarted when they stop unexpectedly (scripts/lib/supervise.ts).
  // The server comes back within a second: every user is waiting for it. The worker trains models in its own
  // process so training never slows a page; journaling goes on while it is down, so it waits longer.
  const ids: ProcessIds = { supervisor: process.pid };
  const recordPid = (role: "server" | "worker") => (pid: number) => {
    ids[role] = pid;
    writeProcessIds(dataDir, ids);
  };
  const server = supervise("the web server", () => spawn(next, args, { stdio: "inherit", env: serverEnvironment }), {
    restartMs: 1_000,
    onStart: recordPid("server"),
  });
  const worker = supervise(
    "the memory worker (journaling is unaffected)",
    // Node itself with tsx's loader, not the tsx command: that one runs the script in a child of its own, so the
    // supervised pid was a wrapper, and a kill -9 of it left the real worker running, orphaned, beside the next.
    () =>
      spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "memory-worker.ts")], {
        stdio: "inherit",
        env,
        cwd: root,
      }),
    { restartMs: 10_000, onStart: recordPid("worker") },
  );

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void Promise.all([server.stop(signal), worker.stop(signal)]).then(() => {
        removeProcessIds(dataDir);
        process.exit(0);
      });
    });
  }
}

main().catch((error: Error) => {
  console.error(`Cellstate: ${error.message}`);
  process.exit(1);
});
