// What the model predicts from h_t, on top of the moving average it started from.
//
// Next entry: x̂_{t+1} = EMA_α(e)_t + W_out·h_t + b_out (direction only: the loss is cosine). W_out and b_out start
// at zero, so an untrained or prior model predicts exactly the best moving average; training learns a correction.
// Next mood (scaled to -1..1): m̂_{t+1} = b_mood + v·h_t, with v = 0 and b_mood = the mean training mood at start.

import { cosineDistance, emaSeries } from "./baselines";
import type { SequenceRun } from "./cell";

export type PredictionHead = {
  /** Decay of the moving average the prediction is a correction of. */
  alpha: number;
  embeddingDim: number;
  /** [units × embeddingDim], row-major. */
  outKernel: Float32Array;
  /** [embeddingDim]. */
  outBias: Float32Array;
  /** [units]. */
  moodKernel: Float32Array;
  moodBias: number;
};

export function emaHead(alpha: number, units: number, embeddingDim: number, moodBias = 0): PredictionHead {
  return {
    alpha,
    embeddingDim,
    outKernel: new Float32Array(units * embeddingDim),
    outBias: new Float32Array(embeddingDim),
    moodKernel: new Float32Array(units),
    moodBias,
  };
}

/** Prediction made after reading entry t, written into `out` (length D). */
function predictRow(
  head: PredictionHead,
  h: Float64Array,
  units: number,
  ema: Float64Array,
  t: number,
  out: Float64Array,
) {
  const D = head.embeddingDim;
  for (let d = 0; d < D; d++) out[d] = ema[t * D + d]! + head.outBias[d]!;
  for (let u = 0; u < units; u++) {
    const hu = h[t * units + u]!;
    if (hu === 0) continue;
    for (let d = 0; d < D; d++) out[d] = out[d]! + hu * head.outKernel[u * D + d]!;
  }
}

/** Predicted next mood on the -1..1 scale from one h vector. */
export function predictMoodScaled(head: PredictionHead, h: ArrayLike<number>, hOff = 0): number {
  let s = head.moodBias;
  for (let u = 0; u < head.moodKernel.length; u++) s += head.moodKernel[u]! * h[hOff + u]!;
  return s;
}

/** Cosine distance of each prediction to its target, for targets [from, to) (target t is predicted after t − 1). */
export function predictionLosses(
  head: PredictionHead,
  run: SequenceRun,
  embeddings: readonly ArrayLike<number>[],
  from: number,
  to: number,
  ema: Float64Array = emaSeries(embeddings, head.alpha),
): Float64Array {
  const D = head.embeddingDim;
  const row = new Float64Array(D);
  const losses = new Float64Array(Math.max(0, to - from));
  for (let t = from; t < to; t++) {
    predictRow(head, run.h, run.units, ema, t - 1, row);
    losses[t - from] = cosineDistance(row, embeddings[t]!, D);
  }
  return losses;
}

/**
 * Mean cosine distance of the model's predictions over targets [from, to). With a zero correction this is
 * bit-for-bit the EMA baseline's loss (x + 0 = x in floating point, and the sum runs in the same order).
 */
export function predictionLoss(
  head: PredictionHead,
  run: SequenceRun,
  embeddings: readonly ArrayLike<number>[],
  from: number,
  to: number,
  ema?: Float64Array,
): number {
  if (to <= from) return NaN;
  let s = 0;
  for (const l of predictionLosses(head, run, embeddings, from, to, ema)) s += l;
  return s / (to - from);
}

/** Mean squared error of the mood head (scaled units) over targets [from, to) that have a mood; null if none. */
export function moodLoss(
  head: PredictionHead,
  run: SequenceRun,
  moods: readonly (number | null)[],
  from: number,
  to: number,
): number | null {
  let s = 0;
  let n = 0;
  for (let t = from; t < to; t++) {
    const m = moods[t];
    if (m === null || m === undefined) continue;
    const e = predictMoodScaled(head, run.h, (t - 1) * run.units) - m;
    s += e * e;
    n++;
  }
  return n > 0 ? s / n : null;
}
