// Training a user's memory cell with tfjs: a plain async function over plain arrays, so a worker can call it.
//
// Design (see README.md and ../../shared/memory-model.md):
// - Start from the best moving average. α is chosen on the training part (baselines.ts); the cell starts
//   EMA-equivalent (constant gates i = α, f = 1 − α) and the prediction is the EMA plus a correction W_out·h_t that
//   starts at zero. Epoch 0 therefore predicts exactly the best EMA.
// - Early stopping on the held-out loss, epoch 0 included, keeps the best epoch with a strict "<": the result is
//   never worse than the EMA on the held-out entries, by construction. The held-out part both selects the epoch
//   and reports the loss, so small improvements are optimistic: `comparison.verdict` says "better" only when the
//   paired per-entry improvement over the EMA is significant (one-sided, 1.645 standard errors).
// - Speed: no tf.layers.fit on sliding windows (45–200 s for a year). The training part is cut into chunks of
//   `chunkLength` steps that run side by side as a batch (truncated BPTT), `chunksPerBatch` chunks per gradient
//   step (a year of entries is one step per epoch; 3,000 entries are 8). Each chunk starts from the exact state
//   the current weights give at its first step, taken from the plain-TS pass over the whole sequence that also
//   computes the held-out loss after every epoch. Only `chunkLength` steps are unrolled in tfjs.
// - Regularisation: L2 weight decay on the kernels and heads (the cell has ~20k weights for a few hundred
//   targets); measured on synthetic journals it turns an overfit after 7 epochs into a learned weekly rhythm.
// - Loss: cosine distance to the next embedding, plus `moodWeight` × masked MSE of the next mood (scaled -1..1)
//   where moods exist.
// - Deterministic: seeded initialisation, fixed op order, no time-dependent choices unless the time budget is hit.

import * as tf from "@tensorflow/tfjs";
import { ensureBackend, type MemoryBackend } from "./backend";
import { computeBaselines, emaSeries } from "./baselines";
import { buildFeatures, embeddingDim, scaleMood, type MemoryEntry } from "./features";
import { emaEquivalentWeights, seededRandom } from "./initial-weights";
import { runSequence, type LstmWeights, type SequenceRun } from "./cell";
import { emaHead, moodLoss, predictionLoss, predictionLosses, type PredictionHead } from "./prediction-head";
import { heldOutCount, MIN_ENTRIES_TO_TRAIN } from "./split";

export const TRAINER_VERSION = 1;

export type TrainOptions = {
  /** Hidden units H (16–64). Default 32. */
  units?: number;
  /** Most epochs (passes over the training part). Default 60. */
  maxEpochs?: number;
  /**
   * Stop after this many epochs without the held-out loss improving by more than `minRelativeImprovement` of the
   * loss at the last such improvement (smaller gains still update the kept weights). Defaults 10 and 0.001.
   */
  patience?: number;
  minRelativeImprovement?: number;
  /** Adam learning rate. Default 0.01. */
  learningRate?: number;
  /** Truncated-BPTT length: steps unrolled per chunk. Default 16. */
  chunkLength?: number;
  /** Chunks per gradient step (minibatch); with the default 16 × 24 ≈ a year of entries per step. Default 24. */
  chunksPerBatch?: number;
  /** Weight of the masked mood MSE next to the cosine loss. Default 0.5. */
  moodWeight?: number;
  /** L2 penalty on the kernels and the heads' weights (not biases), per weight, summed. Default 0.003. */
  weightDecay?: number;
  /** Seed of the initial candidate projection. Default 1. */
  seed?: number;
  /** Hard cap on wall time; hitting it makes the result timing-dependent. Default 60 s. */
  timeBudgetMs?: number;
  /** Called after each evaluated epoch (progress for a job runner). */
  onEpoch?: (info: { epoch: number; heldOutLoss: number; best: boolean }) => void;
};

export type TrainingMetrics = {
  /** Cosine loss on the training targets at the chosen epoch. */
  trainLoss: number;
  /** Cosine loss on the held-out targets at the chosen epoch (≤ baselines.ema.loss by construction). */
  heldOutLoss: number;
  baselines: { repeatLast: number; ema: { alpha: number; loss: number } };
  /**
   * Paired comparison with the EMA on the held-out targets: relative improvement (ema − model) / ema, the standard
   * error of the mean per-target difference, and the verdict: "better" only when the model's mean loss is lower
   * by more than 1.645 standard errors (one-sided 95%; the held-out part also chose the epoch, so small wins are
   * noise).
   */
  comparison: { improvement: number; standardError: number; verdict: "better" | "tie" };
  /** Held-out mood MSE (scaled -1..1) of the model and of predicting the training mean; null without moods. */
  mood: { heldOutMse: number | null; meanBaselineMse: number | null };
  /** Epochs run (passes over the training part; ceil(chunks / chunksPerBatch) gradient steps each). */
  epochs: number;
  /** The epoch whose weights were kept (0 = the EMA-equivalent start). */
  bestEpoch: number;
  stoppedEarly: boolean;
  stopReason: "patience" | "maxEpochs" | "timeBudget";
  entriesUsed: number;
  heldOutCount: number;
  backend: MemoryBackend;
  trainMs: number;
};

export type TrainedMemory = {
  weights: LstmWeights;
  head: PredictionHead;
  metrics: TrainingMetrics;
  version: number;
};

type Variables = {
  kernel: tf.Variable;
  recurrentKernel: tf.Variable;
  bias: tf.Variable;
  outKernel: tf.Variable;
  outBias: tf.Variable;
  moodKernel: tf.Variable;
  moodBias: tf.Variable;
};

function readWeights(v: Variables, inputDim: number, units: number, embeddingDimension: number, alpha: number) {
  const copy = (t: tf.Variable) => Float32Array.from(t.dataSync() as Float32Array);
  const weights: LstmWeights = {
    inputDim,
    units,
    kernel: copy(v.kernel),
    recurrentKernel: copy(v.recurrentKernel),
    bias: copy(v.bias),
  };
  const head: PredictionHead = {
    alpha,
    embeddingDim: embeddingDimension,
    outKernel: copy(v.outKernel),
    outBias: copy(v.outBias),
    moodKernel: copy(v.moodKernel),
    moodBias: copy(v.moodBias)[0]!,
  };
  return { weights, head };
}

/**
 * The LSTM cell as tf ops on the tfjs weight layout, for a batch of sequences given as precomputed input
 * projections (one [batch × 4H] tensor per step). Returns h for every step. Call inside tf.tidy.
 */
function unroll(
  inputProjections: tf.Tensor2D[],
  recurrentKernel: tf.Tensor2D,
  h0: tf.Tensor2D,
  c0: tf.Tensor2D,
): { hs: tf.Tensor2D[]; c: tf.Tensor2D } {
  let h = h0;
  let c = c0;
  const hs: tf.Tensor2D[] = [];
  for (const xw of inputProjections) {
    const z = tf.add(xw, tf.matMul(h, recurrentKernel));
    const [zi, zf, zg, zo] = tf.split(z, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    c = tf.add(tf.mul(tf.sigmoid(zf), c), tf.mul(tf.sigmoid(zi), tf.tanh(zg)));
    h = tf.mul(tf.sigmoid(zo), tf.tanh(c));
    hs.push(h);
  }
  return { hs, c };
}

/**
 * The same cell run in tfjs over one sequence (batch 1), returning plain arrays: h for every step [T × H] and the
 * final c. Used by tests to check that the training graph is the model the plain-TS pass shows.
 */
export async function forwardTf(
  weights: LstmWeights,
  xs: readonly ArrayLike<number>[],
): Promise<{ h: Float32Array; c: Float32Array }> {
  await ensureBackend();
  const T = xs.length;
  const H = weights.units;
  const [h, c] = tf.tidy(() => {
    const flat = new Float32Array(T * weights.inputDim);
    xs.forEach((x, t) => flat.set(Array.from(x), t * weights.inputDim));
    const X = tf.tensor2d(flat, [T, weights.inputDim]);
    const xw = tf.add(tf.matMul(X, tf.tensor2d(weights.kernel, [weights.inputDim, 4 * H])), tf.tensor1d(weights.bias));
    const steps = tf.unstack(xw.reshape([T, 1, 4 * H])) as tf.Tensor2D[];
    const zero = tf.zeros([1, H]) as tf.Tensor2D;
    const out = unroll(steps, tf.tensor2d(weights.recurrentKernel, [H, 4 * H]), zero, zero);
    return [tf.concat(out.hs, 0), out.c];
  });
  const result = { h: (await h.data()) as Float32Array, c: (await c.data()) as Float32Array };
  h.dispose();
  c.dispose();
  return result;
}

function compareWithEma(model: Float64Array, ema: Float64Array): TrainingMetrics["comparison"] {
  const n = model.length;
  let sumDiff = 0;
  let sumEma = 0;
  for (let k = 0; k < n; k++) {
    sumDiff += ema[k]! - model[k]!;
    sumEma += ema[k]!;
  }
  const meanDiff = sumDiff / n;
  let ss = 0;
  for (let k = 0; k < n; k++) ss += (ema[k]! - model[k]! - meanDiff) ** 2;
  const standardError = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Infinity;
  const improvement = sumEma > 0 ? sumDiff / sumEma : 0;
  return { improvement, standardError, verdict: meanDiff > 1.645 * standardError ? "better" : "tie" };
}

/**
 * Train the memory cell on one user's entries (in date order). Needs at least MIN_ENTRIES_TO_TRAIN entries; below
 * that use the prior (prior.ts). The newest heldOutCount(T) entries are held out for early stopping and reporting.
 */
export async function trainMemory(entries: readonly MemoryEntry[], options: TrainOptions = {}): Promise<TrainedMemory> {
  const started = performance.now();
  const T = entries.length;
  if (T < MIN_ENTRIES_TO_TRAIN) throw new RangeError(`training needs ${MIN_ENTRIES_TO_TRAIN} entries, got ${T}`);
  const units = options.units ?? 32;
  const maxEpochs = options.maxEpochs ?? 60;
  const patience = options.patience ?? 10;
  const minRelativeImprovement = options.minRelativeImprovement ?? 0.001;
  const learningRate = options.learningRate ?? 0.01;
  const L = options.chunkLength ?? 16;
  const chunksPerBatch = options.chunksPerBatch ?? 24;
  const moodWeight = options.moodWeight ?? 0.5;
  const seed = options.seed ?? 1;
  const weightDecay = options.weightDecay ?? 0.003;
  const timeBudgetMs = options.timeBudgetMs ?? 60_000;

  const backend = await ensureBackend();
  const D = embeddingDim(entries);
  const xs = buildFeatures(entries);
  const inputDim = xs[0]!.length;
  const embeddings = entries.map((e) => e.embedding);
  const moods = entries.map((e) => scaleMood(e.mood));
  const nHeld = heldOutCount(T);
  const nTrain = T - nHeld;

  const baselines = computeBaselines(embeddings, nTrain);
  const alpha = baselines.ema.alpha;
  const ema = emaSeries(embeddings, alpha);
  const trainMoods = moods.slice(1, nTrain).filter((m): m is number => m !== null);
  const meanMood = trainMoods.length > 0 ? trainMoods.reduce((a, b) => a + b, 0) / trainMoods.length : 0;

  // Training data: prediction steps 0..nTrain−2 (targets 1..nTrain−1), cut into K chunks of L steps; the last
  // chunk is padded and its padding masked out. Row k·L + l of these arrays is step l of chunk k.
  const nSteps = nTrain - 1;
  const K = Math.ceil(nSteps / L);
  const rows = K * L;
  const Xc = new Float32Array(rows * inputDim);
  const Yc = new Float32Array(rows * D);
  const Ec = new Float32Array(rows * D);
  const mask = new Float32Array(rows);
  const moodTarget = new Float32Array(rows);
  const moodMask = new Float32Array(rows);
  for (let t = 0; t < nSteps; t++) {
    Xc.set(xs[t]!, t * inputDim);
    const y = embeddings[t + 1]!;
    let n = 0;
    for (let d = 0; d < D; d++) n += y[d]! * y[d]!;
    const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let d = 0; d < D; d++) {
      Yc[t * D + d] = y[d]! * scale;
      Ec[t * D + d] = ema[t * D + d]!;
    }
    mask[t] = 1;
    const m = moods[t + 1];
    if (m !== null && m !== undefined) {
      moodTarget[t] = m;
      moodMask[t] = 1;
    }
  }
  // Minibatches of whole chunks, reshuffled (seeded) every epoch: about a year of entries per gradient step, so a
  // long journal gets several steps per epoch instead of one slow one.
  const batches = Math.ceil(K / chunksPerBatch);
  const shuffle = seededRandom(seed + 0x9e3779b9);

  const init = emaEquivalentWeights(inputDim, units, alpha, seed);
  const H = units;
  const H4 = 4 * H;
  const allX = new Float32Array(T * inputDim);
  xs.forEach((x, t) => allX.set(x, t * inputDim));
  const constants = { allX: tf.tensor2d(allX, [T, inputDim]) };
  // tf.variable keeps its initial tensor alive as a separate tensor: tidy disposes it, not the variable.
  const variable = (make: () => tf.Tensor) => tf.tidy(() => tf.variable(make()));
  const v: Variables = {
    kernel: variable(() => tf.tensor2d(init.kernel, [inputDim, H4])),
    recurrentKernel: variable(() => tf.tensor2d(init.recurrentKernel, [H, H4])),
    bias: variable(() => tf.tensor1d(init.bias)),
    outKernel: variable(() => tf.zeros([H, D])),
    outBias: variable(() => tf.zeros([D])),
    moodKernel: variable(() => tf.zeros([H, 1])),
    moodBias: variable(() => tf.scalar(meanMood)),
  };
  const varList = Object.values(v);
  const optimizer = tf.train.adam(learningRate);

  type Batch = {
    chunks: number;
    X: tf.Tensor2D;
    Y: tf.Tensor2D;
    E: tf.Tensor2D;
    mask: tf.Tensor1D;
    moodTarget: tf.Tensor1D;
    moodMask: tf.Tensor1D;
    h0: tf.Tensor2D;
    c0: tf.Tensor2D;
    targets: number;
    moods: number;
  };

  /** The tensors of one minibatch; each chunk starts from the state (h, c) the last evaluation gave its step. */
  const makeBatch = (chunkIds: number[], run: { h: Float64Array; c: Float64Array }): Batch => {
    const n = chunkIds.length;
    const pick = (src: Float32Array, width: number) => {
      const out = new Float32Array(n * L * width);
      chunkIds.forEach((k, b) => out.set(src.subarray(k * L * width, (k + 1) * L * width), b * L * width));
      return out;
    };
    const h0 = new Float32Array(n * H);
    const c0 = new Float32Array(n * H);
    chunkIds.forEach((k, b) => {
      if (k === 0) return;
      const t = k * L - 1;
      h0.set(run.h.subarray(t * H, t * H + H), b * H);
      c0.set(run.c.subarray(t * H, t * H + H), b * H);
    });
    const m = pick(mask, 1);
    const mm = pick(moodMask, 1);
    return {
      chunks: n,
      X: tf.tensor2d(pick(Xc, inputDim), [n * L, inputDim]),
      Y: tf.tensor2d(pick(Yc, D), [n * L, D]),
      E: tf.tensor2d(pick(Ec, D), [n * L, D]),
      mask: tf.tensor1d(m),
      moodTarget: tf.tensor1d(pick(moodTarget, 1)),
      moodMask: tf.tensor1d(mm),
      h0: tf.tensor2d(h0, [n, H]),
      c0: tf.tensor2d(c0, [n, H]),
      targets: m.reduce((a, b) => a + b, 0),
      moods: mm.reduce((a, b) => a + b, 0),
    };
  };

  const lossOf = (batch: Batch) => (): tf.Scalar => {
    const rowsInBatch = batch.chunks * L;
    const xw = tf.add(tf.matMul(batch.X, v.kernel), v.bias).reshape([batch.chunks, L, H4]);
    const steps = tf.unstack(xw, 1) as tf.Tensor2D[];
    const { hs } = unroll(steps, v.recurrentKernel as tf.Tensor2D, batch.h0, batch.c0);
    const hAll = tf.stack(hs, 1).reshape([rowsInBatch, H]);
    const pred = tf.add(tf.add(batch.E, tf.matMul(hAll, v.outKernel)), v.outBias);
    const cos = tf.div(tf.sum(tf.mul(pred, batch.Y), 1), tf.sqrt(tf.add(tf.sum(tf.square(pred), 1), 1e-12)));
    let loss: tf.Scalar = tf.div(tf.sum(tf.mul(tf.sub(1, cos), batch.mask)), batch.targets);
    if (batch.moods > 0 && moodWeight > 0) {
      const moodPred = tf.add(tf.matMul(hAll, v.moodKernel).reshape([rowsInBatch]), v.moodBias);
      const moodErr = tf.sum(tf.mul(tf.square(tf.sub(moodPred, batch.moodTarget)), batch.moodMask));
      loss = tf.add(loss, tf.mul(moodWeight / batch.moods, moodErr));
    }
    if (weightDecay > 0) {
      const decayed = [v.kernel, v.recurrentKernel, v.outKernel, v.moodKernel].map((w) => tf.sum(tf.square(w)));
      loss = tf.add(loss, tf.mul(weightDecay, tf.addN(decayed)));
    }
    return loss;
  };

  // Per-epoch evaluation: the plain-TS pass over the whole sequence, with x·kernel + bias done by one tfjs matMul
  // (the O(T·D·H) part). Its held-out loss selects the epoch; its states start the chunks.
  const evaluate = (weights: LstmWeights, head: PredictionHead) => {
    const projection = tf.tidy(() => tf.add(tf.matMul(constants.allX, v.kernel), v.bias));
    let run: SequenceRun;
    try {
      run = runSequence(weights, xs, { inputProjection: projection.dataSync() });
    } finally {
      projection.dispose();
    }
    return { run, held: predictionLoss(head, run, embeddings, nTrain, T, ema) };
  };

  let start: { weights: LstmWeights; head: PredictionHead } | null = null;
  let best: { epoch: number; weights: LstmWeights; head: PredictionHead; held: number } | null = null;
  let progress = { epoch: 0, held: Infinity }; // the last improvement that counts for patience
  let epoch = 0;
  let stopReason: TrainingMetrics["stopReason"] = "maxEpochs";
  try {
    for (;;) {
      const current = readWeights(v, inputDim, units, D, alpha);
      start ??= current;
      const { run, held } = evaluate(current.weights, current.head);
      const improved = best === null || held < best.held;
      if (improved) best = { epoch, ...current, held };
      options.onEpoch?.({ epoch, heldOutLoss: held, best: improved });
      if (held < progress.held * (1 - minRelativeImprovement)) progress = { epoch, held };
      if (epoch - progress.epoch >= patience) {
        stopReason = "patience";
        break;
      }
      if (epoch >= maxEpochs) break;
      if (performance.now() - started > timeBudgetMs) {
        stopReason = "timeBudget";
        break;
      }
      const order = Array.from({ length: K }, (_, k) => k);
      for (let k = K - 1; k > 0; k--) {
        const r = Math.floor(shuffle() * (k + 1));
        [order[k], order[r]] = [order[r]!, order[k]!];
      }
      for (let b = 0; b < batches; b++) {
        const ids = order.slice(Math.floor((b * K) / batches), Math.floor(((b + 1) * K) / batches));
        const batch = makeBatch(ids, run);
        try {
          optimizer.minimize(lossOf(batch), false, varList);
        } finally {
          tf.dispose([batch.X, batch.Y, batch.E, batch.mask, batch.moodTarget, batch.moodMask, batch.h0, batch.c0]);
        }
      }
      epoch++;
    }
  } finally {
    optimizer.dispose();
    for (const t of varList) t.dispose();
    for (const t of Object.values(constants)) t.dispose();
  }

  // Final numbers from the exact Float64 pass (what the app will show). The selection above used Float32
  // projections; should that make the chosen epoch no better than the EMA in exact arithmetic, keep epoch 0.
  let chosen = { ...best!, run: runSequence(best!.weights, xs) };
  let held = predictionLoss(chosen.head, chosen.run, embeddings, nTrain, T, ema);
  if (chosen.epoch > 0 && !(held < baselines.ema.loss)) {
    chosen = { ...start!, epoch: 0, held: baselines.ema.loss, run: runSequence(start!.weights, xs) };
    held = predictionLoss(chosen.head, chosen.run, embeddings, nTrain, T, ema);
  }
  const trainLoss = predictionLoss(chosen.head, chosen.run, embeddings, 1, nTrain, ema);
  const comparison = compareWithEma(
    predictionLosses(chosen.head, chosen.run, embeddings, nTrain, T, ema),
    predictionLosses(emaHead(alpha, units, D), chosen.run, embeddings, nTrain, T, ema),
  );
  const moodHeld = moodLoss(chosen.head, chosen.run, moods, nTrain, T);
  let baselineMood: number | null = null;
  if (moodHeld !== null) {
    const held = moods.slice(nTrain).filter((m): m is number => m !== null);
    baselineMood = held.reduce((s, m) => s + (m - meanMood) ** 2, 0) / held.length;
  }
  return {
    weights: chosen.weights,
    head: chosen.head,
    metrics: {
      trainLoss,
      heldOutLoss: held,
      baselines: { repeatLast: baselines.repeatLast, ema: { alpha, loss: baselines.ema.loss } },
      comparison,
      mood: { heldOutMse: moodHeld, meanBaselineMse: baselineMood },
      epochs: epoch,
      bestEpoch: chosen.epoch,
      stoppedEarly: stopReason !== "maxEpochs",
      stopReason,
      entriesUsed: T,
      heldOutCount: nHeld,
      backend,
      trainMs: performance.now() - started,
    },
    version: TRAINER_VERSION,
  };
}
