// `npm run eval:memory [-- --set tune|held-out|all] [--diary PATH]`: runs the labelled journals of
// tests/fixtures/journals through the real pipeline (import, embedding and grouping, training, the panel's own
// read) on a scratch database, and prints per journal and on average Keep precision@5, Let-go recall and
// precision, lessons filed as rumination, and returning worries called let go, for the trained memory and two
// ablations (constant gates: the prior; cues only: retention ignored). A tune journal is read by a sentence
// reader fitted on the other tune journals (lib/text/learned), a held-out one by the shipped reader. With --diary, it also imports that diary
// and prints what the panel shows on its last day and three other days.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateSqlite } from "./lib/migrate-sqlite";
import { bodyOf, loadJournals, type Journal } from "./eval/fixtures";
import { combined, explainLists, explainWorries, meanScores, scoreSurface, type Scores } from "./eval/score";

const { values } = parseArgs({
  options: {
    set: { type: "string", default: "all" },
    diary: { type: "string" },
    verbose: { type: "boolean" },
    only: { type: "string" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log(
    "Usage: npm run eval:memory [-- --set tune|held-out|all] [--only id,id] [--diary path/to/diary.json] [--verbose]",
  );
  process.exit(0);
}
const sets = values.set === "all" ? (["tune", "held-out"] as const) : ([values.set] as ("tune" | "held-out")[]);

const root = path.resolve(__dirname, "..");
process.chdir(root);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-eval-"));
process.env.DATA_DIR = scratch;
process.env.DATABASE_URL = `file:${path.join(scratch, "eval.db")}`;
process.env.MEMORY_RETRAIN_DELAY = "0";
migrateSqlite(root, process.env.DATABASE_URL);

const VARIANTS = ["trained", "constant gates", "cues only"] as const;
type Variant = (typeof VARIANTS)[number];

async function main() {
  // The app's modules read the settings when first imported: only now.
  const { signUp } = await import("../lib/auth/accounts");
  const { importEntries } = await import("../lib/journal/import");
  const { retrainMemory } = await import("../lib/journal/memory-training");
  const { loadMemoryInputs, asMemoryEntries, lastIndexOnOrBefore } = await import("../lib/journal/memory-inputs");
  const { surfaceAt } = await import("../lib/journal/memory-panel");
  const { buildSummaries } = await import("../lib/journal/weekly-summaries");
  const { priorMemory, runMemory } = await import("../lib/memory/model");
  const { lastCompletedWeek } = await import("../lib/summaries/iso-week");
  const { diaryReport } = await import("./eval/diary");
  const { evidenceFor } = await import("../lib/journal/memory-signals");
  const { tellsFading } = await import("../lib/memory/surface");
  const { useReaderWeights } = await import("../lib/text/learned/reader");
  const { default: shipped } = await import("../lib/text/learned/weights.json");
  const { fitReader } = await import("./train/fit-reader");
  const { labelledSentences } = await import("./train/sentence-data");
  // The sentence reader learned from the tune journals: each of them is read by one fitted on the others.
  const tuneSentences = labelledSentences(loadJournals(["tune"]));

  async function userWith(email: string, records: { date: string; body: string; mood?: number; tags?: string[] }[]) {
    const account = await signUp({ email, password: "evaluation only" });
    if (!account.ok) throw new Error(`sign-up failed: ${account.reason}`);
    const userId = account.user.id;
    await importEntries(
      userId,
      records.map((r) => ({ date: r.date, body: r.body, mood: r.mood ?? null, tags: r.tags ?? [] })),
    );
    const trained = await retrainMemory(userId);
    return { userId, trained };
  }

  const rows: { journal: Journal; variant: Variant; scores: Scores }[] = [];
  const only = values.only?.split(",");
  for (const journal of loadJournals(sets).filter((j) => !only || only.includes(j.id))) {
    const records = journal.entries.map((e) => ({
      date: e.date,
      body: bodyOf(journal, e),
      mood: e.mood,
      tags: e.tags,
    }));
    useReaderWeights(
      journal.set === "tune"
        ? fitReader(
            tuneSentences.filter((r) => r.journal !== journal.id),
            shipped.l2,
          )
        : null,
    );
    const { userId, trained } = await userWith(`${journal.id}@eval.invalid`, records);
    const inputs = await loadMemoryInputs(userId);
    const at = inputs.entries.length - 1;
    const day = inputs.entries[at]!.date;
    const entries = asMemoryEntries(inputs.entries);
    const week = lastCompletedWeek("UTC", new Date(`${day}T23:59:59Z`));
    const [summary] = await buildSummaries(userId, [week]);
    const sentences = new Map(
      inputs.themes.map((t) => [t.id, t.occurrences.map((o) => ({ date: o.date, text: o.text }))]),
    );
    for (const variant of VARIANTS) {
      const model = variant === "constant gates" ? priorMemory(entries) : inputs.model;
      const run = runMemory(model, entries, inputs.releases);
      const { surface, themes } = surfaceAt(inputs, run, lastIndexOnOrBefore(inputs.entries, day), day, {
        retention: variant === "cues only" ? "ignore" : "model",
        fading: tellsFading(model),
      });
      const withSummary = variant === "trained" && summary ? { content: summary.content, sentences } : null;
      rows.push({ journal, variant, scores: scoreSurface(journal, surface, withSummary) });
      if (values.verbose && variant === "trained") {
        console.error([`${journal.id}:`, ...explainLists(journal, surface)].join("\n"));
        console.error(explainWorries(journal, themes, evidenceFor(inputs.entries), surface).join("\n"));
      }
    }
    console.error(`  ${journal.id}: ${trained.kind} model on ${trained.entries} entries (${trained.ms} ms)`);
  }
  useReaderWeights(null);
  printTable(rows);
  if (values.diary) await diaryReport(path.resolve(process.env.INIT_CWD || root, values.diary), userWith);
}

const f2 = (v: number | null) => (v === null ? "  –  " : v.toFixed(2).padStart(5));

function printTable(rows: { journal: Journal; variant: Variant; scores: Scores }[]) {
  const header =
    "journal                  set       variant         keep@5 shown/need letGoR letGoP lesson→R returning→gone weekR";
  console.log(`\n${header}\n${"-".repeat(header.length)}`);
  const line = (name: string, set: string, variant: string, s: Scores) =>
    console.log(
      `${name.padEnd(24)} ${set.padEnd(9)} ${variant.padEnd(15)} ${f2(s.keepPrecision)}  ${s.keepShown.toFixed(1).padStart(4)}/${s.keepNeeded.toFixed(1).padEnd(4)} ${f2(s.letGoRecall)}  ${f2(s.letGoPrecision)}  ${String(s.lessonsAsRumination).padStart(6)}  ${String(s.returningCalledLetGo).padStart(13)}  ${f2(s.summaryWorryRecall)}`,
    );
  for (const r of rows) line(r.journal.id, r.journal.set, r.variant, r.scores);
  console.log("");
  for (const set of ["tune", "held-out", "all"] as const) {
    for (const variant of VARIANTS) {
      const chosen = rows.filter((r) => r.variant === variant && (set === "all" || r.journal.set === set));
      if (chosen.length > 0) line(`MEAN (${chosen.length})`, set, variant, meanScores(chosen.map((r) => r.scores)));
    }
  }
  // The trained memory against both ablations, on the contract's measure.
  const journals = [...new Set(rows.map((r) => r.journal.id))];
  let better = 0;
  let atLeast = 0;
  for (const id of journals) {
    const of = (v: Variant) => combined(rows.find((r) => r.journal.id === id && r.variant === v)!.scores);
    if (of("trained") > of("constant gates") && of("trained") > of("cues only")) better++;
    if (of("trained") >= of("constant gates") && of("trained") >= of("cues only")) atLeast++;
  }
  console.log(
    `\nTrained vs both ablations (mean of Keep precision@5 and Let-go recall): at least as good on ${atLeast}/${journals.length} journals, better on ${better}/${journals.length}.`,
  );
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
