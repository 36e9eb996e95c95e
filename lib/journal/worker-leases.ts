// Who a memory worker is, and the leases it holds. Several workers may share one PostgreSQL database (two web
// servers and two workers, each pair from its own `npm start`): each names itself by host, pid and a random part,
// and keeps its claims alive with a heartbeat. A claim ends when its owner lets go, when its lease runs out (a
// worker on another host that died, or hung), or at once when its owner was a process on this host that is no
// longer running (a worker killed and restarted by `npm start` takes its own interrupted job back straight away).
import crypto from "node:crypto";
import os from "node:os";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export const WORKER_ID = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString("hex")}`;

// Training runs on the worker's one thread and holds its heartbeat back while it fits (seconds; minutes for a
// decade-long diary), so a lease outlasts any fit: a job whose worker on another host died waits this long.
export const LEASE_MS = 10 * 60_000;
export const HEARTBEAT_MS = 15_000;
// A worker not heard from in a day has stopped; its row goes.
const FORGET_WORKER_MS = 24 * 3600_000;

export const leaseUntil = (now: Date) => new Date(now.getTime() + LEASE_MS);

/** True when the owner was a process on this host that is no longer running; other hosts' owners are left to their leases. */
export function ownerIsGone(owner: string): boolean {
  const [host, pid] = owner.split(":");
  if (host !== os.hostname() || !/^\d+$/.test(pid ?? "")) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** The worker's heartbeat: it is alive, and so are its job's and leases' claims. */
export async function heartbeat(now = new Date()): Promise<void> {
  await db.memoryWorker.upsert({
    where: { id: WORKER_ID },
    create: { id: WORKER_ID, heartbeatAt: now },
    update: { heartbeatAt: now },
  });
  await db.trainingJob.updateMany({
    where: { owner: WORKER_ID },
    data: { heartbeatAt: now, leaseExpiresAt: leaseUntil(now) },
  });
  await db.lease.updateMany({ where: { owner: WORKER_ID }, data: { expiresAt: leaseUntil(now) } });
  await db.memoryWorker.deleteMany({ where: { heartbeatAt: { lt: new Date(now.getTime() - FORGET_WORKER_MS) } } });
}

/** A worker that stops cleanly says so, rather than leaving a heartbeat to age. */
export async function workerStopped(): Promise<void> {
  await db.memoryWorker.deleteMany({ where: { id: WORKER_ID } });
}

/** When any worker last beat, or null when none has. */
export async function lastHeartbeat(client: PrismaClient = db): Promise<Date | null> {
  const newest = await client.memoryWorker.findFirst({
    orderBy: { heartbeatAt: "desc" },
    select: { heartbeatAt: true },
  });
  return newest?.heartbeatAt ?? null;
}

async function acquire(name: string, now: Date): Promise<boolean> {
  const held = await db.lease.findUnique({ where: { name }, select: { owner: true } });
  if (held) {
    // Held by this worker: another of its own calls is at it (a worker that restarts has a new id).
    if (held.owner === WORKER_ID) return false;
    const free = ownerIsGone(held.owner);
    // Conditional on the owner read, so of two workers taking over one lease only one does.
    const { count } = await db.lease.updateMany({
      where: free ? { name, owner: held.owner } : { name, expiresAt: { lt: now } },
      data: { owner: WORKER_ID, expiresAt: leaseUntil(now) },
    });
    return count === 1;
  }
  try {
    await db.lease.create({ data: { name, owner: WORKER_ID, expiresAt: leaseUntil(now) } });
    return true;
  } catch (error) {
    // Another worker created it first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/** Runs the work unless another live worker holds the lease of that name; null when it was left to that worker. */
export async function withLease<T>(name: string, work: () => Promise<T>, now = new Date()): Promise<T | null> {
  if (!(await acquire(name, now))) return null;
  try {
    return await work();
  } finally {
    await db.lease.deleteMany({ where: { name, owner: WORKER_ID } });
  }
}
