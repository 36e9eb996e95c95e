// Search on the real diary (`npm run bench -- --only search`; ../shared/data/pepys-diary.json by default): the
// entries imported as an import stores them, indexed as the memory worker indexes them, then queries of each kind
// (a rare word, a common one, several words, a stem, with filters, Chinese, a page deep in the results) timed
// through the data layer the search page calls. Similar entries is timed on the same journal: on the diary's
// own analyses when the "diary" part ran first, else on stand-in embeddings of the same size (the cost is one
// pass over the vectors, whatever they hold). Kept quick: no training.
import fs from "node:fs";
import path from "node:path";
import type { BenchContext } from "./context";
import { readDiary } from "./diary";
import type { Figure, SectionResult } from "./figures";
import { quantile, since } from "./stats";

const REPEATS = 15;

const QUERIES: { label: string; q: string; filters?: Record<string, string | number>; page?: number }[] = [
  { label: "a rare word", q: "harpsichon" },
  { label: "a common word", q: "office" },
  { label: "a stem (walked → walk)", q: "walked" },
  { label: "three words", q: "wife church sermon" },
  { label: "a phrase-like query with punctuation", q: '"my Lord" NEAR(*)' },
  { label: "a common word, page 10", q: "office", page: 10 },
  { label: "a word within two years", q: "office", filters: { from: "2016-06-01", to: "2017-12-31" } },
  { label: "Chinese (no hits in an English diary)", q: "我总是忍不住" },
  { label: "filters only (no words)", q: "", filters: { from: "2017-01-01", to: "2017-06-30" } },
];

export async function benchSearch(context: BenchContext, file: string | null): Promise<SectionResult> {
  if (!file || !fs.existsSync(file)) return { figures: [], notes: [`No diary to search (${file ?? "none"}).`] };
  const { db } = await import("../../lib/db");
  const { signUp } = await import("../../lib/auth/accounts");
  const { importEntries } = await import("../../lib/journal/import");
  const { indexAllUnsearchedEntries, purgeDeletedTerms } = await import("../../lib/journal/search-index");
  const { searchEntries } = await import("../../lib/journal/search");
  const { similarEntries } = await import("../../lib/journal/similar-entries");

  const records = readDiary(file);
  // The diary part's reader, when it ran: its entries have the memory's analyses and themes.
  const read = await db.user.findUnique({ where: { email: "diary@bench.invalid" }, select: { id: true } });
  let userId: string;
  if (read) userId = read.id;
  else {
    const account = await signUp({ email: "search@bench.invalid", password: "benchmark only" });
    if (!account.ok) throw new Error(`sign-up failed: ${account.reason}`);
    userId = account.user.id;
    await importEntries(
      userId,
      records.map((r) => ({ date: r.date, body: r.body, mood: r.mood ?? null, tags: [] })),
    );
  }
  let started = performance.now();
  const indexed = await indexAllUnsearchedEntries();
  const indexSeconds = since(started) / 1000;
  context.log(`  search: ${indexed} entries indexed in ${indexSeconds.toFixed(1)} s`);

  const figures: Figure[] = [];
  const figure = (key: string, label: string, unit: Figure["unit"], runs: number[], detail?: string) =>
    figures.push({ key: `search.${key}`, section: "search", label, unit, runs, detail });
  figure("index.total", `Search: indexing ${indexed} diary entries (the worker's catch-up)`, "s", [indexSeconds]);

  const all: number[] = [];
  for (const [k, query] of QUERIES.entries()) {
    const runs: number[] = [];
    let total = 0;
    for (let r = 0; r < REPEATS; r++) {
      started = performance.now();
      const result = await searchEntries(userId, query.q, query.filters ?? {}, { page: query.page ?? 1, pageSize: 20 });
      runs.push(since(started));
      total = result.total;
    }
    all.push(...runs);
    figure(`query.${k}.p50`, `Search: ${query.label}, p50`, "ms", [quantile(runs, 0.5)], `${total} results`);
  }
  figure("query.all.p50", "Search: every query above, p50", "ms", [quantile(all, 0.5)]);
  figure("query.all.p95", "Search: every query above, p95", "ms", [quantile(all, 0.95)]);

  // Similar entries reads the vectors the memory keeps; stand-ins when nothing read this journal.
  const analysed = await db.entryAnalysis.count({ where: { userId } });
  let note = "on the diary's own analyses (the diary part ran first)";
  if (analysed === 0) {
    note = "on stand-in embeddings (100 dimensions, unit length) written for each entry";
    await standInAnalyses(userId);
    // The kept rows look back 5 s for changes (memory-rows.ts): past that, a view reads only what changed.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
  }
  const ids = (await db.entry.findMany({ where: { userId }, select: { id: true }, orderBy: { date: "asc" } })).map(
    (e) => e.id,
  );
  started = performance.now();
  await similarEntries(userId, ids[ids.length >> 1]!, 5);
  const firstSimilar = since(started);
  const similarRuns: number[] = [];
  for (let r = 0; r < REPEATS * 2; r++) {
    started = performance.now();
    await similarEntries(userId, ids[(r * 997) % ids.length]!, 5);
    similarRuns.push(since(started));
  }
  figure("similar.first", "Similar entries: first view (the journal's vectors read)", "ms", [firstSimilar], note);
  figure("similar.p50", "Similar entries: later views, p50", "ms", [quantile(similarRuns, 0.5)]);
  figure("similar.p95", "Similar entries: later views, p95", "ms", [quantile(similarRuns, 0.95)]);

  // What a deletion adds: the FTS5 index merged so the deleted words leave the file.
  const purges: number[] = [];
  for (let r = 0; r < 3; r++) {
    started = performance.now();
    await purgeDeletedTerms();
    purges.push(since(started));
  }
  figure("purge", "Search: merging the index after a deletion (SQLite)", "ms", purges);
  return {
    figures,
    notes: [`Search: ${path.basename(file)}, ${records.length} entries; similar entries ${note}.`],
  };
}

async function standInAnalyses(userId: string) {
  const { db } = await import("../../lib/db");
  const { currentEmbedder } = await import("../../lib/journal/embedder");
  const { toBytes } = await import("../../lib/journal/vector-bytes");
  const embedder = currentEmbedder().id;
  const entries = await db.entry.findMany({ where: { userId }, select: { id: true } });
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const rows = entries.map((e) => {
    const v = Float32Array.from({ length: 100 }, random);
    const norm = Math.hypot(...v);
    return {
      entryId: e.id,
      userId,
      bodyHash: "stand-in",
      embedder,
      vector: toBytes(v.map((x) => x / norm)),
      coverage: 1,
      valence: 0,
    };
  });
  await db.entryAnalysis.createMany({ data: rows });
}
