// The ranking head's part of a fit (variant "memory"): the windows of the fitted part (rank-windows.ts), the run
// of consecutive windows each Adam step takes, and their loss as tensors (objective.ts `rankingLoss`, with
// h_{t−1} from the epoch's plain-TS pass as a constant).
//
// The windows are spread over the epoch's Adam steps in blocks of consecutive points (one short segment each),
// in shuffled block order; a block longer than MAX_WINDOWS_PER_STEP contributes a random run of that many.

import * as tf from "@tensorflow/tfjs";
import type { FitVariables } from "./fit-variables";
import { rankingLoss } from "./objective";
import { agePairs, evaluationPoints, rankItems, type RankItems } from "./rank-items";
import { windowLayout, type WindowBatch, type WindowLayout } from "./rank-windows";
import { lastReturns } from "./returns";
import type { TrainingData } from "./training-data";

const MAX_WINDOWS_PER_STEP = 24;

/** Ranking items and pairs for points in [from, to] with labels from entries before `limit`. */
export function rankSet(
  data: TrainingData,
  from: number,
  to: number,
  limit: number,
  threshold: number | null,
): { items: RankItems; pairs: { positive: Int32Array; negative: Int32Array } } {
  const lastReturn = lastReturns(data.candidates, limit, threshold);
  const items = rankItems(data.days, data.readable, evaluationPoints(from, to), lastReturn);
  const pairs = agePairs(items);
  return { items, pairs };
}

/** The windows a fit on entries [0, fitEnd) trains on: points 1 … fitEnd − 1, labels from the fit's data. */
export function trainingWindows(data: TrainingData, fitEnd: number, threshold: number | null): WindowLayout {
  const train = rankSet(data, 1, fitEnd - 1, fitEnd, threshold);
  return windowLayout(train.items, train.pairs);
}

/**
 * The windows [from, to) of Adam step `block` of `steps` (block: the step's place in the shuffled block order).
 * Draws from `random` only when the block is longer than MAX_WINDOWS_PER_STEP.
 */
export function stepWindows(
  layout: WindowLayout | null,
  block: number,
  steps: number,
  random: () => number,
): [number, number] {
  const wn = layout ? layout.points.length : 0;
  let from = Math.floor((block * wn) / steps);
  const to = Math.floor(((block + 1) * wn) / steps);
  if (to - from > MAX_WINDOWS_PER_STEP) from += Math.floor(random() * (to - from - MAX_WINDOWS_PER_STEP + 1));
  return [from, Math.min(to, from + MAX_WINDOWS_PER_STEP)];
}

type WindowTensors = { batch: WindowBatch; width: number; x: tf.Tensor2D; hPrev: tf.Tensor2D };

/** The batch as tensors (call inside tf.tidy). */
export function windowTensors(batch: WindowBatch, width: number, F: number, H: number): WindowTensors {
  return {
    batch,
    width,
    x: tf.tensor2d(batch.x, [batch.rows, F]),
    hPrev: tf.tensor2d(batch.hPrev, [batch.rows, H]),
  };
}

/** L_rank of the batch (inside the minimize closure); call only when it has pairs. */
export function windowLoss(t: WindowTensors, v: FitVariables): tf.Scalar {
  return rankingLoss(
    t.x,
    t.hPrev,
    t.batch.windows,
    t.width,
    t.batch.slotPairs,
    t.batch.pairs,
    v.kernel,
    v.recurrentKernel,
    v.bias,
  );
}
