// The one entry point the app uses: fit a user's memory (prior or trained), read it for the panel, advance it by
// one step when an entry is saved, and store it as JSON-safe data.
//
// The read path (readMemory, runMemory/extendMemoryRun/readRun, (de)serialise) is plain TypeScript; tfjs is only loaded, with a
// dynamic import, when fitMemory actually trains, so pages that read stored state never pull in tfjs.

import {
  entryFeatures,
  buildFeatures,
  embeddingDim,
  EXTRA_FEATURE_COUNT,
  unscaleMood,
  type MemoryEntry,
} from "./features";
import { norm } from "../vectors";
import { extendRun, rowMean, runSequence, type Release, type SequenceRun } from "./cell";
import {
  contributions,
  driverScore,
  logRetentions,
  remainingShares,
  surfaceGain,
  writtenStrength,
} from "./contributions";
import { MEMORY_FORMAT_VERSION, type MemoryModel } from "./model-json";
import { predictMoodScaled, type PredictionHead } from "./prediction-head";
import { DEFAULT_UNITS, priorModel } from "./prior";
import { MIN_ENTRIES_TO_TRAIN } from "./split";
import type { TrainOptions } from "./train";

export type { MemoryEntry } from "./features";
export type { Release, SequenceRun } from "./cell";
export type { TrainingMetrics } from "./metrics";
export type { TrainOptions } from "./train";
export { MEMORY_FORMAT_VERSION, parseStoredModel, serializeModel, type MemoryModel } from "./model-json";
export { memoryStatus, type MemoryStatus } from "./status";

/** Embedding size assumed for a user with no entries yet (the offline 100-d word vectors). */
const DEFAULT_EMBEDDING_DIM = 100;

type EntryReading = {
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

type MemoryReading = {
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

function checkEntries(model: MemoryModel, entries: readonly MemoryEntry[]): void {
  const D = embeddingDim(entries);
  if (entries.length > 0 && D !== model.head.embeddingDim) {
    throw new RangeError(`model expects ${model.head.embeddingDim}-dim embeddings, entries have ${D}: refit`);
  }
  if (model.weights.inputDim !== model.head.embeddingDim + EXTRA_FEATURE_COUNT) {
    throw new RangeError(`model was made for other inputs (inputDim ${model.weights.inputDim}): refit`);
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
 * all entries, tested). `before` are the entries before it in date order (its features read their last 60 days:
 * the gap, the similarity to the previous 14 days and how often its themes came up); `releasesHere` the parts
 * let go at its step.
 */
export function extendMemoryRun(
  model: MemoryModel,
  run: SequenceRun,
  entry: MemoryEntry,
  before: readonly MemoryEntry[],
  releasesHere: readonly Release[] = [],
): SequenceRun {
  if (entry.embedding.length !== model.head.embeddingDim) {
    throw new RangeError(
      `model expects ${model.head.embeddingDim}-dim embeddings, entry has ${entry.embedding.length}`,
    );
  }
  return extendRun(model.weights, run, entryFeatures(entry, before), releasesHere);
}

/** Everything the panel reads, from a run over `entries` (cheap: O(T·H)). */
function readRun(
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
