// Pages: the production build with 50 users of 365 entries each, every request signed in as the next user in
// turn. Each user's newest day first one client at a time (the server's own time per page), then under 20
// concurrent clients (autocannon, each sending its next request as soon as the last is answered); then a
// different past day on every request, so the panel is computed afresh each time instead of being kept between
// views. The server's memory (RSS of `next start` and anything it forks) is sampled throughout. While the
// server is up, entry saves over HTTP into the 3,000-entry journal too.
import path from "node:path";
import autocannon from "autocannon";
import type { BenchContext, BenchUser } from "./context";
import type { Figure, SectionResult } from "./figures";
import { journalRecords } from "./journals";
import { rssMb, sampleTreeRss, treeRssMb } from "./process-memory";
import { SAVE_ROUNDS, SAVES_PER_ROUND, newDay, textsToType, typedSoFar } from "./save";
import { ensureBuild, signIn, startServer, type RunningServer } from "./server";
import { quantile, since } from "./stats";
import { copyJournal, createUser, importJournal, runWorker } from "./users";

const USERS = 50;
/** Distinct journals (seeds); each is given to USERS / JOURNALS users. */
const JOURNALS = 5;
const ENTRIES = 365;
const CONNECTIONS = 20;
const RUNS = 3;
const RUN_SECONDS = 10;
const ALONE_REQUESTS = 100;

type Reader = { cookie: string; days: string[] };
type Load = { latencies: number[]; seconds: number };

async function seedUsers(context: BenchContext): Promise<{ users: BenchUser[]; days: string[][] }> {
  const started = performance.now();
  const journals = Array.from({ length: JOURNALS }, (_, k) => journalRecords(ENTRIES, 100 + k));
  const users: BenchUser[] = [];
  for (let k = 0; k < USERS; k++) users.push(await createUser(`reader-${k + 1}@bench.test`));
  // The first user of each journal gets it the app's way (import, then the worker reads and trains)...
  for (let k = 0; k < JOURNALS; k++) await importJournal(users[k]!.id, journals[k]!);
  await runWorker();
  // ...and the others a copy of those rows.
  for (let k = JOURNALS; k < USERS; k++) copyJournal(context.databaseUrl, users[k % JOURNALS]!.id, users[k]!.id);
  context.log(`  ${USERS} users × ${ENTRIES} entries ready in ${(since(started) / 1000).toFixed(0)} s`);
  return { users, days: users.map((_, k) => journals[k % JOURNALS]!.map((r) => r.date)) };
}

const newestDay = (reader: Reader) => `/journal/${reader.days.at(-1)}`;
// A different day of the reader's journal on each of their requests, spread over the year (stride 37).
const pastDay = (reader: Reader, n: number) => `/journal/${reader.days[(n * 37) % reader.days.length]}`;

async function get(server: RunningServer, reader: Reader, page: string): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}${page}`, { headers: { cookie: reader.cookie } });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${page} answered HTTP ${response.status}`);
  return { ms: since(started), html };
}

/** Every reader's newest day once, checked to show the panel with the day's gates (the panel is computed). */
async function firstViews(server: RunningServer, readers: Reader[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const reader of readers) {
    const { ms, html } = await get(server, reader, newestDay(reader));
    if (!html.includes('data-testid="day-gates"')) throw new Error("the journal page did not show the memory panel");
    latencies.push(ms);
  }
  return latencies;
}

/** Newest days one request at a time, readers in turn: the server's time per page when nothing queues. */
async function oneClient(server: RunningServer, readers: Reader[]): Promise<number[]> {
  const latencies: number[] = [];
  for (let n = 0; n < ALONE_REQUESTS; n++) {
    const reader = readers[n % readers.length]!;
    latencies.push((await get(server, reader, newestDay(reader))).ms);
  }
  return latencies;
}

/** One autocannon run of RUN_SECONDS with CONNECTIONS clients; request n goes to reader n mod USERS. */
async function load(server: RunningServer, readers: Reader[], pageOf: (reader: Reader, n: number) => string) {
  let next = 0;
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.baseUrl,
        connections: CONNECTIONS,
        duration: RUN_SECONDS,
        requests: [
          {
            method: "GET",
            setupRequest: (request) => {
              const n = next++;
              const reader = readers[n % readers.length]!;
              const page = pageOf(reader, Math.floor(n / readers.length));
              return { ...request, path: page, headers: { cookie: reader.cookie } };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failures.set(status, (failures.get(status) ?? 0) + 1);
    });
  });
  // A redirect to the sign-in page would be fast and wrong: any answer but 200 fails the benchmark.
  if (failures.size > 0 || result.errors + result.timeouts > 0) {
    const codes = [...failures].map(([status, count]) => `${count} × HTTP ${status}`);
    throw new Error(`page load failed: ${[...codes, `${result.errors + result.timeouts} errors`].join(", ")}`);
  }
  return { latencies, seconds: result.duration } satisfies Load;
}

function latencyFigures(key: string, label: string, runs: number[][], detail: string): Figure[] {
  return [
    {
      key: `${key}.p50`,
      section: "pages",
      label: `${label} p50`,
      unit: "ms",
      runs: runs.map((r) => quantile(r, 0.5)),
    },
    {
      key: `${key}.p95`,
      section: "pages",
      label: `${label} p95`,
      unit: "ms",
      runs: runs.map((r) => quantile(r, 0.95)),
      detail,
    },
  ];
}

function loadFigures(key: string, label: string, runs: Load[], detail: string): Figure[] {
  const requests = runs.reduce((n, r) => n + r.latencies.length, 0);
  return [
    ...latencyFigures(
      key,
      label,
      runs.map((r) => r.latencies),
      detail,
    ),
    {
      key: `${key}.rps`,
      section: "pages",
      label: `${label} throughput`,
      unit: "req/s",
      runs: runs.map((r) => r.latencies.length / r.seconds),
      detail: `${requests} requests in ${runs.length} runs of ${RUN_SECONDS} s`,
    },
  ];
}

/** PUT /api/journal/[date] as the editor's autosave sends it, timed from the client on the same machine. */
async function httpSaves(server: RunningServer, user: BenchUser): Promise<number[][]> {
  const cookie = await signIn(server.baseUrl, user.email);
  const texts = textsToType(SAVE_ROUNDS + 1);
  const rounds: number[][] = [];
  // Days after those the in-process save rounds wrote; round 0 warms the server's embedder up, uncounted.
  for (let r = 0; r <= SAVE_ROUNDS; r++) {
    const day = newDay(SAVE_ROUNDS + 2 + r);
    const latencies: number[] = [];
    for (let k = 0; k < SAVES_PER_ROUND; k++) {
      const body = JSON.stringify({ body: typedSoFar(texts[r]!, k, SAVES_PER_ROUND), mood: null, tags: [] });
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/journal/${day}`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/json" },
        body,
      });
      await response.arrayBuffer();
      latencies.push(since(started));
      if (!response.ok) throw new Error(`PUT /api/journal/${day} answered HTTP ${response.status}`);
    }
    if (r > 0) rounds.push(latencies);
  }
  return rounds;
}

async function measure(server: RunningServer, readers: Reader[], context: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  const startedMb = treeRssMb(server.pid);
  const peaks: number[] = [];
  const sampled = async <T>(work: () => Promise<T>): Promise<T> => {
    const sampler = sampleTreeRss(server.pid);
    try {
      return await work();
    } finally {
      peaks.push(sampler.stop().peakMb);
    }
  };
  const repeat = async <T>(work: () => Promise<T>): Promise<T[]> => {
    const runs: T[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await sampled(work));
    return runs;
  };

  const first = await sampled(() => firstViews(server, readers));
  figures.push({
    key: "pages.firstView.p50",
    section: "pages",
    label: "first view per user (panel computed) p50",
    unit: "ms",
    runs: [quantile(first, 0.5)],
    detail: `one client, ${USERS} users in turn; p95 ${quantile(first, 0.95).toFixed(0)} ms`,
  });

  const alone = await repeat(() => oneClient(server, readers));
  figures.push(
    ...latencyFigures("pages.alone", "journal page, newest day, one client", alone, `${ALONE_REQUESTS} requests a run`),
  );

  const newest = await repeat(() => load(server, readers, newestDay));
  context.log(`  newest day: ${newest.map((r) => (r.latencies.length / r.seconds).toFixed(0)).join(", ")} req/s`);
  const clients = `${CONNECTIONS} clients, ${USERS} users in turn`;
  figures.push(...loadFigures("pages.latest", "journal page, newest day,", newest, clients));

  const past = await repeat(() => load(server, readers, pastDay));
  context.log(`  past days: ${past.map((r) => (r.latencies.length / r.seconds).toFixed(0)).join(", ")} req/s`);
  figures.push(...loadFigures("pages.pastDay", "journal page, a past day,", past, "panel recomputed each time"));

  if (context.largeUser) {
    const large = context.largeUser;
    const rounds = await sampled(() => httpSaves(server, large));
    const detail = `${SAVE_ROUNDS} rounds of ${SAVES_PER_ROUND} PUTs, client-timed over localhost, 3,000-entry user`;
    figures.push(
      ...latencyFigures("save.http", "save over HTTP (PUT)", rounds, detail).map((f) => ({
        ...f,
        section: "save" as const,
      })),
    );
  }

  figures.push(
    { key: "pages.rss.start", section: "pages", label: "server RSS after start", unit: "MB", runs: [startedMb] },
    {
      key: "pages.rss.peak",
      section: "pages",
      label: "server RSS, peak",
      unit: "MB",
      runs: peaks,
      aggregate: "max",
      detail: `sampled every 200 ms in each of ${peaks.length} phases; ${treeRssMb(server.pid).toFixed(0)} MB at the end`,
    },
  );
  return figures;
}

export async function benchPages(context: BenchContext): Promise<SectionResult> {
  const buildSeconds = await ensureBuild(path.join(context.dataDir, "build.log"), context.log);
  const { users, days } = await seedUsers(context);
  const server = await startServer(path.join(context.dataDir, "server.log"));
  let figures: Figure[];
  try {
    const readers: Reader[] = [];
    for (const [k, user] of users.entries()) {
      readers.push({ cookie: await signIn(server.baseUrl, user.email), days: days[k]! });
    }
    figures = await measure(server, readers, context);
  } finally {
    await server.stop();
  }
  return {
    figures,
    notes: [
      buildSeconds === null
        ? "The production build was current (same sources), so it was reused as `npm start` would."
        : `Built the app first (${buildSeconds.toFixed(0)} s), as \`npm start\` does when the sources changed.`,
      `${USERS} users: ${JOURNALS} synthetic journals (seeds 100–${99 + JOURNALS}) imported, read and trained as the app does; the other users have row-for-row copies (own ids, own caches in the server).`,
      "The memory worker does not run during the page loads (every model is already trained).",
      `Under ${CONNECTIONS} saturating clients a request waits for those ahead of it: mean time ≈ ${CONNECTIONS} ÷ throughput (Little's law).`,
      `The load generator runs in the bench process on the same machine (bench RSS ${rssMb().toFixed(0)} MB).`,
      ...(context.largeUser
        ? []
        : ["Saves over HTTP were skipped: they need the 3,000-entry user of the import part."]),
    ],
  };
}
