// What the model predicts from h_t, on top of the moving average it started from (objective.ts trains it).
//
// Next entry: x̂_{t+1} = EMA_α(e)_t + W_out·h_t + b_out (direction only: the loss is cosine). W_out and b_out start
// at zero, so an untrained or prior model predicts exactly the best moving average; training learns a correction.
// The plain LSTM baseline uses the same head without the EMA term (`skip` null).
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

/** Prediction made after reading entry t, written into `out` (length D); `skip` is the EMA series or null. */
function predictRow(
  head: PredictionHead,
  h: Float64Array,
  units: number,
  skip: Float64Array | null,
  t: number,
  out: Float64Array,
) {
  const D = head.embeddingDim;
  for (let d = 0; d < D; d++) out[d] = (skip ? skip[t * D + d]! : 0) + head.outBias[d]!;
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

/**
 * Cosine distance of each prediction to its target (target t is predicted after t − 1). With a zero correction
 * this is bit-for-bit the EMA baseline's loss (x + 0 = x in floating point).
 */
export function headLosses(
  head: PredictionHead,
  run: SequenceRun,
  embeddings: readonly ArrayLike<number>[],
  targets: readonly number[],
  skip: Float64Array | null = emaSeries(embeddings, head.alpha),
): Float64Array {
  const D = head.embeddingDim;
  const row = new Float64Array(D);
  return Float64Array.from(targets, (t) => {
    predictRow(head, run.h, run.units, skip, t - 1, row);
    return cosineDistance(row, embeddings[t]!, D);
  });
}

/** Per-target squared error of the mood head (scaled units) over targets that have a mood. */
export function moodErrors(
  head: PredictionHead,
  run: SequenceRun,
  moods: readonly (number | null)[],
  targets: readonly number[],
): Float64Array {
  const out: number[] = [];
  for (const t of targets) {
    const m = moods[t];
    if (m === null || m === undefined) continue;
    out.push((predictMoodScaled(head, run.h, (t - 1) * run.units) - m) ** 2);
  }
  return Float64Array.from(out);
}
