// The tfjs variables of one fit (the cell's weights and the heads), made from the start weights, and read back
// as the plain arrays the rest of the memory uses.
//
// Variant "memory": the EMA-equivalent start (initial-weights.ts), a zero correction on the EMA skip and a mood
// head at the mean mood; all of it is trained. Variant "plain": the standard LSTM start with a Glorot output
// head, and no mood head (its mood variables exist but are not trained).

import * as tf from "@tensorflow/tfjs";
import type { LstmWeights } from "./cell";
import { emaEquivalentWeights, glorotUniform, seededRandom, standardWeights } from "./initial-weights";
import type { PredictionHead } from "./prediction-head";

export type FitVariables = {
  kernel: tf.Variable;
  recurrentKernel: tf.Variable;
  bias: tf.Variable;
  outKernel: tf.Variable;
  outBias: tf.Variable;
  moodKernel: tf.Variable;
  moodBias: tf.Variable;
};

export type FitShape = { memory: boolean; F: number; H: number; D: number; alpha: number };

export type FitState = {
  v: FitVariables;
  /** What Adam updates, in a fixed order (the optimizer's slots follow it). */
  trainable: tf.Variable[];
  /** What weight decay applies to: kernels and head weights, not biases. */
  decayed: tf.Variable[];
  /** The current weights as plain arrays (a copy). */
  read: () => { weights: LstmWeights; head: PredictionHead };
  dispose: () => void;
};

/** `seed` is the fit's seed: the cell's start from it, the plain output head from seed + 17. */
export function fitVariables(shape: FitShape, meanMood: number, seed: number): FitState {
  const { memory, F, H, D, alpha } = shape;
  const H4 = 4 * H;
  const init = memory ? emaEquivalentWeights(F, H, alpha, seed) : standardWeights(F, H, seed);
  const outInit = memory ? new Float32Array(H * D) : glorotUniform(H, D, seededRandom(seed + 17));
  const variable = (make: () => tf.Tensor) => tf.tidy(() => tf.variable(make()));
  const v: FitVariables = {
    kernel: variable(() => tf.tensor2d(init.kernel, [F, H4])),
    recurrentKernel: variable(() => tf.tensor2d(init.recurrentKernel, [H, H4])),
    bias: variable(() => tf.tensor1d(init.bias)),
    outKernel: variable(() => tf.tensor2d(outInit, [H, D])),
    outBias: variable(() => tf.zeros([D])),
    moodKernel: variable(() => tf.zeros([H, 1])),
    moodBias: variable(() => tf.scalar(meanMood)),
  };
  const trainable = memory ? Object.values(v) : [v.kernel, v.recurrentKernel, v.bias, v.outKernel, v.outBias];
  const decayed = memory
    ? [v.kernel, v.recurrentKernel, v.outKernel, v.moodKernel]
    : [v.kernel, v.recurrentKernel, v.outKernel];

  const read = (): { weights: LstmWeights; head: PredictionHead } => {
    // `+ 0` turns −0 into 0, so the stored JSON (which cannot hold −0) round-trips exactly.
    const copy = (t: tf.Variable) => Float32Array.from(t.dataSync() as Float32Array, (x) => x + 0);
    return {
      weights: {
        inputDim: F,
        units: H,
        kernel: copy(v.kernel),
        recurrentKernel: copy(v.recurrentKernel),
        bias: copy(v.bias),
      },
      head: {
        alpha,
        embeddingDim: D,
        outKernel: copy(v.outKernel),
        outBias: copy(v.outBias),
        moodKernel: copy(v.moodKernel),
        moodBias: copy(v.moodBias)[0]!,
      },
    };
  };
  const dispose = () => {
    for (const t of Object.values(v)) t.dispose();
  };
  return { v, trainable, decayed, read, dispose };
}
