// What `npm start` (scripts/start.ts) and the container's entry point (scripts/serve.ts) share once the database is
// migrated: the session secret, the server's heap limits, owner-only files, the setup link, and the web server and
// the memory worker run side by side, each restarted when it stops unexpectedly (scripts/lib/supervise.ts). They
// differ only in how the two are started: `next start` and the worker through tsx from the source tree, or the
// standalone `node server.js` and the compiled worker in the image.
import type { ChildProcess } from "node:child_process";
import { OWNER_ONLY_UMASK } from "../../lib/config/permissions";
import { loadOrCreateAuthSecret } from "../../lib/config/secret";
import { type ProcessIds, removeProcessIds, writeProcessIds } from "./process-ids";
import { withServerHeap } from "./server-heap";
import { announceSetupLink } from "./setup-link";
import { supervise } from "./supervise";

export type AppCommands = {
  /** Starts the web server with this environment. */
  server: (env: NodeJS.ProcessEnv) => ChildProcess;
  /** Starts the memory worker with this environment. */
  worker: (env: NodeJS.ProcessEnv) => ChildProcess;
  /** The development server compiles pages in process and needs more room than the heap limit gives. */
  heapLimit: boolean;
};

/** The environment both processes get: the secret and Auth.js's trust of the host set. */
export function appEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  env.AUTH_SECRET ||= loadOrCreateAuthSecret(dataDir);
  env.AUTH_TRUST_HOST ??= "true";
  return env;
}

/** The web server's environment, with its heap limits; throws, naming SERVER_HEAP_MB, when that is wrong. */
export function serverEnvironment(env: NodeJS.ProcessEnv, heapLimit: boolean): NodeJS.ProcessEnv {
  return heapLimit ? withServerHeap(env) : env;
}

export async function runApp(
  dataDir: string,
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  commands: AppCommands,
): Promise<void> {
  const forServer = serverEnvironment(env, commands.heapLimit);
  // Whatever the server and the worker create from here on (a new database, its -wal and -shm, backups) is the
  // owner's alone.
  process.umask(OWNER_ONLY_UMASK);
  await announceSetupLink(dataDir, databaseUrl);
  // The server comes back within a second: every user is waiting for it. The worker trains models in its own
  // process so training never slows a page; journaling goes on while it is down, so it waits longer.
  const ids: ProcessIds = { supervisor: process.pid };
  const recordPid = (role: "server" | "worker") => (pid: number) => {
    ids[role] = pid;
    writeProcessIds(dataDir, ids);
  };
  const server = supervise("the web server", () => commands.server(forServer), {
    restartMs: 1_000,
    onStart: recordPid("server"),
  });
  const worker = supervise("the memory worker (journaling is unaffected)", () => commands.worker(env), {
    restartMs: 10_000,
    onStart: recordPid("worker"),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void Promise.all([server.stop(signal), worker.stop(signal)]).then(() => {
        removeProcessIds(dataDir);
        process.exit(0);
      });
    });
  }
}
