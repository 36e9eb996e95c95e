// The training graphs as plain tf ops, the way trainer.ts first wrote them, kept as the reference that the
// hand-written ops (chunk-cell-op.ts, rank-loss-op.ts) are checked against: same value, and tfjs autodiff of
// these gives the gradients the custom ops must reproduce.
import * as tf from "@tensorflow/tfjs";
import { RANK_SHARPNESS } from "../../../lib/memory/objective";
import { MAX_AGE_GAP, POINT_STRIDE } from "../../../lib/memory/rank-items";
import type { SlotPairs } from "../../../lib/memory/rank-loss-op";

/** The LSTM unrolled in tf ops over a batch of chunks (one [batch × 4H] projection per step); h of every step. */
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

/** h of every step of n chunks of L steps as rows b·L + l, the layout chunk-cell-op.ts `chunkCell` returns. */
export function unrolledChunks(
  xw: tf.Tensor2D,
  R: tf.Tensor2D,
  h0: tf.Tensor2D,
  c0: tf.Tensor2D,
  n: number,
  L: number,
): tf.Tensor2D {
  const H = R.shape[0];
  const steps = tf.unstack(xw.reshape([n, L, 4 * H]), 1) as tf.Tensor2D[];
  return tf.stack(unroll(steps, R, h0, c0).hs, 1).reshape([n * L, H]) as tf.Tensor2D;
}

const logSigmoid = (x: tf.Tensor) => tf.neg(tf.softplus(tf.neg(x)));

/**
 * L_rank in tf ops over the windows' gate pre-activations z [rows × 4H]: windows are slices of the segment,
 * ln f summed by a cumulative sum, pairs as counts per slot offset.
 */
export function referenceRankLoss(
  z: tf.Tensor2D,
  windows: number,
  width: number,
  pairs: readonly SlotPairs[],
  pairCount: number,
): tf.Scalar {
  const [n, W, S] = [windows, width, POINT_STRIDE];
  const H = z.shape[1] / 4;
  const later = Array.from({ length: MAX_AGE_GAP }, (_, k) => new Float32Array(n * (W - k - 1)));
  const earlier = Array.from({ length: MAX_AGE_GAP }, (_, k) => new Float32Array(n * (W - k - 1)));
  pairs.forEach((list, b) => {
    for (let p = 0; p < list.positive.length; p++) {
      const [sa, sb] = [list.positive[p]!, list.negative[p]!];
      const d = Math.abs(sb - sa);
      const target = sb > sa ? later[d - 1]! : earlier[d - 1]!;
      target[b * (W - d) + Math.min(sa, sb)]! += 1;
    }
  });
  const [zi, zf, zg] = tf.split(z, [H, H, H, H], 1) as tf.Tensor2D[];
  const logWrite = tf.add(logSigmoid(zi!), tf.mul(0.5, tf.log(tf.add(tf.square(tf.tanh(zg!)), 1e-12))));
  const prefix = tf.transpose(tf.cumsum(tf.transpose(logSigmoid(zf!)), 1));
  const grouped = tf.concat([prefix, logWrite], 1).reshape([z.shape[0] / S, S, 2 * H]);
  const blocks = Array.from({ length: W / S }, (_, q) => tf.slice(grouped, [q, 0, 0], [n, S, 2 * H]));
  const [P, written] = tf.split(tf.concat(blocks, 1), 2, 2) as [tf.Tensor3D, tf.Tensor3D];
  const held = tf.sub(tf.slice(P, [0, W - 1, 0], [n, 1, H]), P);
  const logR = tf.mul(
    0.5,
    tf.sub(tf.logSumExp(tf.mul(2, tf.add(written, held)), -1), tf.logSumExp(tf.mul(2, written), -1)),
  );
  const terms: tf.Tensor[] = [];
  for (let d = 1; d <= MAX_AGE_GAP; d++) {
    const low = tf.slice(logR, [0, 0], [n, W - d]);
    const high = tf.slice(logR, [0, d], [n, W - d]);
    const counts = (m: Float32Array) => tf.tensor2d(m, [n, W - d]);
    terms.push(tf.sum(tf.mul(tf.softplus(tf.mul(-RANK_SHARPNESS, tf.sub(low, high))), counts(later[d - 1]!))));
    terms.push(tf.sum(tf.mul(tf.softplus(tf.mul(-RANK_SHARPNESS, tf.sub(high, low))), counts(earlier[d - 1]!))));
  }
  return tf.div(tf.addN(terms), pairCount) as tf.Scalar;
}
