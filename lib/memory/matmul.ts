// Matrix products for the training graphs, with gradients that use only untransposed products.
//
// Why: tf.matMul's own gradient computes dy·bᵀ and aᵀ·dy with the transposed-operand flags, and on the wasm
// backend (tfjs 4.22) those run 6–10× slower than transposing the operand first and multiplying plainly
// (measured for the trainer's shapes: [165 × 108]ᵀ·[165 × 128] 4.8 ms with the flag, 0.76 ms with an explicit
// transpose). They were a third of a training step. The forward product is tf.matMul itself.

import * as tf from "@tensorflow/tfjs";

type Grad = (...args: unknown[]) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor[] };

const product = tf.customGrad(((a: tf.Tensor2D, b: tf.Tensor2D, save: tf.GradSaveFunc) => {
  save([a, b]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
      const [x, y] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy, tf.transpose(y)), tf.matMul(tf.transpose(x), dy)];
    },
  };
}) as unknown as Grad) as unknown as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor2D;

/** a·b, both differentiable (call inside a minimize closure or tf.tidy). */
export function matMul(a: tf.Tensor, b: tf.Tensor): tf.Tensor2D {
  return product(a, b);
}

/**
 * x·w for a constant x (inputs, or states taken from the plain-TS pass): only w's gradient, xᵀ·dy, is computed.
 * `xT` = xᵀ, made once outside the closure when x is reused.
 */
export function constantTimes(x: tf.Tensor2D, w: tf.Tensor, xT: tf.Tensor2D = tf.transpose(x)): tf.Tensor2D {
  const op = tf.customGrad(((v: tf.Tensor2D, save: tf.GradSaveFunc) => {
    save([xT]);
    return {
      value: tf.matMul(x, v),
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => [tf.matMul(saved[0] as tf.Tensor2D, dy)],
    };
  }) as unknown as Grad) as unknown as (w: tf.Tensor) => tf.Tensor2D;
  return op(w);
}
