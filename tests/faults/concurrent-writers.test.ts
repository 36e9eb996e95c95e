// 50 writers save at once against a real `npm start`: the web server and the memory worker (retraining a second
// after each burst) both write the one SQLite file. 10 users with 5 concurrent writers each, rather than 50
// users with one: saves of the same user contend for that user's rows too (the retrain queue's row, the themes,
// the panel's cached run), where a lost update or a unique-key race would show, and 10 sign-ins stay far
// below the sign-in limits. Every acknowledged save must be in the file with its exact text; no answer is a 5xx.
import { afterAll, beforeAll, expect, test } from "vitest";
import { z } from "zod";
import { createUsers, dayNumber, percentile, save, type SaveResult, type Session, signIn } from "./journal-client";
import { integrityCheck, readDatabase, type RunningApp, startApp } from "./running-app";

const USERS = 10;
const WRITERS_PER_USER = 5;
const SAVES_PER_WRITER = 8;

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

type Attempt = { email: string; date: string; body: string; result: SaveResult };

test("50 concurrent writers lose no entry and get no 5xx", async () => {
  const emails = Array.from({ length: USERS }, (_, u) => `writer-${u}@cellstate.test`);
  await createUsers(app, emails);
  const sessions: Session[] = [];
  for (const email of emails) sessions.push(await signIn(app.baseURL, email));

  const attempts: Attempt[] = [];
  const started = performance.now();
  await Promise.all(
    sessions.flatMap((session, u) =>
      Array.from({ length: WRITERS_PER_USER }, async (_, w) => {
        for (let i = 0; i < SAVES_PER_WRITER; i++) {
          const date = dayNumber(w * SAVES_PER_WRITER + i);
          // Sentences the analysis reads (valence, a lesson, rumination), and a marker naming the save.
          const body = `Writer ${u}.${w}, save ${i}: I kept replaying the meeting. Today I learned to ask sooner. é ✓`;
          attempts.push({ email: session.email, date, body, result: await save(session, date, body) });
        }
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const times = attempts.map((attempt) => attempt.result.ms);
  console.log(
    `${USERS * WRITERS_PER_USER} writers, ${attempts.length} saves in ${seconds.toFixed(1)} s: ` +
      `p50 ${percentile(times, 0.5).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms, ` +
      `max ${percentile(times, 1).toFixed(0)} ms`,
  );

  const failed = attempts.filter((attempt) => !attempt.result.acknowledged);
  expect(
    failed.map((attempt) => attempt.result),
    app.log().slice(-3000),
  ).toEqual([]);

  const rows = z.array(z.object({ email: z.string(), date: z.string(), body: z.string() }));
  const stored = readDatabase(app.dbFile, rows, (db) =>
    db
      .prepare(
        'SELECT u.email AS email, e.date AS date, e.body AS body FROM "Entry" e JOIN "User" u ON u.id = e.userId',
      )
      .all(),
  );
  const byKey = new Map(stored.map((row) => [`${row.email} ${row.date}`, row.body]));
  const lost = attempts.filter((attempt) => byKey.get(`${attempt.email} ${attempt.date}`) !== attempt.body);
  expect(lost).toEqual([]);
  expect(stored).toHaveLength(USERS * WRITERS_PER_USER * SAVES_PER_WRITER);
  expect(integrityCheck(app.dbFile)).toBe("ok");
});
