// `npm start` (and `npm run dev` with --dev): everything a self-hoster would otherwise set up by hand.
// Checks the settings, creates the data folder and AUTH_SECRET, generates the database client for the database
// DATABASE_URL names (SQLite by default, or PostgreSQL) and applies its migrations (after a backup when there are
// new ones), builds when the build is missing or stale (a change of database is a change), then serves on PORT
// (default 3000) with the memory worker beside it (scripts/lib/run-app.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describeDatabase, PROVIDER_NAMES, providerOf } from "../lib/config/database";
import { buildFingerprint, STAMP_FILE } from "./lib/build-stamp";
import { prepareProject, root } from "./lib/project";
import { appEnvironment, runApp, serverEnvironment } from "./lib/run-app";

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

  const env = appEnvironment(dataDir);
  // Checked before building, so a wrong setting is reported at once.
  serverEnvironment(env, !dev);

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

  const port = env.PORT || "3000";
  const args = dev ? ["dev", "-p", port] : ["start", "-p", port];
  if (env.HOST) args.push("-H", env.HOST);
  await runApp(dataDir, databaseUrl, env, {
    server: (serverEnv) => spawn(next, args, { stdio: "inherit", env: serverEnv }),
    // Node itself with tsx's loader, not the tsx command: that one runs the script in a child of its own, so the
    // supervised pid was a wrapper, and a kill -9 of it left the real worker running, orphaned, beside the next.
    worker: (workerEnv) =>
      spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "memory-worker.ts")], {
        stdio: "inherit",
        env: workerEnv,
        cwd: root,
      }),
    heapLimit: !dev,
  });
}

main().catch((error: Error) => {
  console.error(`Cellstate: ${error.message}`);
  process.exit(1);
});
