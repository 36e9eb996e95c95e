// When weekly summaries are built. Every week from a user's first entry to the last one that is over in their
// time zone has a summary; one is due when it is missing or its week's entries changed since it was built.
// The worker (lib/jobs/memory-worker.ts) builds what is due at start (weeks missed while the server was down),
// every hour (a week ends at a different hour in each time zone), and after retraining a user. The CLI
// (scripts/summaries.ts) rebuilds any week with the same buildSummaries.
import { Cron } from "croner";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { buildSummaries, dueWeeks, storeSummaries } from "@/lib/journal/weekly-summaries";
import { withLease } from "@/lib/journal/worker-leases";
import { mailDueSummary } from "./summary-mail";

const info = (line: string) => logger.info(line);

// Five past every hour: the first run after a week ends at midnight anywhere (time zones with a :30 or :45
// offset wait up to an hour more).
const SUMMARY_CRON = "5 * * * *";

/** Builds and stores the user's due summaries, then e-mails the newest one if they asked for it. */
export async function buildDueSummaries(userId: string, now: Date = new Date()): Promise<string[]> {
  const weeks = await dueWeeks(userId, now);
  if (weeks.length > 0) await storeSummaries(userId, await buildSummaries(userId, weeks));
  await mailDueSummary(userId, now);
  return weeks;
}

// Users whose memory is about to retrain wait: the worker builds their summaries once the new model is stored,
// so a summary is not built from a model that is one retrain behind.
export async function buildAllDueSummaries(
  now: Date = new Date(),
  log: (line: string) => void = info,
): Promise<number> {
  const users = await db.user.findMany({
    where: {
      entries: { some: {} },
      OR: [{ trainingJob: null }, { trainingJob: { status: { in: ["done", "failed"] } } }],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  let built = 0;
  for (const user of users) built += await buildSummariesLogged(user.id, log, now);
  return built;
}

/**
 * buildDueSummaries for the worker: a failure is logged and tried again on the next run. Under a lease per user, so
 * of two workers (the scheduler of one, the other just done retraining the user) one builds and e-mails the
 * summaries, and the other, after it, finds none due.
 */
export async function buildSummariesLogged(
  userId: string,
  log: (line: string) => void,
  now: Date = new Date(),
): Promise<number> {
  try {
    const weeks = (await withLease(`summaries:${userId}`, () => buildDueSummaries(userId, now), now)) ?? [];
    if (weeks.length > 0) log(`summaries: user ${userId}: built ${weeks.join(", ")}`);
    return weeks.length;
  } catch (error) {
    logger.error({ err: error, userId }, "summaries: building failed");
    return 0;
  }
}

/** Builds what is due now (the catch-up for weeks missed while the server was down), then every hour. */
export function startSummaryScheduler(log: (line: string) => void = info): Cron {
  // protect: a slow run (a first catch-up of years of weeks) is never overlapped by the next one.
  const job = new Cron(SUMMARY_CRON, { name: "weekly-summaries", protect: true, timezone: "UTC" }, async () => {
    await buildAllDueSummaries(new Date(), log);
  });
  void job.trigger();
  return job;
}
