// Growing past one machine: two `npm start`s (each a web server and a memory worker) on one PostgreSQL database,
// on this machine. Users write through both servers; each job is trained by one worker (leases,
// lib/journal/training-queue.ts), each week's summary is built once, a page on one server shows what was written
// through the other (the in-process caches check the database), and a worker killed mid-training loses no job.
// Runs when TEST_POSTGRES_URL names a database (.ci/run's PostgreSQL pass), in a schema of its own.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from "vitest";
import { z } from "zod";
import { withPostgres } from "../../scripts/lib/postgres-client";
import { createUsers, dayNumber, save, signIn, type Session } from "./journal-client";
import { isAlive, type RunningApp, startApp, waitFor } from "./running-app";

const postgres = process.env.TEST_POSTGRES_URL;
// Above the 28 entries below which the worker stores the prior instead of training.
const ENTRIES = 36;
const USERS = ["ada@cellstate.test", "ben@cellstate.test"];

const schema = `cellstate_shared_${crypto.randomBytes(4).toString("hex")}`;
const databaseUrl = (() => {
  if (!postgres) return "";
  const url = new URL(postgres);
  url.searchParams.set("schema", schema);
  return url.toString();
})();

const jobRows = z.array(
  z.object({ email: z.string(), status: z.string(), owner: z.string().nullable(), trained: z.coerce.number() }),
);

/** Each user's job and trained models, read straight from the database. */
async function jobs() {
  return withPostgres(databaseUrl, async (client) => {
    const { rows } = await client.query(`
      SELECT u.email, j.status, j.owner,
        (SELECT COUNT(*) FROM "MemoryModel" m WHERE m."userId" = u.id AND m.kind = 'trained') AS trained
      FROM "User" u JOIN "TrainingJob" j ON j."userId" = u.id ORDER BY u.email`);
    return jobRows.parse(rows);
  });
}

/** Every user's job done, with at least this many trained models for the first user (Ada) and one for the others. */
async function allTrained(adaAtLeast: number): Promise<boolean> {
  const rows = await jobs();
  return (
    rows.length === USERS.length &&
    rows.every((job, k) => job.status === "done" && job.trained >= (k === 0 ? adaAtLeast : 1))
  );
}

/** The journal page of a day as the server renders it, with React's text separators and escapes undone. */
async function journalPage(session: Session, date: string): Promise<string> {
  const page = await fetch(`${session.baseURL}/journal/${date}`, { headers: { cookie: session.cookie } });
  return (await page.text()).replaceAll("<!-- -->", "").replaceAll("&#x27;", "'");
}

describe.skipIf(!postgres)("two web servers and two workers on one PostgreSQL database", () => {
  let one: RunningApp;
  let two: RunningApp;
  const log = () => `${one?.log() ?? ""}\n${two?.log() ?? ""}`;

  beforeAll(async () => {
    // One session secret, so a sign-in on either server is good on both.
    const settings = { DATABASE_URL: databaseUrl, AUTH_SECRET: crypto.randomBytes(32).toString("hex") };
    // One after the other: the first builds the app when it is stale, the second finds it built.
    one = await startApp({ ...settings, PORT: "3410" });
    two = await startApp({ ...settings, PORT: "3411" });
  });

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    if (postgres)
      await withPostgres(databaseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  });

  test("share sessions and entries, train each job once, build each summary once and lose no job to a kill -9", async () => {
    onTestFailed(() => console.log(log().slice(-8000)));
    await createUsers(one, USERS);
    const sessions = await Promise.all(USERS.map((email) => signIn(one.baseURL, email)));
    // The same session cookie on the other server: sessions live in the database.
    const through = (session: Session, app: RunningApp): Session => ({ ...session, baseURL: app.baseURL });
    for (let i = 0; i < ENTRIES; i++) {
      for (const session of sessions) {
        const app = i % 2 === 0 ? one : two;
        const saved = await save(
          through(session, app),
          dayNumber(i),
          `Day ${i}. I kept replaying the call. I learned to pause.`,
        );
        expect(saved.acknowledged, JSON.stringify(saved)).toBe(true);
      }
    }
    await waitFor("both users' models trained", () => allTrained(1), 120_000, 500);

    // Each job was trained by one worker: a model version is stored once per user, and no retraining failed
    // (two workers on one job would store the same version, and one would fail on it).
    const trainings = [...log().matchAll(/memory: user (\S+): trained model v(\d+)/g)].map((m) => `${m[1]} v${m[2]}`);
    expect(new Set(trainings).size).toBe(trainings.length);
    expect(log()).not.toMatch(/retraining for user \S+ failed/);
    // A page on one server shows what was just written through the other: its panel for that day, computed and
    // kept while the day had no entry, is computed again.
    const [ada] = sessions;
    const newest = dayNumber(ENTRIES);
    expect(await journalPage(through(ada!, one), newest)).toContain("No entry on this day.");
    expect((await save(through(ada!, two), newest, "Written through the other server.")).acknowledged).toBe(true);
    expect(await journalPage(through(ada!, one), newest)).toContain("This day's gates");

    // kill -9 of whichever worker trains the new entry: the job is taken up again and a model is stored.
    const running = await waitFor(
      "the retraining to start",
      async () => (await jobs()).find((job) => job.status === "running" && job.owner),
      60_000,
      50,
    );
    const owner = running!.owner!;
    const victim = [one, two].find((app) => owner.includes(`:${app.pids().worker}:`))!;
    const pid = victim.pids().worker!;
    process.kill(pid, "SIGKILL");
    await waitFor("the killed worker to be gone", () => !isAlive(pid), 5_000, 20);
    await waitFor("the interrupted job trained by a live worker", () => allTrained(2), 60_000, 250);
    expect((await jobs()).map((job) => job.owner)).toEqual([null, null]);

    // Both workers restarted (kill -9 of each): each one's scheduler builds what is due as it starts, and every
    // week is built once, by one of them.
    const restarted = () => victim.pids().worker !== pid && isAlive(victim.pids().worker!);
    await waitFor("the killed worker restarted", restarted, 60_000, 250);
    await withPostgres(databaseUrl, (client) => client.query('DELETE FROM "WeeklySummary"'));
    const apps = [one, two];
    const from = apps.map((app) => app.log().length);
    for (const app of apps) process.kill(app.pids().worker!, "SIGKILL");
    const since = (k: number) => apps[k]!.log().slice(from[k]);
    const builds = () =>
      [0, 1]
        .flatMap((k) => [...since(k).matchAll(/summaries: user (\S+): built (.+)/g)])
        .flatMap((m) => m[2]!.split(", ").map((week) => `${m[1]} ${week}`));
    await waitFor(
      "both workers back",
      () => [0, 1].every((k) => since(k).includes("memory: worker ready")),
      60_000,
      250,
    );
    await waitFor(
      "every user's summaries built again",
      () => new Set(builds().map((b) => b.split(" ")[0])).size === USERS.length,
      60_000,
      250,
    );
    // Time for a second build of the same weeks, were there one.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const built = builds();
    expect(new Set(built).size).toBe(built.length);
    const { rows } = await withPostgres(databaseUrl, (client) =>
      client.query('SELECT COUNT(*) AS n FROM "WeeklySummary"'),
    );
    expect(z.coerce.number().parse(rows[0]?.n)).toBe(built.length);
  }, 300_000);
});
