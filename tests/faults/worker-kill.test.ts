// kill -9 of the memory worker in the middle of training, twice, while another user keeps writing. The worker is
// restarted by the supervisor (10 s, then 20 s: it died soon after starting), picks the interrupted job up
// again (releaseAbandoned: its owner is gone) and stores a trained model; no job stays "running"; the file stays consistent.
// Meanwhile the web server must answer /api/health and saves as usual: the worker is its own process.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { z } from "zod";
import { createUsers, dayNumber, percentile, save, signIn } from "./journal-client";
import {
  integrityCheck,
  isAlive,
  processesWithFileOpen,
  readDatabase,
  type RunningApp,
  startApp,
  waitFor,
} from "./running-app";

// Above the 28 entries below which the worker stores the prior instead of training (lib/memory/model.ts).
const ENTRIES = 40;
const KILLS = 2;

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const jobSchema = z.object({ status: z.string(), error: z.string().nullable() }).optional();
const countSchema = z.object({ n: z.number() });

function jobOf(email: string): z.infer<typeof jobSchema> {
  return readDatabase(app.dbFile, jobSchema, (db) =>
    db
      .prepare(
        'SELECT j.status AS status, j.error AS error FROM "TrainingJob" j JOIN "User" u ON u.id = j.userId WHERE u.email = ?',
      )
      .get(email),
  );
}

function trainedModels(email: string): number {
  const row = readDatabase(app.dbFile, countSchema, (db) =>
    db
      .prepare(
        'SELECT count(*) AS n FROM "MemoryModel" m JOIN "User" u ON u.id = m.userId WHERE u.email = ? AND m.kind = \'trained\'',
      )
      .get(email),
  );
  return row.n;
}

test("a worker killed mid-training is restarted, retrains, and never slows the server", async () => {
  onTestFailed(() => console.log(app.log().slice(-6000)));
  const trainee = "trainee@cellstate.test";
  const bystander = "bystander@cellstate.test";
  await createUsers(app, [trainee, bystander]);
  const writer = await signIn(app.baseURL, trainee);
  const other = await signIn(app.baseURL, bystander);
  for (let i = 0; i < ENTRIES; i++) {
    const written = await save(
      writer,
      dayNumber(i),
      `Day ${i}. I kept replaying the argument. I learned to pause first.`,
    );
    expect(written.acknowledged).toBe(true);
  }

  // The bystander's health checks and saves (one day, rewritten, so their own model stays a quick prior).
  const health: number[] = [];
  const saves: number[] = [];
  const problems: string[] = [];
  let probing = true;
  const probe = (async () => {
    for (let i = 0; probing; i++) {
      const started = performance.now();
      const answer = await fetch(`${app.baseURL}/api/health`).then(
        (response) => (response.ok ? null : `health ${response.status}`),
        (error: unknown) => `health: ${String(error)}`,
      );
      health.push(performance.now() - started);
      if (answer) problems.push(answer);
      if (i % 2 === 0) {
        const saved = await save(other, dayNumber(0), `Still writing, check ${i}.`);
        saves.push(saved.ms);
        if (!saved.acknowledged) problems.push(`save: ${saved.status} ${saved.error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();

  const restarts: number[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    await waitFor("the trainee's job to run", () => jobOf(trainee)?.status === "running", 120_000, 50);
    const { worker } = app.pids();
    const modelsBefore = trainedModels(trainee);
    process.kill(worker!, "SIGKILL");
    const killedAt = performance.now();
    await waitFor("the killed worker to be gone", () => !isAlive(worker!), 5_000, 20);
    // Killed, not finished: the job it held is left "running" for the next worker to take up again.
    expect(jobOf(trainee)?.status).toBe("running");
    expect(trainedModels(trainee)).toBe(modelsBefore);
    // Only the web server (and this test's own connection) may still have the file open: a worker process
    // that survived its supervised parent would go on writing beside the next one.
    const holders = processesWithFileOpen(app.dbFile).filter((pid) => pid !== process.pid);
    expect(holders).toEqual([app.pids().server]);
    expect(integrityCheck(app.dbFile)).toBe("ok");
    await waitFor("a new worker", () => app.pids().worker !== worker && app.pids().worker, 90_000, 100);
    restarts.push((performance.now() - killedAt) / 1000);
  }

  const retrainFrom = performance.now();
  const modelsBefore = trainedModels(trainee);
  await waitFor("a trained model", () => trainedModels(trainee) > modelsBefore, 150_000, 250);
  const retrainSeconds = (performance.now() - retrainFrom) / 1000;
  probing = false;
  await probe;
  await waitFor(
    "no job running",
    () => jobOf(trainee)?.status !== "running" && jobOf(bystander)?.status !== "running",
    60_000,
  );

  console.log(
    `worker killed ${KILLS}× mid-training: restarted after ${restarts.map((s) => s.toFixed(1)).join(" s, ")} s; ` +
      `trained model ${retrainSeconds.toFixed(1)} s after the last restart. Meanwhile ${health.length} health checks ` +
      `(p95 ${percentile(health, 0.95).toFixed(0)} ms, max ${percentile(health, 1).toFixed(0)} ms) and ` +
      `${saves.length} saves (p95 ${percentile(saves, 0.95).toFixed(0)} ms, max ${percentile(saves, 1).toFixed(0)} ms)`,
  );
  expect(jobOf(trainee)).toEqual({ status: "done", error: null });
  expect(integrityCheck(app.dbFile)).toBe("ok");
  expect(problems).toEqual([]);
  // "Normal time" on two shared cores: a page never waited on the worker's crash or restart.
  expect(percentile(health, 1)).toBeLessThan(2_000);
  expect(percentile(saves, 1)).toBeLessThan(3_000);
});
