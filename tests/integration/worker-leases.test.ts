// Several memory workers on one database: a job is leased to the worker that claimed it. Other workers are stood
// in for by owner ids: a live process on this host (this test's own pid under another id), a process that has
// exited, and a worker on another host, known only by its lease.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildSummariesLogged } from "@/lib/jobs/summary-schedule";
import { saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { claimDueJob, finishJob, releaseAbandoned, requestRetrain } from "@/lib/journal/training-queue";
import { heartbeat, LEASE_MS, lastHeartbeat, WORKER_ID } from "@/lib/journal/worker-leases";
import { createUser } from "../setup/users";

const NOW = new Date("2026-11-04T11:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);
const exitedPid = spawnSync(process.execPath, ["-e", ""]).pid!;

const LIVE = `${os.hostname()}:${process.pid}:other`;
const EXITED = `${os.hostname()}:${exitedPid}:gone`;
const REMOTE = "another-host.example:4242:far";

let userId: string;
let users = 0;

beforeEach(async () => {
  // One job at a time here: a claim takes any user's due job.
  await db.trainingJob.deleteMany();
  userId = await createUser(`lease-${++users}@example.com`);
});

async function runningFor(owner: string) {
  await db.trainingJob.create({
    data: { userId, status: "running", notBefore: NOW, startedAt: NOW, owner, leaseExpiresAt: later(LEASE_MS) },
  });
}

const jobRow = () => db.trainingJob.findUniqueOrThrow({ where: { userId }, select: { status: true, owner: true } });

describe("training jobs", () => {
  it("are left to a live worker that is training them, by a worker that starts meanwhile", async () => {
    await runningFor(LIVE);
    await releaseAbandoned(later(1_000));
    expect(await claimDueJob(later(1_000))).toBeNull();
    expect(await jobRow()).toEqual({ status: "running", owner: LIVE });
  });

  it("are taken again at once when their worker on this host is gone", async () => {
    await runningFor(EXITED);
    expect(await releaseAbandoned(later(1_000))).toBe(1);
    expect(await claimDueJob(later(1_000))).toBe(userId);
    expect(await jobRow()).toEqual({ status: "running", owner: WORKER_ID });
  });

  it("on another host are taken again once their lease has run out, and not before", async () => {
    await runningFor(REMOTE);
    await releaseAbandoned(later(LEASE_MS - 1_000));
    expect(await jobRow()).toEqual({ status: "running", owner: REMOTE });
    await releaseAbandoned(later(LEASE_MS + 1_000));
    expect(await claimDueJob(later(LEASE_MS + 1_000))).toBe(userId);
  });

  it("saved into while training wait for the training worker, then go to whichever worker is free", async () => {
    await requestRetrain(userId, 0, NOW);
    expect(await claimDueJob(NOW)).toBe(userId);
    await requestRetrain(userId, 0, NOW);
    expect(await jobRow()).toEqual({ status: "queued", owner: WORKER_ID });
    expect(await claimDueJob(later(1_000))).toBeNull();
    await finishJob(userId);
    expect(await jobRow()).toEqual({ status: "queued", owner: null });
    expect(await claimDueJob(later(1_000))).toBe(userId);
  });

  it("of a worker whose heartbeat goes on keep their lease past its first expiry", async () => {
    await requestRetrain(userId, 0, NOW);
    expect(await claimDueJob(NOW)).toBe(userId);
    await heartbeat(later(LEASE_MS - 1_000));
    expect(await lastHeartbeat()).toEqual(later(LEASE_MS - 1_000));
    await releaseAbandoned(later(LEASE_MS + 1_000));
    expect(await jobRow()).toEqual({ status: "running", owner: WORKER_ID });
  });
});

describe("weekly summaries", () => {
  const log = () => {};

  it("are built once when two workers build them at the same time, and left to a live worker building them", async () => {
    for (const date of ["2026-10-05", "2026-10-06", "2026-10-13"]) {
      await afterEntrySaved(
        userId,
        await saveEntry(userId, date, { body: `A walk by the river on ${date}. I will rest more.` }),
      );
    }
    // Every week from the first entry's to the last one over (W41 to W44).
    const built = await Promise.all([buildSummariesLogged(userId, log, NOW), buildSummariesLogged(userId, log, NOW)]);
    expect(built.sort()).toEqual([0, 4]);
    expect(await db.weeklySummary.count({ where: { userId } })).toBe(4);

    await db.weeklySummary.deleteMany({ where: { userId } });
    await db.lease.create({ data: { name: `summaries:${userId}`, owner: LIVE, expiresAt: later(LEASE_MS) } });
    expect(await buildSummariesLogged(userId, log, NOW)).toBe(0);
    await db.lease.update({ where: { name: `summaries:${userId}` }, data: { owner: EXITED } });
    expect(await buildSummariesLogged(userId, log, NOW)).toBe(4);
  });
});
