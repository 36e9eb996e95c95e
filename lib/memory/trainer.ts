// One fit of the cell with tfjs: the chunked trainer every fit of train.ts runs (selection, train+validation,
// refit, and the plain LSTM baseline). This file is the epoch loop; its parts:
//
// - fit-variables.ts: the tfjs variables (start weights, heads), their Adam step with the weight decay, and
//   reading them back as plain arrays.
// - entry-chunks.ts: next entry (and mood), chunks of `chunkLength` steps run side by side (truncated BPTT),
//   `chunksPerBatch` per Adam step, each from the exact state of the epoch's pass; the cell over them is one op
//   with its BPTT written out (chunk-cell-op.ts), which also runs that pass.
// - rank-batches.ts: the ranking head's windows (variant "memory"), a run of them per Adam step; their loss is
//   one op with its gradient written out (rank-loss-op.ts).
// - epoch-choice.ts: with `validationEnd`, every epoch (0 = the start) is scored on the validation part and the
//   kept epoch is chosen there (lowest next-entry loss, or the best AUC within 1% of it); patience stops it.
//   With `epochs`, exactly that many are run and the last weights are returned.
//
// Steps per epoch: ⌈chunks / chunksPerBatch⌉, at most MAX_STEPS_PER_EPOCH (longer journals get bigger batches);
// each step also takes a run of at most MAX_WINDOWS_PER_STEP consecutive ranking windows. Deterministic: seeded
// initialisation, chunk and window order; no time-dependent choice unless the time budget is hit. Every tensor
// is made in tf.tidy or disposed in a finally.

import * as tf from "@tensorflow/tfjs";
import type { LstmWeights, SequenceRun } from "./cell";
import { trainingPass } from "./chunk-cell-op";
import { chunkBatch, chunkLoss, chunkTensors, entryChunks, meanFittedMood } from "./entry-chunks";
import { choose, patienceRule, scoreEpoch, validationSet, type ValidationLosses } from "./epoch-choice";
import { fitVariables } from "./fit-variables";
import { seededRandom } from "./initial-weights";
import { DEFAULT_LOSS_WEIGHTS, type LossWeights } from "./objective";
import type { PredictionHead } from "./prediction-head";
import { stepWindows, trainingWindows, windowLoss, windowTensors } from "./rank-batches";
import { windowBatch } from "./rank-windows";
import type { TrainingData } from "./training-data";

export type FitOptions = {
  /** Hidden units H (16–64). Default 32. */
  units?: number;
  /** Most epochs when choosing on validation. Default 30. */
  maxEpochs?: number;
  /** Stop after this many epochs improving neither validation score (epoch-choice.ts). Defaults 5 and 0.001. */
  patience?: number;
  minRelativeImprovement?: number;
  /** Adam learning rate. Default 0.01. */
  learningRate?: number;
  /** Truncated-BPTT length. Default 8. */
  chunkLength?: number;
  /** Chunks per Adam step (16 × 8 = 128 entries), up to MAX_STEPS_PER_EPOCH steps. Default 16. */
  chunksPerBatch?: number;
  /** Loss weights (objective.ts). */
  lossWeights?: Partial<LossWeights>;
  /** Seed of the initialisation and of the chunk and window order. Default 1. */
  seed?: number;
  /** Hard cap on one fit's wall time; hitting it makes the result timing-dependent. Default 30 s. */
  timeBudgetMs?: number;
  onEpoch?: (info: { epoch: number; validationLoss: number; auc: number | null; best: boolean }) => void;
};

type FitSpec = {
  /** "memory": EMA-equivalent start, EMA skip, mood and ranking heads. "plain": standard init, next entry only. */
  variant: "memory" | "plain";
  /** Entries [0, fitEnd) are fitted; labels come from them only. */
  fitEnd: number;
  /** Choose the epoch on targets [fitEnd, validationEnd) (labels from entries before validationEnd). */
  validationEnd?: number;
  /** Or run exactly this many epochs. */
  epochs?: number;
  /** θ of the return labels (returns.ts), from the training data. */
  threshold: number | null;
  /** Continue from these weights instead of the variant's start. */
  start?: { weights: LstmWeights; head: PredictionHead };
};

const MAX_STEPS_PER_EPOCH = 6;

type CellFit = {
  weights: LstmWeights;
  head: PredictionHead;
  /** The kept epoch (0 = the start). */
  epoch: number;
  epochsRun: number;
  stopReason: "patience" | "maxEpochs" | "timeBudget" | "fixed";
  validation: ValidationLosses | null;
  ms: number;
};

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const r = Math.floor(random() * (k + 1));
    [order[k], order[r]] = [order[r]!, order[k]!];
  }
  return order;
}

export async function fitCell(data: TrainingData, spec: FitSpec, options: FitOptions = {}): Promise<CellFit> {
  const started = performance.now();
  const H = options.units ?? 32;
  const maxEpochs = spec.epochs ?? options.maxEpochs ?? 30;
  const patience = options.patience ?? 5;
  const minRelativeImprovement = options.minRelativeImprovement ?? 0.001;
  const L = options.chunkLength ?? 8;
  const chunksPerBatch = options.chunksPerBatch ?? 16;
  const seed = options.seed ?? 1;
  const timeBudgetMs = options.timeBudgetMs ?? 30_000;
  const memory = spec.variant === "memory";
  const weightsOf = { ...DEFAULT_LOSS_WEIGHTS, ...options.lossWeights };
  const w = memory ? weightsOf : { mood: 0, rank: 0, weightDecay: weightsOf.weightDecay };
  const { D, F, xs, alpha } = data;
  const fitEnd = spec.fitEnd;
  const runEnd = spec.validationEnd ?? fitEnd;

  const chunks = entryChunks(data, fitEnd, L, memory);
  const K = chunks.K;
  const batches = Math.max(1, Math.min(MAX_STEPS_PER_EPOCH, Math.ceil(K / chunksPerBatch)));
  const ranked = memory && w.rank > 0;
  const layout = ranked ? trainingWindows(data, fitEnd, spec.threshold) : null;
  const validation =
    spec.validationEnd !== undefined
      ? validationSet(data, fitEnd, spec.validationEnd, spec.threshold, memory, w.mood, ranked)
      : null;

  const random = seededRandom(seed + 0x9e3779b9);
  const adam = { learningRate: options.learningRate ?? 0.01, weightDecay: w.weightDecay };
  const state = fitVariables({ memory, F, H, D, alpha }, meanFittedMood(data, fitEnd), seed, adam, spec.start);
  const { v, trainable } = state;
  const allX = tf.tensor2d(data.allX.subarray(0, runEnd * F), [runEnd, F]);

  // The exact pass of the current weights over the run's steps (its input projection from tfjs).
  const pass = (weights: LstmWeights): SequenceRun => {
    const projection = tf.tidy(() => tf.add(tf.matMul(allX, v.kernel), v.bias));
    try {
      return trainingPass(projection.dataSync() as Float32Array, weights.recurrentKernel, H, runEnd);
    } finally {
      projection.dispose();
    }
  };

  const step = (chunkIds: number[], windowRange: [number, number], run: SequenceRun) => {
    const batch = chunkBatch(chunks, chunkIds, run, memory);
    const windows =
      layout && windowRange[1] > windowRange[0]
        ? windowBatch(layout, windowRange[0], windowRange[1], xs, run.h, H)
        : null;
    const ranks = windows !== null && windows.pairs > 0;
    if (batch.targets === 0 && !(w.mood > 0 && batch.moods > 0) && !ranks) {
      state.update({}); // nothing to fit in this batch but the weight decay
      return;
    }
    tf.tidy(() => {
      const ct = chunkTensors(batch, L, F, D);
      const wt = ranks ? windowTensors(windows, layout!.width, F, H) : null;
      const { grads } = tf.variableGrads(() => {
        let loss = chunkLoss(ct, batch, L, v, w.mood);
        if (wt) loss = tf.add(loss, tf.mul(w.rank, windowLoss(wt, v)));
        return loss as tf.Scalar;
      }, trainable);
      state.update(grads);
    });
  };

  type Kept = { epoch: number; weights: LstmWeights; head: PredictionHead; losses: ValidationLosses | null };
  const seen: Kept[] = [];
  const outOfPatience = patienceRule(patience, minRelativeImprovement);
  let last: Kept | null = null;
  let epoch = 0;
  let stopReason: CellFit["stopReason"] = spec.epochs !== undefined ? "fixed" : "maxEpochs";
  try {
    for (;;) {
      const current = state.read();
      if (!validation && epoch >= maxEpochs) {
        last = { epoch, ...current, losses: null };
        break;
      }
      const run = pass(current.weights);
      if (validation) {
        const losses = scoreEpoch(data, validation, run, current.head);
        seen.push({ epoch, ...current, losses });
        options.onEpoch?.({ epoch, validationLoss: losses.next, auc: losses.auc, best: false });
        if (outOfPatience(epoch, losses)) {
          stopReason = "patience";
          break;
        }
      }
      if (epoch >= maxEpochs) break;
      if (performance.now() - started > timeBudgetMs) {
        stopReason = "timeBudget";
        // Without a validation set nothing was kept yet: the weights reached so far are the fit.
        if (!validation) last = { epoch, ...current, losses: null };
        break;
      }
      const chunkOrder = shuffled(K, random);
      const blockOrder = shuffled(batches, random);
      for (let b = 0; b < batches; b++) {
        const ids = chunkOrder.slice(Math.floor((b * K) / batches), Math.floor(((b + 1) * K) / batches));
        step(ids, stepWindows(layout, blockOrder[b]!, batches, random), run);
      }
      epoch++;
    }
  } finally {
    state.dispose();
    allX.dispose();
  }
  const best = validation ? choose(seen, ranked) : last!;
  return {
    weights: best.weights,
    head: best.head,
    epoch: best.epoch,
    epochsRun: epoch,
    stopReason,
    validation: best.losses,
    ms: performance.now() - started,
  };
}
