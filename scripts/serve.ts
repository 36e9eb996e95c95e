// The container's entry point (the Dockerfile's CMD), and the way to run a standalone copy made by
// `npm run build:standalone` (scripts/build-standalone.ts): `node scripts/serve.js` in that copy. It does what
// `npm start` does (scripts/start.ts) except build: the settings are checked (a wrong one stops it in one line),
// the database is migrated (after a backup when there are new migrations), and then Next's standalone server
// (server.js) and the compiled memory worker run side by side, supervised. Nothing here needs tsx, TypeScript or
// the devDependencies: the copy holds the compiled scripts and only the files they and the server load.
import { spawn } from "node:child_process";
import path from "node:path";
import { describeDatabase, PROVIDER_NAMES, providerOf } from "../lib/config/database";
import { prepareProject, root } from "./lib/project";
import { appEnvironment, runApp } from "./lib/run-app";

async function main() {
  const { dataDir, databaseUrl } = await prepareProject();
  console.log(`Cellstate: data in ${dataDir}`);
  console.log(`Cellstate: database ${PROVIDER_NAMES[providerOf(databaseUrl)]}, ${describeDatabase(databaseUrl)}`);
  const app = appEnvironment(dataDir);
  // server.js reads PORT and HOSTNAME; HOST is Cellstate's name for the interface (as with npm start).
  const env: NodeJS.ProcessEnv = {
    ...app,
    NODE_ENV: "production" as const,
    PORT: app.PORT || "3000",
    HOSTNAME: app.HOST || "0.0.0.0",
  };
  await runApp(dataDir, databaseUrl, env, {
    server: (serverEnv) =>
      spawn(process.execPath, [path.join(root, "server.js")], { stdio: "inherit", env: serverEnv, cwd: root }),
    worker: (workerEnv) =>
      spawn(process.execPath, [path.join(root, "scripts", "memory-worker.js")], {
        stdio: "inherit",
        env: workerEnv,
        cwd: root,
      }),
    heapLimit: true,
  });
}

main().catch((error: Error) => {
  console.error(`Cellstate: ${error.message}`);
  process.exit(1);
});
