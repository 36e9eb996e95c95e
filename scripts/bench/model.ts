// Model: training time and peak memory at 30, 365 and 3,000 entries (the whole fit: selection on validation,
// the train + validation fit, the refit, the baselines and the evaluation); the hand-written forward pass (one
// step, the whole history); the trainer against tfjs `fit` on sliding windows; and, from the same fits, the
// test-part figures: next-entry loss against repeat-last, the EMA, the constant-gate cell and a plain tfjs LSTM
// with their bootstrap verdicts, the age-matched AUC of retention (model, similarity, age) and the units'
// half-lives. All in this process, on embedded synthetic journals; with CELLSTATE_BENCH_DIARY=<file> (a
// [{date, body}] JSON, e.g. a real diary) also on its first 365 entries and on all of it.
import {
  extendMemoryRun,
  fitMemory,
  readMemory,
  runMemory,
  type MemoryEntry,
  type MemoryModel,
} from "../../lib/memory/model";
import { readDiary } from "./diary";
import type { Figure, SectionResult } from "./figures";
import { journalRecords, memoryEntries } from "./journals";
import { trainNaive, WINDOW } from "./naive-baseline";
import { peakRssMb, resetPeakRss, rssMb } from "./process-memory";
import { localEmbedder } from "./journals";
import { textSignals } from "../../lib/text/valence";
import { median, since } from "./stats";

const SIZES = [30, 365, 3_000] as const;
const TRAIN_RUNS = 3;
const READ_RUNS = 5;
const STEP_BATCHES = 5;
const STEPS_PER_BATCH = 200;
/** The naive baseline trains to its stopping rule at this size; at 3,000 entries that would take minutes. */
const NAIVE_FULL_SIZE = 365;
const NAIVE_SAMPLE_EPOCHS = 3;

type Log = (line: string) => void;

async function trainingFigures(size: number | string, entries: MemoryEntry[], log: Log) {
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  const peaks: number[] = [];
  const rises: number[] = [];
  let model: MemoryModel | null = null;
  for (let run = 0; run < TRAIN_RUNS; run++) {
    const before = rssMb();
    const peakFromNow = resetPeakRss();
    const started = performance.now();
    const cpu = process.cpuUsage();
    model = await fitMemory(entries);
    seconds.push(since(started) / 1000);
    const used = process.cpuUsage(cpu);
    cpuSeconds.push((used.user + used.system) / 1e6);
    peaks.push(peakRssMb());
    if (peakFromNow) rises.push(peakRssMb() - before);
  }
  const m = model!.metrics!;
  log(
    `  ${size} entries: trained in ${seconds.map((s) => s.toFixed(2)).join(", ")} s (CPU ${cpuSeconds.map((s) => s.toFixed(2)).join(", ")} s)`,
  );
  const figures: Figure[] = [
    {
      key: `model.train.${size}`,
      section: "model",
      label: `training, ${size} entries`,
      unit: "s",
      runs: seconds,
      detail: `selection ran ${m.selection.epochsRun} epochs (${m.selection.stopReason}), chose ${m.selection.chosenEpoch}; CPU ${median(cpuSeconds).toFixed(2)} s`,
    },
    {
      key: `model.train.${size}.peakRss`,
      section: "model",
      label: `  peak RSS while training ${size}`,
      unit: "MB",
      runs: peaks,
      aggregate: "max",
      detail: rises.length
        ? `bench process high-water mark; up to +${Math.max(...rises).toFixed(0)} MB over the RSS before training`
        : "bench process high-water mark since start (this system cannot reset it)",
    },
  ];
  return { figures, model: model!, medianSeconds: median(seconds) };
}

function inferenceFigures(size: number | string, entries: MemoryEntry[], model: MemoryModel) {
  // One step: today's entry written on the kept pass over the rest (what a save costs the memory).
  const kept = runMemory(model, entries.slice(0, -1));
  const newest = entries.at(-1)!;
  const before = entries.slice(0, -1);
  const stepMicros: number[] = [];
  for (let batch = 0; batch < STEP_BATCHES; batch++) {
    const started = performance.now();
    for (let k = 0; k < STEPS_PER_BATCH; k++) extendMemoryRun(model, kept, newest, before);
    stepMicros.push((1000 * since(started)) / STEPS_PER_BATCH);
  }
  // The whole history: the forward pass alone, and with everything the panel reads from it (κ, drivers, gates).
  const passMs: number[] = [];
  const readMs: number[] = [];
  const release = [{ atStep: entries.length - 1, parts: [{ index: Math.floor(entries.length / 2), share: 1 }] }];
  for (let run = 0; run < READ_RUNS; run++) {
    let started = performance.now();
    runMemory(model, entries, release);
    passMs.push(since(started));
    started = performance.now();
    readMemory(model, entries, release);
    readMs.push(since(started));
  }
  const figures: Figure[] = [
    {
      key: `model.step.${size}`,
      section: "model",
      label: `one step on the kept pass, ${size}`,
      unit: "µs",
      runs: stepMicros,
      detail: `per entry saved; ${STEP_BATCHES} batches of ${STEPS_PER_BATCH}`,
    },
    {
      key: `model.pass.${size}`,
      section: "model",
      label: `forward pass, whole history ${size}`,
      unit: "ms",
      runs: passMs,
      detail: `${((1000 * median(passMs)) / entries.length).toFixed(1)} µs per entry`,
    },
    {
      key: `model.read.${size}`,
      section: "model",
      label: `pass + panel reading, ${size}`,
      unit: "ms",
      runs: readMs,
      detail: "gates, κ, retention, drivers for every entry",
    },
  ];
  return figures;
}

const pct = (x: number | null) => (x === null ? "—" : x.toFixed(3));
const verdictOf = (v: { verdict: string; lower: number | null } | null) =>
  v ? `${v.verdict} (5th percentile ${v.lower === null ? "—" : v.lower.toFixed(4)})` : "—";

/** The test-part figures of one fit, as figures (losses) and printed lines (AUCs, half-lives, routing). */
function qualityFigures(size: number | string, model: MemoryModel, log: Log): Figure[] {
  const m = model.metrics!;
  const p = m.prediction;
  const r = m.retention;
  const t = m.timescales;
  const key = `model.test.${size}`;
  const hl = t.halfLivesEntries.filter((x): x is number => x !== null).sort((a, b) => a - b);
  const hd = t.halfLivesDays.filter((x): x is number => x !== null).sort((a, b) => a - b);
  log(
    `  ${size}: test next-entry loss model ${p.model.toFixed(4)}, repeat-last ${p.repeatLast.toFixed(4)} (${verdictOf(p.vsRepeatLast)}), ` +
      `EMA α=${p.ema.alpha} ${p.ema.loss.toFixed(4)} = constant gates (${verdictOf(p.vsEma)}), ` +
      `plain LSTM ${p.plainLstm ? p.plainLstm.loss.toFixed(4) : "—"} (${verdictOf(p.vsPlainLstm)}); ${p.targets} targets`,
  );
  log(
    `  ${size}: age-matched AUC for "comes back 14–120 days later" (${r.labels}, ${r.items} items, ${r.returning} returning, ${r.points} points): ` +
      `model ${pct(r.auc.model)} (> 0.5: ${verdictOf(r.modelAboveChance)}), similarity ${pct(r.auc.similarity)} ` +
      `(model − similarity: ${verdictOf(r.modelVsSimilarity)}), age ${pct(r.auc.age)}, averaged gates ${pct(r.auc.averagedGates)}`,
  );
  log(
    `  ${size}: half-lives (stored model) ${hl.length ? `${hl[0]!.toFixed(1)}–${hl.at(-1)!.toFixed(1)} entries, median ${median(hl).toFixed(1)}` : "—"}; ` +
      `${hd.length ? `${hd[0]!.toFixed(0)}–${hd.at(-1)!.toFixed(0)} days (mean gap ${t.meanGapDays.toFixed(2)} d)` : ""}; ` +
      `write share in the slowest third: returning ${pct(t.slowWriteShare.returning)}, not returning ${pct(t.slowWriteShare.notReturning)}`,
  );
  const figures: Figure[] = [
    {
      key,
      section: "model",
      label: `test next-entry loss, ${size}: model`,
      unit: "loss",
      runs: [p.model],
      detail: `${(100 * p.improvementOverEma).toFixed(1)}% below the EMA, verdict "${p.vsEma.verdict}" (${p.targets} targets)`,
    },
    {
      key: `${key}.ema`,
      section: "model",
      label: `  EMA α = ${p.ema.alpha} = constant gates`,
      unit: "loss",
      runs: [p.ema.loss],
    },
    {
      key: `${key}.repeatLast`,
      section: "model",
      label: "  repeat last entry",
      unit: "loss",
      runs: [p.repeatLast],
      detail: `model verdict "${p.vsRepeatLast.verdict}"`,
    },
  ];
  if (p.plainLstm) {
    figures.push({
      key: `${key}.plainLstm`,
      section: "model",
      label: "  plain tfjs LSTM (same trainer)",
      unit: "loss",
      runs: [p.plainLstm.loss],
      detail: `${p.plainLstm.epochs} epochs; model verdict "${p.vsPlainLstm?.verdict}"`,
    });
  }
  return figures;
}

async function naiveFigures(
  bySize: Map<number, { entries: MemoryEntry[]; seconds: number; epochs: number }>,
  log: Log,
): Promise<Figure[]> {
  const full = bySize.get(NAIVE_FULL_SIZE)!;
  const seconds: number[] = [];
  const losses: number[] = [];
  let detail = "";
  for (let run = 0; run < TRAIN_RUNS; run++) {
    const result = await trainNaive(full.entries);
    seconds.push(result.ms / 1000);
    losses.push(result.heldOutLoss);
    detail = `${result.epochs} epochs, best ${result.bestEpoch}, stopped by ${result.stopReason}`;
  }
  log(`  naive fit, ${NAIVE_FULL_SIZE} entries: ${seconds.map((s) => s.toFixed(2)).join(", ")} s`);

  const large = bySize.get(3_000)!;
  const sample = await trainNaive(large.entries, { maxEpochs: NAIVE_SAMPLE_EPOCHS, patience: Infinity });
  const naivePerEpoch = sample.ms / sample.epochs;
  const oursPerEpoch = (1000 * large.seconds) / large.epochs;
  log(`  naive fit, 3000 entries: ${(naivePerEpoch / 1000).toFixed(2)} s per epoch`);
  return [
    {
      key: `model.naive.${NAIVE_FULL_SIZE}`,
      section: "model",
      label: `naive tfjs fit, ${NAIVE_FULL_SIZE} entries`,
      unit: "s",
      runs: seconds,
      detail: `tf.layers.lstm + dense, windows of ${WINDOW}; last run ${detail}`,
    },
    {
      key: `model.naive.${NAIVE_FULL_SIZE}.ratio`,
      section: "model",
      label: `  naive ÷ trainer, ${NAIVE_FULL_SIZE} (time to stop)`,
      unit: "×",
      runs: seconds.map((s) => s / full.seconds),
      detail: `trainer median ${full.seconds.toFixed(2)} s`,
    },
    {
      key: `model.naive.${NAIVE_FULL_SIZE}.heldOut`,
      section: "model",
      label: `  naive held-out loss, ${NAIVE_FULL_SIZE}`,
      unit: "loss",
      runs: losses,
      detail: "same held-out targets and loss as the model's",
    },
    {
      key: "model.naive.3000.epochRatio",
      section: "model",
      label: "  naive ÷ trainer, 3000 (per epoch)",
      unit: "×",
      runs: [naivePerEpoch / oursPerEpoch],
      detail: `naive ${(naivePerEpoch / 1000).toFixed(2)} s/epoch over ${sample.epochs} epochs, trainer ${(oursPerEpoch / 1000).toFixed(3)} s/epoch`,
    },
    {
      key: "model.naive.3000.heldOut",
      section: "model",
      label: `  naive held-out loss, 3000 (${sample.epochs} epochs)`,
      unit: "loss",
      runs: [sample.heldOutLoss],
      detail: "best of its epochs, as for the model",
    },
  ];
}

export async function benchModel(log: Log): Promise<SectionResult> {
  // Warm-up: the wasm backend's start and the JIT, so the first measured run is not the slow one.
  const warmUp = await memoryEntries(journalRecords(60, 99));
  await fitMemory(warmUp, { maxEpochs: 3 });

  const figures: Figure[] = [];
  const bySize = new Map<number, { entries: MemoryEntry[]; seconds: number; epochs: number }>();
  for (const size of SIZES) {
    const entries = await memoryEntries(journalRecords(size));
    const training = await trainingFigures(size, entries, log);
    figures.push(...training.figures, ...inferenceFigures(size, entries, training.model));
    figures.push(...qualityFigures(size, training.model, log));
    // Epochs of the whole fit: the selection's, then the train + validation fit and the refit (the plain LSTM's
    // are not counted, so the per-epoch figure below is an upper bound).
    const sel = training.model.metrics!.selection;
    bySize.set(size, {
      entries,
      seconds: training.medianSeconds,
      epochs: Math.max(1, sel.epochsRun + 2 * sel.chosenEpoch),
    });
  }
  figures.push(...(await naiveFigures(bySize, log)));
  const diary = process.env.CELLSTATE_BENCH_DIARY;
  if (diary) {
    const records = readDiary(diary);
    const embedder = localEmbedder();
    const all: MemoryEntry[] = [];
    for (const r of records) {
      const [e] = await embedder.embed([r.body]);
      all.push({ embedding: Array.from(e!.vector), valence: textSignals(r.body).valence, mood: null, date: r.date });
    }
    for (const [label, entries] of [
      ["diary365", all.slice(0, 365)],
      ["diaryAll", all],
    ] as const) {
      const training = await trainingFigures(label, [...entries], log);
      figures.push(...training.figures, ...qualityFigures(label, training.model, log));
    }
  }
  return {
    figures,
    notes: [
      "Journals: tests/fixtures/synthetic-journal/ (seed 1), each entry embedded with the local word vectors as the app does.",
      "Training time is the whole fit: selection on validation, the train + validation fit, the refit on every entry, the plain LSTM baseline and the test-part evaluation (bootstrap included).",
      "Training is deterministic, so its spread is the machine's noise; the naive fit shuffles at random.",
      "Peak RSS is the bench process's kernel high-water mark (VmHWM), reset before each run; it includes the word vectors (~70 MB) and tfjs.",
    ],
  };
}
