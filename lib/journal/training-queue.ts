// The retraining queue: one row per user in TrainingJob. Saves push the job's start time forward, so a
// burst of autosaves trains once, a little after the writer pauses. The worker process claims due jobs.
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// delayMs: quiet time after the last save before the model retrains (MEMORY_RETRAIN_DELAY).
export async function requestRetrain(userId: string, delayMs = env.retrainDelayMs, now = new Date()): Promise<void> {
  const notBefore = new Date(now.getTime() + delayMs);
  // A job already running is marked queued again: when it finishes it sees that and leaves the new
  // request in place, so the entry saved during training is learned from too.
  await db.trainingJob.upsert({
    where: { userId },
    create: { userId, status: "queued", notBefore },
    update: { status: "queued", notBefore, error: null },
  });
}

// Takes the next due job, or null. The conditional update makes the claim safe if two workers race.
export async function claimDueJob(now = new Date()): Promise<string | null> {
  for (;;) {
    const due = await db.trainingJob.findFirst({
      where: { status: "queued", notBefore: { lte: now } },
      orderBy: { notBefore: "asc" },
      select: { userId: true },
    });
    if (!due) return null;
    const { count } = await db.trainingJob.updateMany({
      where: { userId: due.userId, status: "queued" },
      data: { status: "running", startedAt: new Date(), error: null },
    });
    if (count === 1) return due.userId;
  }
}

export async function finishJob(userId: string): Promise<void> {
  await db.trainingJob.updateMany({
    where: { userId, status: "running" },
    data: { status: "done", finishedAt: new Date() },
  });
}

export async function failJob(userId: string, error: string): Promise<void> {
  await db.trainingJob.updateMany({
    where: { userId, status: "running" },
    data: { status: "failed", finishedAt: new Date(), error: error.slice(0, 500) },
  });
}

// Jobs left "running" by a worker that stopped (server restart, crash) are queued again at start.
export async function requeueInterrupted(): Promise<number> {
  const { count } = await db.trainingJob.updateMany({ where: { status: "running" }, data: { status: "queued" } });
  return count;
}

export async function jobOf(userId: string) {
  return db.trainingJob.findUnique({
    where: { userId },
    select: { status: true, notBefore: true, startedAt: true, finishedAt: true, error: true },
  });
}
