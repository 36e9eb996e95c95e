// Training a user's memory: a plain async function over plain arrays, so a worker can call it. The protocol
// (README, "Training" and "Evaluation"):
//
// 1. Split chronologically 70 / 15 / 15 (split.ts). α of the EMA skip is chosen on the training part.
// 2. Selection: fit on the training part, score every epoch on the validation part (trainer.ts), keep the best
//    epoch count E.
// 3. Test report: fit on train + validation for E epochs and evaluate on the test part (evaluate.ts): next-entry
//    loss against repeat-last, the EMA (= the constant-gate cell) and a plain tfjs LSTM (fitted on the training
//    part, its own epoch chosen on validation), and the age-matched AUC of retention against the similarity
//    baseline. With `report: "selection"` the report is of the selection fit at epoch E instead (fitted on the
//    training part like the plain LSTM), which saves this fit: about a quarter of the whole time.
// 4. Refit on every entry for E epochs: the stored weights (0 epochs, the constant-gate cell, when the test part
//    showed it better on neither prediction nor retention). Timescales are read from them.
//
// Return labels come only from the data each fit is given (its θ too); the test part is never used to choose.

import * as tf from "@tensorflow/tfjs";
import { ensureBackend } from "./backend";
import type { BootstrapOptions } from "./bootstrap";
import { runSequence, type LstmWeights } from "./cell";
import { predictionReport, retentionReport } from "./evaluate";
import type { MemoryEntry } from "./features";
import { finiteOrNull, type TrainingMetrics } from "./metrics";
import { DEFAULT_LOSS_WEIGHTS } from "./objective";
import type { PredictionHead } from "./prediction-head";
import { lastReturns, returnThreshold } from "./returns";
import { chronologicalSplit, MIN_ENTRIES_TO_TRAIN } from "./split";
import { timescales } from "./timescales";
import { chunkCell } from "./chunk-cell-op";
import { fitCell, type FitOptions } from "./trainer";
import { trainingData } from "./training-data";

/** 3: the trainer with hand-written gradients (chunk-cell-op.ts, rank-loss-op.ts): same losses and rules. */
const TRAINER_VERSION = 3;

export type TrainOptions = FitOptions & {
  /** Fit the plain tfjs LSTM baseline (one more fit; on by default). */
  plainBaseline?: boolean;
  /**
   * Which weights the test report is of: "trainValidation" (default), a fit on train + validation for the chosen
   * number of epochs; or "selection", the selection fit at that epoch (no extra fit; see the README, "Measured").
   */
  report?: "trainValidation" | "selection";
  bootstrap?: BootstrapOptions;
  /** Called after each phase with its wall time (for benchmarks). */
  onPhase?: (phase: TrainPhase, ms: number) => void;
};

type TrainPhase = "data" | "selection" | "trainValidation" | "plain" | "refit" | "evaluation";

export type { TrainingMetrics } from "./metrics";

type TrainedMemory = {
  weights: LstmWeights;
  head: PredictionHead;
  metrics: TrainingMetrics;
  version: number;
};

/**
 * The cell as training runs it (tfjs projection x·K + b, then chunk-cell-op.ts) over one sequence as a single
 * chunk, returning plain arrays: h for every step [T × H] and the final c. Used by tests to check that the
 * training graph is the model the plain-TS pass shows.
 */
export async function forwardTf(
  weights: LstmWeights,
  xs: readonly ArrayLike<number>[],
): Promise<{ h: Float32Array; c: Float32Array }> {
  await ensureBackend();
  const T = xs.length;
  const H = weights.units;
  const c = new Float32Array(H);
  const h = tf.tidy(() => {
    const flat = new Float32Array(T * weights.inputDim);
    xs.forEach((x, t) => flat.set(Array.from(x), t * weights.inputDim));
    const X = tf.tensor2d(flat, [T, weights.inputDim]);
    const xw = tf.add(tf.matMul(X, tf.tensor2d(weights.kernel, [weights.inputDim, 4 * H])), tf.tensor1d(weights.bias));
    const zero = new Float32Array(H);
    return chunkCell(xw as tf.Tensor2D, tf.tensor2d(weights.recurrentKernel, [H, 4 * H]), zero, zero, 1, T, c);
  });
  const result = { h: (await h.data()) as Float32Array, c };
  h.dispose();
  return result;
}

/**
 * Train the memory cell on one user's entries (in date order). Needs at least MIN_ENTRIES_TO_TRAIN entries; below
 * that use the prior (prior.ts). Deterministic for the same entries and options.
 */
export async function trainMemory(entries: readonly MemoryEntry[], options: TrainOptions = {}): Promise<TrainedMemory> {
  const started = performance.now();
  const T = entries.length;
  if (T < MIN_ENTRIES_TO_TRAIN) throw new RangeError(`training needs ${MIN_ENTRIES_TO_TRAIN} entries, got ${T}`);
  const backend = await ensureBackend();
  const split = chronologicalSplit(T);
  let lap = performance.now();
  const phase = (name: TrainPhase) => {
    const now = performance.now();
    options.onPhase?.(name, now - lap);
    lap = now;
  };
  const data = trainingData(entries, split.trainEnd);
  const theta = (limit: number) => returnThreshold(data.candidates, limit);
  phase("data");

  const selection = await fitCell(
    data,
    { variant: "memory", fitEnd: split.trainEnd, validationEnd: split.validationEnd, threshold: theta(split.trainEnd) },
    options,
  );
  phase("selection");
  const epochs = selection.epoch;
  const reported =
    options.report === "selection"
      ? { threshold: theta(split.trainEnd), fit: selection }
      : {
          threshold: theta(split.validationEnd),
          fit: await fitCell(
            data,
            { variant: "memory", fitEnd: split.validationEnd, epochs, threshold: theta(split.validationEnd) },
            options,
          ),
        };
  if (options.report !== "selection") phase("trainValidation");
  let plain: { weights: LstmWeights; head: PredictionHead; epochs: number } | null = null;
  if (options.plainBaseline ?? true) {
    // Fitted on the training part with its epoch chosen on validation, and not refitted on train + validation:
    // a second fit would double its cost (it needs many epochs from a standard start) for a baseline.
    const chosen = await fitCell(
      data,
      { variant: "plain", fitEnd: split.trainEnd, validationEnd: split.validationEnd, threshold: null },
      options,
    );
    plain = { weights: chosen.weights, head: chosen.head, epochs: chosen.epoch };
    phase("plain");
  }
  const reportedRun = runSequence(reported.fit.weights, data.xs);
  const report = predictionReport(data, split, reportedRun, reported.fit.head, plain, options.bootstrap);
  const retention = retentionReport(data, split, reportedRun, reported.threshold, options.bootstrap);
  phase("evaluation");

  // A cell that beat its constant-gate start on neither count (prediction, what comes back) is not stored: its
  // gates would read as meaning something (on a month of entries they drift to i ≈ 0, f ≈ 1) when the test part
  // says they do not. The constant-gate cell is stored instead (0 epochs: the EMA it started from).
  const helps = report.prediction.vsEma.verdict === "better" || retention.modelAboveChance.verdict === "better";
  const refitEpochs = helps ? epochs : 0;
  const allTheta = theta(T);
  const stored = await fitCell(
    data,
    { variant: "memory", fitEnd: T, epochs: refitEpochs, threshold: allTheta },
    options,
  );
  phase("refit");
  const storedRun = runSequence(stored.weights, data.xs);
  const scales = timescales(storedRun, data.days, data.readable, lastReturns(data.candidates, T, allTheta));
  const metrics: TrainingMetrics = {
    split: {
      train: split.trainEnd,
      validation: split.validationEnd - split.trainEnd,
      test: T - split.validationEnd,
    },
    selection: {
      epochsRun: selection.epochsRun,
      chosenEpoch: epochs,
      stopReason: selection.stopReason,
      validation: { ...selection.validation!, next: finiteOrNull(selection.validation!.next) },
    },
    refitEpochs,
    ...report,
    retention,
    timescales: scales,
    lossWeights: { ...DEFAULT_LOSS_WEIGHTS, ...options.lossWeights },
    entriesUsed: T,
    backend,
    trainMs: performance.now() - started,
  };
  return { weights: stored.weights, head: stored.head, metrics, version: TRAINER_VERSION };
}
