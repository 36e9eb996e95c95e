// kill -9 of the web server while 10 writers are saving: the way the kernel's OOM killer ends it. The SQLite file
// must stay consistent (integrity_check, every acknowledged entry with its exact text), a save that got no
// answer must be all there or not at all, and the supervisor (scripts/lib/supervise.ts) must bring the server
// back. Without the supervisor `npm start` exited with its server: the health wait below fails.
import { afterAll, beforeAll, expect, test } from "vitest";
import { z } from "zod";
import { createUsers, dayNumber, save, type SaveResult, signIn } from "./journal-client";
import { integrityCheck, isAlive, isHealthy, readDatabase, type RunningApp, startApp, waitFor } from "./running-app";

const WRITERS = 10;

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

type Attempt = { date: string; body: string; result: SaveResult };

test("kill -9 of the web server during writes keeps every acknowledged entry, and the server comes back", async () => {
  await createUsers(app, ["kill-server@cellstate.test"]);
  const session = await signIn(app.baseURL, "kill-server@cellstate.test");

  const attempts: Attempt[] = [];
  let killed = false;
  // Each writer saves new days until its first unanswered save after the kill.
  const writers = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; ; i++) {
      const date = dayNumber(w * 100 + i);
      const body = `Writer ${w}, save ${i}, written ${killed ? "after" : "before"} the kill was ordered.`;
      const result = await save(session, date, body);
      attempts.push({ date, body, result });
      if (!result.acknowledged && killed) return;
      if (i >= 99) throw new Error("the server was never killed");
    }
  });

  // Once writes are flowing, so the kill lands in the middle of some.
  await waitFor(
    "a few saves",
    () => attempts.filter((attempt) => attempt.result.acknowledged).length >= 30,
    60_000,
    20,
  );
  const { server: killedPid } = app.pids();
  process.kill(killedPid!, "SIGKILL");
  const killedAt = performance.now();
  killed = true;
  const back = waitFor("the server to answer again", () => isHealthy(app.baseURL), 60_000, 100).then(
    () => (performance.now() - killedAt) / 1000,
  );
  await Promise.all(writers);
  const restartSeconds = await back;
  const { server: newPid } = app.pids();
  expect(newPid).not.toBe(killedPid);
  expect(isAlive(killedPid!)).toBe(false);

  const acknowledged = attempts.filter((attempt) => attempt.result.acknowledged);
  const unanswered = attempts.filter((attempt) => !attempt.result.acknowledged);
  // A 5xx is an answer the server gave; only a dropped connection may leave a save unanswered.
  expect(unanswered.filter((attempt) => attempt.result.status !== null)).toEqual([]);
  expect(unanswered.length).toBeGreaterThan(0);

  expect(integrityCheck(app.dbFile)).toBe("ok");
  const stored = new Map(
    readDatabase(app.dbFile, z.array(z.object({ date: z.string(), body: z.string() })), (db) =>
      db.prepare('SELECT date, body FROM "Entry"').all(),
    ).map((row) => [row.date, row.body]),
  );
  expect(acknowledged.filter((attempt) => stored.get(attempt.date) !== attempt.body)).toEqual([]);
  const committed = unanswered.filter((attempt) => stored.get(attempt.date) === attempt.body).length;
  console.log(
    `${WRITERS} writers: ${acknowledged.length} saves acknowledged, ${unanswered.length} cut off by the kill (${committed} of them stored whole); ` +
      `answering again ${restartSeconds.toFixed(1)} s after the kill`,
  );
  // Unanswered: the whole text or no entry, never a part or another save's.
  expect(unanswered.filter((attempt) => stored.has(attempt.date) && stored.get(attempt.date) !== attempt.body)).toEqual(
    [],
  );

  // The restarted server reads and writes the same journal with the same session.
  const again = await save(session, dayNumber(1050), "Written after the restart.");
  expect(again.acknowledged).toBe(true);
  const read = await fetch(`${app.baseURL}/api/journal/${acknowledged[0]!.date}`, {
    headers: { cookie: session.cookie },
  });
  expect(((await read.json()) as { entry: { body: string } }).entry.body).toBe(acknowledged[0]!.body);
});
