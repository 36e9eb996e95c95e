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
// the next-entry loss trains through 16-step BPTT). ln f is accumulated in Float32 (a cumulative sum along the
// window of ≤ 80 steps); the numbers reported use the Float64 pass.

import * as tf from "@tensorflow/tfjs";
import { constantTimes, matMul } from "./matmul";
import { POINT_STRIDE } from "./rank-items";

/** Weight of the masked mood MSE. */
export const MOOD_WEIGHT = 0.5;
/** Weight of the ranking head (chosen so next-entry loss stays within ~1–2% of training without it: README). */
export const RANK_WEIGHT = 1;
/** The spike's sharpness of the pairwise logistic loss on Δ ln r. */
export const RANK_SHARPNESS = 5;
/** L2 on kernels and head weights (not biases), per weight, summed. */
export const WEIGHT_DECAY = 0.003;

export type LossWeights = { mood: number; rank: number; weightDecay: number };
export const DEFAULT_LOSS_WEIGHTS: LossWeights = { mood: MOOD_WEIGHT, rank: RANK_WEIGHT, weightDecay: WEIGHT_DECAY };

/** softplus(x) = ln(1 + eˣ), stable for large |x|. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** ln σ(x) = −softplus(−x). (tf.logSigmoid's custom gradient reads a disposed tensor inside minimize on wasm.) */
function logSigmoid(x: tf.Tensor): tf.Tensor {
  return tf.neg(tf.softplus(tf.neg(x)));
}

/**
 * ln Σ exp along the last axis of a 3-d tensor, with the gradient written out (softmax · dy). tf.logSumExp's own
 * gradient also differentiates its internal max (an Equal mask per element), which cost half the step.
 */
const logSumExpLast: (x: tf.Tensor) => tf.Tensor = tf.customGrad(((x: tf.Tensor, save: tf.GradSaveFunc) => {
  const value = tf.logSumExp(x, -1);
  save([x, value]);
  return {
    value,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [input, lse] = saved as [tf.Tensor, tf.Tensor];
      return tf.mul(tf.expandDims(dy, -1), tf.exp(tf.sub(input, tf.expandDims(lse, -1))));
    },
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as (x: tf.Tensor) => tf.Tensor;

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
 * `hPrev` [rows × H] (constants); window w is rows POINT_STRIDE·w … POINT_STRIDE·w + W − 1, its point T′ the last;
 * `later`/`earlier` are the pair counts per offset d (shape [n × (W − d)]), `pairs` their sum (> 0).
 */
export function rankingLoss(
  x: tf.Tensor2D,
  hPrev: tf.Tensor2D,
  windows: number,
  width: number,
  later: readonly tf.Tensor2D[],
  earlier: readonly tf.Tensor2D[],
  pairs: number,
  kernel: tf.Tensor,
  recurrentKernel: tf.Tensor,
  bias: tf.Tensor,
): tf.Scalar {
  const [n, W, S] = [windows, width, POINT_STRIDE];
  const H = hPrev.shape[1];
  const z = tf.add(tf.add(constantTimes(x, kernel), constantTimes(hPrev, recurrentKernel)), bias);
  const [zi, zf, zg] = tf.split(z, [H, H, H, H], 1) as tf.Tensor2D[];
  // ln|i ⊙ g| per step and unit; the 1e-12 only matters for a unit that wrote (numerically) nothing.
  const logWrite = tf.add(logSigmoid(zi!), tf.mul(0.5, tf.log(tf.add(tf.square(tf.tanh(zg!)), 1e-12))));
  // P_t = Σ_{k≤t} ln f_k over the segment (along the last axis: tfjs 4.22's Cumsum gradient has the wrong shape
  // for an inner one). Then Σ_{j<k≤T′} ln f_k = P_{T′} − P_j.
  const prefix = tf.transpose(tf.cumsum(tf.transpose(logSigmoid(zf!)), 1));
  // Rows in groups of S: window w, slots S·q … S·q + S − 1 are group w + q.
  const grouped = tf.concat([prefix, logWrite], 1).reshape([x.shape[0] / S, S, 2 * H]);
  const blocks = Array.from({ length: W / S }, (_, q) => tf.slice(grouped, [q, 0, 0], [n, S, 2 * H]));
  const win = tf.concat(blocks, 1); // [n × W × 2H]
  const [P, written] = tf.split(win, 2, 2) as [tf.Tensor3D, tf.Tensor3D];
  const held = tf.sub(tf.slice(P, [0, W - 1, 0], [n, 1, H]), P);
  const logR = tf.mul(
    0.5,
    tf.sub(logSumExpLast(tf.mul(2, tf.add(written, held))), logSumExpLast(tf.mul(2, written))),
  ) as tf.Tensor2D; // [n × W]
  const terms: tf.Tensor[] = [];
  for (let d = 1; d <= later.length; d++) {
    const low = tf.slice(logR, [0, 0], [n, W - d]);
    const high = tf.slice(logR, [0, d], [n, W - d]);
    // later: positive at the lower slot (older by d entries), negative d slots later; earlier: the reverse.
    terms.push(tf.sum(tf.mul(tf.softplus(tf.mul(-RANK_SHARPNESS, tf.sub(low, high))), later[d - 1]!)));
    terms.push(tf.sum(tf.mul(tf.softplus(tf.mul(-RANK_SHARPNESS, tf.sub(high, low))), earlier[d - 1]!)));
  }
  return tf.div(tf.addN(terms), pairs);
}

/** Σ of squared weights over the tensors (L2 weight decay, before its weight). */
export function squaredWeights(tensors: readonly tf.Tensor[]): tf.Scalar {
  return tf.addN(tensors.map((w) => tf.sum(tf.square(w)))) as tf.Scalar;
}
