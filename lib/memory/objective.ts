// The training losses, as tfjs ops (call them inside tf.tidy or a minimize closure):
//
//   L = L_next + MOOD_WEIGHT · L_mood + RANK_WEIGHT · L_rank + WEIGHT_DECAY · Σ‖W‖²
//
// - L_next: mean over readable targets of 1 − cos(x̂_{t+1}, e_{t+1}), x̂_{t+1} = EMA_α(e)_t + W_out·h_t + b_out
//   (the EMA skip: W_out = 0 at the start, so epoch 0 predicts exactly the best moving average). The plain LSTM
//   baseline has no skip: x̂ = W_out·h_t + b_out.
// - L_mood: masked mean squared error of the next mood (scaled −1..1), m̂_{t+1} = b + v·h_t, where moods exist.
// - L_rank: the ranking head. For age-matched pairs (j₊ returns, j₋ does not) at an evaluation point T′,
//   softplus(−RANK_SHARPNESS · (ln r_{j₊,T′} − ln r_{j₋,T′})), averaged over pairs, with the exact log-retention
//   ln r_{j,T′} = ½ LSE_u 2(ln|i_{j,u} g_{j,u}| + Σ_{j<k≤T′} ln f_{k,u}) − ½ LSE_u 2 ln|i_{j,u} g_{j,u}|
//   (contributions.ts `logRetentions`, the same formula). It pushes what comes back to be held longer than what
//   does not, at the same age.
//
// Truncation in L_rank (for speed): the gates of every step in a window come from one batched matmul
// z_t = x_t·K + h_{t−1}·R + b with h_{t−1} taken from the plain-TS pass of the current epoch as a constant. So the
// gradient reaches K, R and b through each step's own gates, but not through h_{t−1} into earlier steps (which
// the next-entry loss trains through BPTT over its chunks). The windows' loss itself is one op with its
// gradient written out (rank-loss-op.ts), in Float64.

import * as tf from "@tensorflow/tfjs";
import { constantTimes, matMul } from "./matmul";
import { RANK_SHARPNESS, softplus, windowRankLoss, type SlotPairs } from "./rank-loss-op";

export { RANK_SHARPNESS, softplus };

/** Weight of the masked mood MSE. */
const MOOD_WEIGHT = 0.5;
/** Weight of the ranking head (chosen so next-entry loss stays within ~1–2% of training without it: README). */
const RANK_WEIGHT = 1;
/** L2 on kernels and head weights (not biases), per weight, summed. */
const WEIGHT_DECAY = 0.003;

export type LossWeights = { mood: number; rank: number; weightDecay: number };
export const DEFAULT_LOSS_WEIGHTS: LossWeights = { mood: MOOD_WEIGHT, rank: RANK_WEIGHT, weightDecay: WEIGHT_DECAY };

/** Mean of 1 − cos(x̂, y) over rows with mask 1; `count` = Σ mask (> 0). `y` rows are unit length or zero. */
export function nextEntryLoss(
  h: tf.Tensor2D,
  skip: tf.Tensor2D | null,
  outKernel: tf.Tensor,
  outBias: tf.Tensor,
  target: tf.Tensor2D,
  mask: tf.Tensor1D,
  count: number,
): tf.Scalar {
  const correction = tf.add(matMul(h, outKernel), outBias);
  const pred = skip ? tf.add(skip, correction) : correction;
  const cos = tf.div(tf.sum(tf.mul(pred, target), 1), tf.sqrt(tf.add(tf.sum(tf.square(pred), 1), 1e-12)));
  return tf.div(tf.sum(tf.mul(tf.sub(1, cos), mask)), count);
}

/** Masked mean squared error of the mood head; `count` = Σ mask (> 0). */
export function moodLoss(
  h: tf.Tensor2D,
  moodKernel: tf.Tensor,
  moodBias: tf.Tensor,
  target: tf.Tensor1D,
  mask: tf.Tensor1D,
  count: number,
): tf.Scalar {
  const pred = tf.add(matMul(h, moodKernel).reshape([-1]), moodBias);
  return tf.div(tf.sum(tf.mul(tf.square(tf.sub(pred, target)), mask)), count);
}

/**
 * L_rank over a batch of consecutive windows (rank-windows.ts `windowBatch`): the segment's `x` [rows × F] and
 * `hPrev` [rows × H] are constants; window w is rows POINT_STRIDE·w … POINT_STRIDE·w + width − 1, its point T′
 * the last; `pairs[w]` its pairs as slots, `pairCount` their total (> 0).
 */
export function rankingLoss(
  x: tf.Tensor2D,
  hPrev: tf.Tensor2D,
  windows: number,
  width: number,
  pairs: readonly SlotPairs[],
  pairCount: number,
  kernel: tf.Tensor,
  recurrentKernel: tf.Tensor,
  bias: tf.Tensor,
): tf.Scalar {
  const z = tf.add(tf.add(constantTimes(x, kernel), constantTimes(hPrev, recurrentKernel)), bias) as tf.Tensor2D;
  return windowRankLoss(z, windows, width, pairs, pairCount);
}
