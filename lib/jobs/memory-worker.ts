// The memory worker: a loop in its own process (scripts/memory-worker.ts, started by `npm start`) that takes
// due retraining jobs one at a time, and the schedulers of the weekly summaries and of the backups. Training takes seconds of CPU; here it
// never delays a page or a save. Other workers may share the database (lib/journal/worker-leases.ts): this one
// beats its heartbeat, and takes back only the jobs of workers that are gone.
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { staleAnalyses } from "@/lib/journal/analysis";
import { storedModelReadable } from "@/lib/journal/memory-inputs";
import { currentEmbedder } from "@/lib/journal/embedder";
import { retrainMemory } from "@/lib/journal/memory-training";
import { indexAllUnsearchedEntries } from "@/lib/journal/search-index";
import { startBackupScheduler } from "./backup-schedule";
import { startReminderScheduler } from "./reminder-schedule";
import { buildSummariesLogged, startSummaryScheduler } from "./summary-schedule";
import { claimDueJob, failJob, finishJob, releaseAbandoned, requestRetrain } from "@/lib/journal/training-queue";
import { HEARTBEAT_MS, heartbeat, workerStopped } from "@/lib/journal/worker-leases";

const POLL_MS = 2_000;

const info = (line: string) => logger.info(line);

export async function runDueJobs(log: (line: string) => void = info): Promise<number> {
  let ran = 0;
  for (let userId = await claimDueJob(); userId; userId = await claimDueJob()) {
    ran++;
    try {
      const result = await retrainMemory(userId);
      await finishJob(userId);
      log(
        `memory: user ${userId}: ${result.kind} model v${result.version} on ${result.entries} entries (${result.ms} ms)`,
      );
    } catch (error) {
      logger.error({ err: error, userId }, "memory: retraining failed");
      await failJob(userId, error instanceof Error ? error.message : String(error));
    }
    // Summaries waited for this model (see buildAllDueSummaries); weeks written into are built again.
    await buildSummariesLogged(userId, log);
  }
  return ran;
}

// At start: jobs cut short by a stop (this worker's, or another's that is gone) run again, and users whose entries
// the current embedder has not read (an import while the worker was down, or a new provider), who have no model for
// it, or whose newest model is in a format this version cannot read (an upgrade) are queued.
async function catchUp(): Promise<number> {
  await releaseAbandoned();
  const embedder = currentEmbedder().id;
  const users = await db.user.findMany({
    where: { entries: { some: {} } },
    select: {
      id: true,
      memoryModels: { where: { embedder }, orderBy: { version: "desc" }, select: { weights: true }, take: 1 },
    },
  });
  let queued = 0;
  for (const user of users) {
    const newest = user.memoryModels[0];
    if (!newest || !storedModelReadable(newest.weights) || (await staleAnalyses(user.id)).length > 0) {
      await requestRetrain(user.id, 0);
      queued++;
    }
  }
  return queued;
}

// A heartbeat that fails (the database restarting) is logged; the next one may succeed, before the lease runs out.
const beat = () => {
  heartbeat().catch((error: unknown) => logger.error({ err: error }, "memory: heartbeat failed"));
};

export async function workForever(signal: AbortSignal): Promise<void> {
  await heartbeat();
  const beating = setInterval(beat, HEARTBEAT_MS);
  const queued = await catchUp();
  if (queued > 0) logger.info({ users: queued }, "memory: catching up");
  // Entries written before search existed (an upgrade), or cut by an older rule.
  const indexed = await indexAllUnsearchedEntries();
  if (indexed > 0) logger.info({ entries: indexed }, "search: indexed entries");
  const summaries = startSummaryScheduler();
  const backups = await startBackupScheduler();
  const reminders = startReminderScheduler();
  signal.addEventListener("abort", () => {
    summaries.stop();
    reminders.stop();
    backups?.stop();
  });
  while (!signal.aborted) {
    // A worker that died while this one runs leaves its job to this one.
    await releaseAbandoned();
    // An import stores its entries without their search terms (cutting thousands would hold the web server).
    await indexAllUnsearchedEntries();
    await runDueJobs();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  clearInterval(beating);
  await workerStopped();
}
