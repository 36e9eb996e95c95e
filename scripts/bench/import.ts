// Import: 3,000 entries the way the app takes them in. The file is validated and inserted (lib/journal/import.ts,
// as Settings → Import and `npm run import` do), then the worker reads every entry (embedding, valence, cues,
// links to similar entries) and trains the first model: the time until the memory panel is ready. Each run
// imports into a fresh account. Then the embedder's throughput on its own.
import { db } from "../../lib/db";
import { trainingMetricsSchema } from "../../lib/memory/metrics";
import { sentencesOf } from "../../lib/text/sentences";
import type { BenchContext } from "./context";
import type { Figure, SectionResult } from "./figures";
import { journalRecords, localEmbedder } from "./journals";
import { since } from "./stats";
import { createUser, importJournal, LARGE_JOURNAL, runWorker } from "./users";

const RUNS = 3;
const EMBED_RUNS = 3;

async function importRuns(context: BenchContext): Promise<Figure[]> {
  const records = journalRecords(LARGE_JOURNAL);
  const total: number[] = [];
  const insert: number[] = [];
  const read: number[] = [];
  const train: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const user = await createUser(`import-${run}@bench.test`);
    const started = performance.now();
    const imported = await importJournal(user.id, records);
    const inserted = since(started);
    await runWorker();
    const all = since(started);
    if (imported !== LARGE_JOURNAL) throw new Error(`imported ${imported} of ${LARGE_JOURNAL} entries`);
    const model = await db.memoryModel.findFirstOrThrow({ where: { userId: user.id }, select: { metrics: true } });
    const { trainMs } = trainingMetricsSchema.parse(JSON.parse(model.metrics));
    total.push(all / 1000);
    insert.push(inserted / 1000);
    train.push(trainMs / 1000);
    read.push((all - inserted - trainMs) / 1000);
    context.log(`  import ${run}: ${(all / 1000).toFixed(1)} s`);
    context.largeUser = user; // the save benchmarks write into this journal next
  }
  return [
    {
      key: "import.3000.total",
      section: "import",
      label: `import ${LARGE_JOURNAL} entries, until trained`,
      unit: "s",
      runs: total,
    },
    { key: "import.3000.insert", section: "import", label: "  validate and insert", unit: "s", runs: insert },
    {
      key: "import.3000.read",
      section: "import",
      label: "  read every entry",
      unit: "s",
      runs: read,
      detail: "embedding, valence, cues, sentences, links; stored",
    },
    { key: "import.3000.train", section: "import", label: "  first training", unit: "s", runs: train },
  ];
}

async function embeddingRuns(): Promise<Figure[]> {
  const bodies = journalRecords(LARGE_JOURNAL).map((r) => r.body);
  const sentences = bodies.flatMap((body) => sentencesOf(body).map((s) => s.text));
  const embedder = localEmbedder();
  await embedder.embed(bodies.slice(0, 10)); // loads the word vectors once, outside the timing
  const sentenceRate: number[] = [];
  const entryRate: number[] = [];
  for (let run = 0; run < EMBED_RUNS; run++) {
    let started = performance.now();
    await embedder.embed(sentences);
    sentenceRate.push(sentences.length / (since(started) / 1000));
    started = performance.now();
    await embedder.embed(bodies);
    entryRate.push(bodies.length / (since(started) / 1000));
  }
  return [
    {
      key: "import.embed.sentences",
      section: "import",
      label: "embedding throughput, sentences",
      unit: "sentences/s",
      runs: sentenceRate,
      detail: `${sentences.length} sentences of the journal, local word vectors (SIF), one core`,
    },
    {
      key: "import.embed.entries",
      section: "import",
      label: "embedding throughput, whole entries",
      unit: "entries/s",
      runs: entryRate,
      detail: `${bodies.length} entries`,
    },
  ];
}

export async function benchImport(context: BenchContext): Promise<SectionResult> {
  const figures = [...(await importRuns(context)), ...(await embeddingRuns())];
  return {
    figures,
    notes: [
      "Each run imports the same synthetic journal (seed 1) into a new account; reading and training run as the worker runs them.",
      "Reading is the import's total less inserting and training (it includes storing the analyses and the model).",
    ],
  };
}
