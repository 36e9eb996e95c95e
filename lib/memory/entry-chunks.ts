// The next-entry (and mood) part of a fit: the fitted steps cut into chunks of `chunkLength` steps that run side
// by side as a batch (truncated BPTT). Each chunk starts from the exact state the current weights give at its
// first step (the plain-TS pass of the epoch), so truncation cuts only the gradient, never the state.
//
// Row k·L + l of the chunk arrays is step l of chunk k: the prediction made after step t = k·L + l, of target
// t + 1 (prediction steps 0 … fitEnd − 2). Rows past the last step are padding with mask 0.

import * as tf from "@tensorflow/tfjs";
import type { SequenceRun } from "./cell";
import { chunkCell } from "./chunk-cell-op";
import type { FitVariables } from "./fit-variables";
import { constantTimes } from "./matmul";
import { moodLoss, nextEntryLoss } from "./objective";
import type { TrainingData } from "./training-data";

type EntryChunks = {
  /** Steps per chunk. */
  L: number;
  /** Number of chunks. */
  K: number;
  F: number;
  D: number;
  /** [K·L × F] inputs x_t. */
  x: Float32Array;
  /** [K·L × D] unit-length target e_{t+1} (zero when unreadable). */
  y: Float32Array;
  /** [K·L × D] the EMA skip EMA_α(e)_t (variant "memory"; zeros for "plain"). */
  ema: Float32Array;
  /** [K·L] 1 where e_{t+1} is readable. */
  mask: Float32Array;
  /** [K·L] the next mood (scaled) and 1 where it exists. */
  moodTarget: Float32Array;
  moodMask: Float32Array;
};

/** Chunks of the prediction steps before `fitEnd`; `withEma`: fill the EMA skip. */
export function entryChunks(data: TrainingData, fitEnd: number, L: number, withEma: boolean): EntryChunks {
  const { D, F, xs } = data;
  const nSteps = fitEnd - 1;
  const K = Math.ceil(nSteps / L);
  const rows = K * L;
  const x = new Float32Array(rows * F);
  const y = new Float32Array(rows * D);
  const ema = new Float32Array(rows * D);
  const mask = new Float32Array(rows);
  const moodTarget = new Float32Array(rows);
  const moodMask = new Float32Array(rows);
  for (let t = 0; t < nSteps; t++) {
    x.set(xs[t]!, t * F);
    if (data.readable[t + 1]) {
      y.set(data.targets.subarray((t + 1) * D, (t + 2) * D), t * D);
      mask[t] = 1;
    }
    if (withEma) for (let d = 0; d < D; d++) ema[t * D + d] = data.ema[t * D + d]!;
    const m = data.moods[t + 1];
    if (m !== null && m !== undefined) {
      moodTarget[t] = m;
      moodMask[t] = 1;
    }
  }
  return { L, K, F, D, x, y, ema, mask, moodTarget, moodMask };
}

/** The mean scaled mood of the fitted targets (the mood head's starting bias), 0 without moods. */
export function meanFittedMood(data: TrainingData, fitEnd: number): number {
  const moods = data.moods.slice(1, fitEnd).filter((m): m is number => m !== null);
  return moods.length > 0 ? moods.reduce((a, b) => a + b, 0) / moods.length : 0;
}

/** One Adam step's chunks as plain arrays: rows of the chosen chunks, their start states and target counts. */
type ChunkBatch = {
  /** Chunks in the batch. */
  n: number;
  x: Float32Array;
  y: Float32Array;
  ema: Float32Array | null;
  mask: Float32Array;
  moodTarget: Float32Array;
  moodMask: Float32Array;
  /** [n × H] h and c before each chunk's first step (zeros for chunk 0). */
  h0: Float32Array;
  c0: Float32Array;
  /** Σ mask and Σ moodMask. */
  targets: number;
  moods: number;
};

export function chunkBatch(
  chunks: EntryChunks,
  chunkIds: readonly number[],
  run: SequenceRun,
  withEma: boolean,
): ChunkBatch {
  const { L } = chunks;
  const H = run.units;
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
  const mask = pick(chunks.mask, 1);
  const moodMask = pick(chunks.moodMask, 1);
  return {
    n,
    x: pick(chunks.x, chunks.F),
    y: pick(chunks.y, chunks.D),
    ema: withEma ? pick(chunks.ema, chunks.D) : null,
    mask,
    moodTarget: pick(chunks.moodTarget, 1),
    moodMask,
    h0,
    c0,
    targets: mask.reduce((a, b) => a + b, 0),
    moods: moodMask.reduce((a, b) => a + b, 0),
  };
}

type ChunkTensors = {
  X: tf.Tensor2D;
  Y: tf.Tensor2D;
  E: tf.Tensor2D | null;
  M: tf.Tensor1D;
  MT: tf.Tensor1D;
  MM: tf.Tensor1D;
};

/** The batch as tensors (call inside tf.tidy). */
export function chunkTensors(b: ChunkBatch, L: number, F: number, D: number): ChunkTensors {
  return {
    X: tf.tensor2d(b.x, [b.n * L, F]),
    Y: tf.tensor2d(b.y, [b.n * L, D]),
    E: b.ema ? tf.tensor2d(b.ema, [b.n * L, D]) : null,
    M: tf.tensor1d(b.mask),
    MT: tf.tensor1d(b.moodTarget),
    MM: tf.tensor1d(b.moodMask),
  };
}

/** L_next + moodWeight · L_mood over the batch (inside the minimize closure); BPTT by chunk-cell-op.ts. */
export function chunkLoss(t: ChunkTensors, b: ChunkBatch, L: number, v: FitVariables, moodWeight: number): tf.Scalar {
  const xw = tf.add(constantTimes(t.X, v.kernel), v.bias) as tf.Tensor2D;
  const hAll = chunkCell(xw, v.recurrentKernel, b.h0, b.c0, b.n, L);
  let loss = b.targets > 0 ? nextEntryLoss(hAll, t.E, v.outKernel, v.outBias, t.Y, t.M, b.targets) : tf.scalar(0);
  if (moodWeight > 0 && b.moods > 0)
    loss = tf.add(loss, tf.mul(moodWeight, moodLoss(hAll, v.moodKernel, v.moodBias, t.MT, t.MM, b.moods)));
  return loss as tf.Scalar;
}
