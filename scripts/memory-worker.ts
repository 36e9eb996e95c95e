// The memory worker process, started beside the web server by `npm start` / `npm run dev` (scripts/start.ts).
import { prepareProject } from "./lib/project";

async function main() {
  await prepareProject();
  // Loaded after prepareProject: lib/env.ts reads the settings it resolved.
  const { workForever } = await import("../lib/jobs/memory-worker");
  const { logger } = await import("../lib/log");
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop.abort());
  logger.info("memory: worker ready");
  await workForever(stop.signal);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("memory: worker stopped", error);
    process.exit(1);
  },
);
