// The one entry point the app uses: fit a user's memory (prior or trained), read it for the panel, advance it by
// one step when an entry is saved, and store it as JSON-safe data.
//
// The read path (readMemory, runMemory/extendMemoryRun/readRun, (de)serialise) is plain TypeScript; tfjs is only loaded, with a
// dynamic import, when fitMemory actually trains, so pages that read stored state never pull in tfjs.

import { entryFeatures, buildFeatures, embeddingDim, unscaleMood, type MemoryEntry } from "./features";
import {
  extendRun,
  rowMean,
  runSequence,
  validateWeights,
  type LstmWeights,
  type Release,
  type SequenceRun,
} from "./cell";
import {
  contributionOverTime,
  contributions,
  driverScore,
  logRetentions,
  norm,
  remainingShares,
  surfaceGain,
  writtenStrength,
} from "./contributions";
import { predictMoodScaled, type PredictionHead } from "./prediction-head";
import { DEFAULT_UNITS, PRIOR_ALPHA, priorModel } from "./prior";
import { entriesNeeded, MIN_ENTRIES_TO_TRAIN } from "./split";
import type { TrainingMetrics, TrainOptions } from "./train";

export type { MemoryEntry } from "./features";
export type { Release, SequenceRun } from "./cell";
export type { TrainingMetrics, TrainOptions } from "./train";

/** Bump when the stored JSON shape changes; deserializeModel refuses other versions (the app then refits). */
export const MEMORY_FORMAT_VERSION = 1;
/** Embedding size assumed for a user with no entries yet (the offline 100-d word vectors). */
export const DEFAULT_EMBEDDING_DIM = 100;

export type MemoryModel = {
  formatVersion: typeof MEMORY_FORMAT_VERSION;
  kind: "prior" | "trained";
  weights: LstmWeights;
  head: PredictionHead;
  /** Null for the prior. */
  metrics: TrainingMetrics | null;
  /** Entries the model was fitted on. */
  entriesUsed: number;
  /** Version of the trainer that produced the weights (0 for the prior). */
  trainerVersion: number;
};

export type MemoryStatus =
  | { kind: "prior"; entries: number; needed: number; message: string }
  | {
      kind: "trained";
      entries: number;
      verdict: "better" | "tie";
      /** Relative held-out improvement over the moving average (≥ 0 by construction). */
      improvement: number;
      message: string;
    };

export type EntryReading = {
  index: number;
  date: string;
  /** ‖i_j ⊙ g_j‖: what the entry wrote into the cell state on its day. */
  written: number;
  /** ‖κ_{j,T}‖: what of it survives in today's state. */
  kappaNorm: number;
  /** kappaNorm / written, 0..1: the share still held (exp of logRetention; may underflow to 0). */
  retention: number;
  /** ln retention, exact in log space (contributions.ts `logRetentions`); −Infinity once let go entirely. */
  logRetention: number;
  /** Mean input, forget and output gate (over units) on the entry's own step. */
  i: number;
  f: number;
  o: number;
  /** ‖(1 − f_t) ⊙ c_{t−1}‖: how much of the previous memory this entry's step let fade. */
  faded: number;
  /** Driver score of today's surfaced vector h_T (contributions.ts `driverScore`); signed. */
  surfaced: number;
  /**
   * The entry's part of today's predicted next mood, in mood points (1..5 scale): the mood head applied to its
   * share of h_T. Positive pushes the prediction up. Null when the model has no mood head.
   */
  moodContribution: number | null;
  released: boolean;
};

export type MemoryReading = {
  /** Index of the step read ("today"); -1 when there are no entries. */
  at: number;
  perEntry: EntryReading[];
  /** Mean gates per journal day (several entries on one day are averaged). */
  dailyGates: { date: string; i: number; f: number; o: number; entries: number }[];
  cT: number[];
  hT: number[];
  /** Entries by how much they drive what the output gate surfaces today, strongest first (see lstm.ts). */
  surfacedDrivers: { index: number; score: number; share: number }[];
  /** Predicted mood of the next entry (1..5), when the model has a mood head. */
  predictedMood: number | null;
};

function hasMoodHead(head: PredictionHead): boolean {
  return head.moodKernel.some((v) => v !== 0);
}

/** The prior, sized for these entries. */
export function priorMemory(entries: readonly MemoryEntry[], units = DEFAULT_UNITS): MemoryModel {
  const D = entries.length > 0 ? embeddingDim(entries) : DEFAULT_EMBEDDING_DIM;
  const { weights, head } = priorModel(D, units);
  return {
    formatVersion: MEMORY_FORMAT_VERSION,
    kind: "prior",
    weights,
    head,
    metrics: null,
    entriesUsed: entries.length,
    trainerVersion: 0,
  };
}

/**
 * Fit a user's memory: the prior below MIN_ENTRIES_TO_TRAIN entries, else a trained cell (tfjs, seconds; run it
 * off the request path). Deterministic for the same entries and options (unless the time budget is hit).
 */
export async function fitMemory(entries: readonly MemoryEntry[], options: TrainOptions = {}): Promise<MemoryModel> {
  if (entries.length < MIN_ENTRIES_TO_TRAIN) return priorMemory(entries, options.units);
  const { trainMemory } = await import("./train");
  const trained = await trainMemory(entries, options);
  return {
    formatVersion: MEMORY_FORMAT_VERSION,
    kind: "trained",
    weights: trained.weights,
    head: trained.head,
    metrics: trained.metrics,
    entriesUsed: entries.length,
    trainerVersion: trained.version,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** What the panel says about the model, for the user's current number of entries. */
export function memoryStatus(model: MemoryModel, currentEntries: number = model.entriesUsed): MemoryStatus {
  if (model.kind === "prior" || !model.metrics) {
    const needed = entriesNeeded(currentEntries);
    const fade = `your memory fades by ${percent(PRIOR_ALPHA)} per entry`;
    return {
      kind: "prior",
      entries: currentEntries,
      needed,
      message:
        needed > 0
          ? `Needs ${needed} more ${needed === 1 ? "entry" : "entries"} to learn from; until then ${fade}.`
          : `Enough entries to learn from; until training finishes ${fade}.`,
    };
  }
  const m = model.metrics;
  const { improvement, verdict } = m.comparison;
  let message: string;
  // Against the other baseline too: (repeat-last loss − model loss) / repeat-last loss on the same held-out entries.
  const overRepeat = m.baselines.repeatLast > 0 ? (m.baselines.repeatLast - m.heldOutLoss) / m.baselines.repeatLast : 0;
  const repeatWords =
    overRepeat > 0
      ? `${percent(overRepeat)} better than repeating your last entry`
      : "no better than repeating your last entry";
  if (verdict === "better") {
    message = `Predicts your next entry ${percent(improvement)} better than a moving average and ${repeatWords} (held-out entries).`;
  } else if (m.bestEpoch === 0) {
    message =
      "Does not predict your entries better than a moving average yet, so your memory is shown as that average: " +
      `each entry fades by ${percent(m.baselines.ema.alpha)} per later entry.`;
  } else {
    message = "Predicts your next entry about as well as a moving average (no clear difference on held-out entries).";
  }
  return { kind: "trained", entries: model.entriesUsed, verdict, improvement, message };
}

function checkEntries(model: MemoryModel, entries: readonly MemoryEntry[]): void {
  const D = embeddingDim(entries);
  if (entries.length > 0 && D !== model.head.embeddingDim) {
    throw new RangeError(`model expects ${model.head.embeddingDim}-dim embeddings, entries have ${D}: refit`);
  }
}

/**
 * Read the memory after entry `at` (default: the newest), with the user's releases applied ("let go": see
 * lstm.ts `runSequence`). Indices are positions in `entries` (date order); the app maps them to entry ids. To
 * view a past day pass all entries and `at` (a release recorded after the last entry passed acts at that entry).
 */
export function readMemory(
  model: MemoryModel,
  entries: readonly MemoryEntry[],
  releases: readonly Release[] = [],
  options: { at?: number } = {},
): MemoryReading {
  return readRun(model, runMemory(model, entries, releases), entries, options);
}

/** The forward pass over all entries with the user's releases: the costly part of a read (O(T·H·(D+H))). */
export function runMemory(
  model: MemoryModel,
  entries: readonly MemoryEntry[],
  releases: readonly Release[] = [],
): SequenceRun {
  checkEntries(model, entries);
  return runSequence(model.weights, buildFeatures(entries), { releases });
}

/**
 * A run with one more entry, the journal's newest: one cell step instead of a new pass (equal to `runMemory` over
 * all entries, tested). `previousDate` is the date of the entry before it; `releasedHere` the entries let go at
 * its step.
 */
export function extendMemoryRun(
  model: MemoryModel,
  run: SequenceRun,
  entry: MemoryEntry,
  previousDate: string | null,
  releasesHere: readonly Release[] = [],
): SequenceRun {
  if (entry.embedding.length !== model.head.embeddingDim) {
    throw new RangeError(
      `model expects ${model.head.embeddingDim}-dim embeddings, entry has ${entry.embedding.length}`,
    );
  }
  return extendRun(model.weights, run, entryFeatures(entry, previousDate), releasesHere);
}

/** Everything the panel reads, from a run over `entries` (cheap: O(T·H)). */
export function readRun(
  model: MemoryModel,
  run: SequenceRun,
  entries: readonly MemoryEntry[],
  options: { at?: number } = {},
): MemoryReading {
  const H = model.weights.units;
  if (run.steps === 0) {
    const zeros = new Array<number>(H).fill(0);
    return {
      at: -1,
      perEntry: [],
      dailyGates: [],
      cT: zeros,
      hT: [...zeros],
      surfacedDrivers: [],
      predictedMood: null,
    };
  }
  const T = options.at ?? run.steps - 1;
  const { kappa } = contributions(run, T);
  const surface = surfaceGain(run, T);
  const remaining = remainingShares(run, T);
  const logRetention = logRetentions(run, T);
  const mood = hasMoodHead(model.head);
  const perEntry: EntryReading[] = [];
  for (let j = 0; j <= T; j++) {
    const written = writtenStrength(run, j);
    const kappaNorm = norm(kappa, j * H, H);
    let faded = 0;
    for (let u = 0; u < H; u++) {
      const prev = j > 0 ? run.c[(j - 1) * H + u]! : run.c0[u]!;
      faded += ((1 - run.f[j * H + u]!) * prev) ** 2;
    }
    let moodContribution: number | null = null;
    if (mood) {
      let s = 0;
      for (let u = 0; u < H; u++) s += model.head.moodKernel[u]! * surface.gain[u]! * kappa[j * H + u]!;
      moodContribution = 2 * s; // scaled mood −1..1 is (mood − 3) / 2
    }
    perEntry.push({
      index: j,
      date: entries[j]!.date,
      written,
      kappaNorm,
      retention: Math.exp(logRetention[j]!),
      logRetention: logRetention[j]!,
      i: rowMean(run.i, H, j),
      f: rowMean(run.f, H, j),
      o: rowMean(run.o, H, j),
      faded: Math.sqrt(faded),
      surfaced: driverScore(surface, kappa, j * H),
      moodContribution,
      released: remaining[j]! < 1,
    });
  }
  const dailyGates: MemoryReading["dailyGates"] = [];
  for (const e of perEntry) {
    const last = dailyGates[dailyGates.length - 1];
    if (last && last.date === e.date) {
      const n = last.entries;
      last.i = (last.i * n + e.i) / (n + 1);
      last.f = (last.f * n + e.f) / (n + 1);
      last.o = (last.o * n + e.o) / (n + 1);
      last.entries = n + 1;
    } else {
      dailyGates.push({ date: e.date, i: e.i, f: e.f, o: e.o, entries: 1 });
    }
  }
  const surfacedDrivers = perEntry
    .map((e) => ({
      index: e.index,
      score: e.surfaced,
      share: surface.hNorm > 0 ? e.surfaced / surface.hNorm : 0,
    }))
    .sort((a, b) => b.score - a.score || b.index - a.index);
  const cT = Array.from(run.c.subarray(T * H, T * H + H));
  const hT = Array.from(run.h.subarray(T * H, T * H + H));
  return {
    at: T,
    perEntry,
    dailyGates,
    cT,
    hT,
    surfacedDrivers,
    predictedMood: mood ? unscaleMood(predictMoodScaled(model.head, run.h, T * H)) : null,
  };
}

/**
 * κ_{j,t} of one entry from its own step to the newest (or `at`), as retention and norm per later step: the data
 * of a "how much of this entry is still held" chart. Releases apply as in readMemory.
 */
export function retentionOverTime(
  model: MemoryModel,
  entries: readonly MemoryEntry[],
  releases: readonly Release[],
  index: number,
  options: { at?: number } = {},
): RetentionPoint[] {
  return retentionOverRun(runMemory(model, entries, releases), entries, index, options);
}

export type RetentionPoint = { index: number; date: string; kappaNorm: number; retention: number };

/** `retentionOverTime` from a run already made (cheap: O((T − index) · H²)). */
export function retentionOverRun(
  run: SequenceRun,
  entries: readonly { date: string }[],
  index: number,
  options: { at?: number } = {},
): RetentionPoint[] {
  const T = options.at ?? run.steps - 1;
  const rows = contributionOverTime(run, index, T);
  const H = run.units;
  const written = writtenStrength(run, index);
  const out: RetentionPoint[] = [];
  for (let t = index; t <= T; t++) {
    const kappaNorm = norm(rows, (t - index) * H, H);
    out.push({ index: t, date: entries[t]!.date, kappaNorm, retention: written > 0 ? kappaNorm / written : 0 });
  }
  return out;
}

// ---- JSON-safe storage ----

export type MemoryModelJson = {
  format: "cellstate-memory";
  formatVersion: number;
  kind: "prior" | "trained";
  entriesUsed: number;
  trainerVersion: number;
  weights: { inputDim: number; units: number; kernel: number[]; recurrentKernel: number[]; bias: number[] };
  head: {
    alpha: number;
    embeddingDim: number;
    outKernel: number[];
    outBias: number[];
    moodKernel: number[];
    moodBias: number;
  };
  metrics: TrainingMetrics | null;
};

/** Plain numbers only; Float32 values survive the round trip exactly (JSON prints doubles losslessly). */
export function serializeModel(model: MemoryModel): MemoryModelJson {
  const w = model.weights;
  const h = model.head;
  return {
    format: "cellstate-memory",
    formatVersion: model.formatVersion,
    kind: model.kind,
    entriesUsed: model.entriesUsed,
    trainerVersion: model.trainerVersion,
    weights: {
      inputDim: w.inputDim,
      units: w.units,
      kernel: Array.from(w.kernel),
      recurrentKernel: Array.from(w.recurrentKernel),
      bias: Array.from(w.bias),
    },
    head: {
      alpha: h.alpha,
      embeddingDim: h.embeddingDim,
      outKernel: Array.from(h.outKernel),
      outBias: Array.from(h.outBias),
      moodKernel: Array.from(h.moodKernel),
      moodBias: h.moodBias,
    },
    metrics: model.metrics,
  };
}

function numbers(value: unknown, length: number, name: string): Float32Array {
  if (
    !Array.isArray(value) ||
    value.length !== length ||
    !value.every((v) => typeof v === "number" && Number.isFinite(v))
  ) {
    throw new TypeError(`stored memory model: ${name} must be ${length} finite numbers`);
  }
  return Float32Array.from(value as number[]);
}

function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(`stored memory model: ${name} must be a positive integer`);
  }
  return value;
}

/** Parse stored data back into a model; throws a TypeError on anything malformed or of another format version. */
export function deserializeModel(json: unknown): MemoryModel {
  const o = json as Partial<MemoryModelJson> | null;
  if (!o || typeof o !== "object" || o.format !== "cellstate-memory") {
    throw new TypeError("stored memory model: not a cellstate-memory object");
  }
  if (o.formatVersion !== MEMORY_FORMAT_VERSION) {
    throw new TypeError(
      `stored memory model: format version ${String(o.formatVersion)} is not ${MEMORY_FORMAT_VERSION}`,
    );
  }
  if (o.kind !== "prior" && o.kind !== "trained") throw new TypeError("stored memory model: bad kind");
  const w = o.weights;
  const h = o.head;
  if (!w || !h) throw new TypeError("stored memory model: weights and head are required");
  const inputDim = positiveInteger(w.inputDim, "weights.inputDim");
  const units = positiveInteger(w.units, "weights.units");
  const D = positiveInteger(h.embeddingDim, "head.embeddingDim");
  const weights: LstmWeights = {
    inputDim,
    units,
    kernel: numbers(w.kernel, inputDim * 4 * units, "weights.kernel"),
    recurrentKernel: numbers(w.recurrentKernel, units * 4 * units, "weights.recurrentKernel"),
    bias: numbers(w.bias, 4 * units, "weights.bias"),
  };
  validateWeights(weights);
  if (typeof h.alpha !== "number" || !(h.alpha > 0 && h.alpha < 1))
    throw new TypeError("stored memory model: bad alpha");
  if (typeof h.moodBias !== "number" || !Number.isFinite(h.moodBias)) {
    throw new TypeError("stored memory model: bad moodBias");
  }
  const head: PredictionHead = {
    alpha: h.alpha,
    embeddingDim: D,
    outKernel: numbers(h.outKernel, units * D, "head.outKernel"),
    outBias: numbers(h.outBias, D, "head.outBias"),
    moodKernel: numbers(h.moodKernel, units, "head.moodKernel"),
    moodBias: h.moodBias,
  };
  return {
    formatVersion: MEMORY_FORMAT_VERSION,
    kind: o.kind,
    weights,
    head,
    metrics: o.kind === "trained" ? ((o.metrics ?? null) as TrainingMetrics | null) : null,
    entriesUsed: typeof o.entriesUsed === "number" ? o.entriesUsed : 0,
    trainerVersion: typeof o.trainerVersion === "number" ? o.trainerVersion : 0,
  };
}
