// The retraining queue: one row per user in TrainingJob. Saves push the job's start time forward, so a burst of
// autosaves trains once, a little after the writer pauses. Workers claim due jobs; several may share the database,
// so a claim is a lease (worker-leases.ts): the claiming worker owns the job until it finishes, and no other worker
// takes it while the owner is alive and its lease holds, so no model trains twice and no job is lost.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { leaseUntil, ownerIsGone, WORKER_ID } from "./worker-leases";

type JobStatus = "queued" | "running" | "failed" | "done";

const unowned = { owner: null, leaseExpiresAt: null } as const;

// delayMs: quiet time after the last save before the model retrains (MEMORY_RETRAIN_DELAY).
export async function requestRetrain(userId: string, delayMs = env.retrainDelayMs, now = new Date()): Promise<void> {
  const notBefore = new Date(now.getTime() + delayMs);
  // A job already running is marked queued again, still owned: when its worker finishes it sees that and leaves
  // the new request in place for any worker, so the entry saved during training is learned from too, and no other
  // worker starts on it while the first still trains.
  await db.trainingJob.upsert({
    where: { userId },
    create: { userId, status: "queued", notBefore },
    update: { status: "queued", notBefore, error: null },
  });
}

// Takes the next due job, or null. The conditional update makes the claim safe if two workers race.
export async function claimDueJob(now = new Date()): Promise<string | null> {
  const claimable = {
    status: "queued",
    notBefore: { lte: now },
    OR: [{ owner: null }, { leaseExpiresAt: { lt: now } }],
  };
  for (;;) {
    const due = await db.trainingJob.findFirst({
      where: claimable,
      orderBy: { notBefore: "asc" },
      select: { userId: true },
    });
    if (!due) return null;
    const { count } = await db.trainingJob.updateMany({
      where: { userId: due.userId, ...claimable },
      data: {
        status: "running",
        startedAt: now,
        error: null,
        owner: WORKER_ID,
        leaseExpiresAt: leaseUntil(now),
        heartbeatAt: now,
      },
    });
    if (count === 1) return due.userId;
  }
}

/** Lets go of this worker's job: running becomes `status`; one queued again meanwhile stays queued, for anyone. */
async function release(
  userId: string,
  owner: string,
  running: { status: JobStatus; finishedAt?: Date; error?: string },
) {
  await db.trainingJob.updateMany({ where: { userId, owner, status: "running" }, data: { ...running, ...unowned } });
  await db.trainingJob.updateMany({ where: { userId, owner }, data: unowned });
}

export async function finishJob(userId: string): Promise<void> {
  await release(userId, WORKER_ID, { status: "done", finishedAt: new Date() });
}

export async function failJob(userId: string, error: string): Promise<void> {
  await release(userId, WORKER_ID, { status: "failed", finishedAt: new Date(), error: error.slice(0, 500) });
}

/**
 * Jobs whose worker is gone go back to the queue: a lease that ran out, an owner on this host that is no longer
 * running, or a job left running by a version without leases. A job another live worker is training is left alone
 * (a worker that starts while another trains does not take its job back). Returns how many were released.
 */
export async function releaseAbandoned(now = new Date()): Promise<number> {
  const expired = await db.trainingJob.updateMany({
    where: { status: "running", OR: [{ owner: null }, { leaseExpiresAt: { lt: now } }] },
    data: { status: "queued", ...unowned },
  });
  let released = expired.count;
  const owned = await db.trainingJob.findMany({
    where: { owner: { not: null } },
    select: { userId: true, owner: true },
  });
  for (const { userId, owner } of owned) {
    if (owner && ownerIsGone(owner)) {
      await release(userId, owner, { status: "queued" });
      released++;
    }
  }
  return released;
}

export async function jobOf(userId: string) {
  return db.trainingJob.findUnique({
    where: { userId },
    select: { status: true, notBefore: true, startedAt: true, finishedAt: true, error: true },
  });
}
