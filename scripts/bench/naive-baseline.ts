// The naive baseline the trainer (lib/memory/train.ts) is measured against: what tfjs offers out of the box
// for "an LSTM that predicts the next entry", tf.sequential with tf.layers.lstm and a dense head, trained with
// model.fit on sliding windows of WINDOW entries. Everything else is the trainer's: the same inputs (x_t of
// lib/memory/features.ts), hidden size, optimiser and learning rate, loss on the next embedding (cosine
// distance), the chronological split (split.ts: it trains on the oldest 70% and stops on the validation 15%)
// and a stopping rule (patience 10 epochs on the validation loss, improvements under 0.1% not counting, at
// most 60 epochs, 60 s budget; the best epoch's validation loss is reported).
// It has no EMA start and no mood head: it is the approach the trainer replaced, not a second design.
import * as tf from "@tensorflow/tfjs";
import { ensureBackend } from "../../lib/memory/backend";
import { buildFeatures, embeddingDim, type MemoryEntry } from "../../lib/memory/features";
import { chronologicalSplit } from "../../lib/memory/split";

export const WINDOW = 16;
const UNITS = 32;
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.01;

type NaiveOptions = { maxEpochs?: number; patience?: number; timeBudgetMs?: number };

type NaiveResult = {
  ms: number;
  epochs: number;
  bestEpoch: number;
  /** Mean cosine distance on the validation targets at the best epoch. */
  heldOutLoss: number;
  stopReason: "patience" | "maxEpochs" | "timeBudget";
};

/** Windows ending at steps t whose targets t + 1 lie in [from, to); steps before the first entry are zeros. */
function windows(xs: Float32Array[], embeddings: readonly (readonly number[])[], from: number, to: number) {
  const F = xs[0]!.length;
  const D = embeddings[0]!.length;
  const steps: number[] = [];
  for (let t = Math.max(0, from - 1); t + 1 < to; t++) steps.push(t);
  const x = new Float32Array(steps.length * WINDOW * F);
  const y = new Float32Array(steps.length * D);
  steps.forEach((t, b) => {
    for (let w = 0; w < WINDOW; w++) {
      const s = t - WINDOW + 1 + w;
      if (s >= 0) x.set(xs[s]!, (b * WINDOW + w) * F);
    }
    y.set(embeddings[t + 1]!, b * D);
  });
  return { x: tf.tensor3d(x, [steps.length, WINDOW, F]), y: tf.tensor2d(y, [steps.length, D]) };
}

/** 1 − cos(prediction, target) per window; the target embeddings are unit length (or all zero: distance 1). */
function cosineDistance(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor {
  const dot = tf.sum(tf.mul(yTrue, yPred), -1);
  const length = tf.sqrt(tf.add(tf.sum(tf.square(yPred), -1), 1e-12));
  return tf.sub(1, tf.div(dot, length));
}

function buildModel(inputDim: number, outputDim: number): tf.Sequential {
  const model = tf.sequential();
  // tfjs warns about every orthogonal initialisation over 2,000 weights (the default recurrent initialiser,
  // 32 × 128 here). It costs once per model, inside the timing; the warning would only clutter the report.
  const warn = console.warn;
  console.warn = () => {};
  try {
    model.add(tf.layers.lstm({ units: UNITS, recurrentActivation: "sigmoid", inputShape: [WINDOW, inputDim] }));
    model.add(tf.layers.dense({ units: outputDim }));
  } finally {
    console.warn = warn;
  }
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: cosineDistance });
  return model;
}

export async function trainNaive(entries: readonly MemoryEntry[], options: NaiveOptions = {}): Promise<NaiveResult> {
  const maxEpochs = options.maxEpochs ?? 60;
  const patience = options.patience ?? 10;
  const timeBudgetMs = options.timeBudgetMs ?? 60_000;
  await ensureBackend();
  const started = performance.now();
  const T = entries.length;
  const split = chronologicalSplit(T);
  const nTrain = split.trainEnd;
  const xs = buildFeatures(entries);
  const embeddings = entries.map((e) => e.embedding);
  const train = windows(xs, embeddings, 1, nTrain);
  const heldOut = windows(xs, embeddings, nTrain, split.validationEnd);
  const model = buildModel(xs[0]!.length, embeddingDim(entries));

  let best = { epoch: 0, loss: Infinity };
  let progress = { epoch: 0, loss: Infinity }; // the last improvement that counts for patience
  let epochs = 0;
  let stopReason: NaiveResult["stopReason"] = "maxEpochs";
  try {
    await model.fit(train.x, train.y, {
      epochs: maxEpochs,
      batchSize: BATCH_SIZE,
      shuffle: true,
      validationData: [heldOut.x, heldOut.y],
      verbose: 0,
      callbacks: {
        onEpochEnd: async (epoch, logs) => {
          epochs = epoch + 1;
          const loss = logs?.val_loss ?? Infinity;
          if (loss < best.loss) best = { epoch: epochs, loss };
          if (loss < progress.loss * (1 - 0.001)) progress = { epoch: epochs, loss };
          if (epochs - progress.epoch >= patience) {
            stopReason = "patience";
            model.stopTraining = true;
          } else if (epochs < maxEpochs && performance.now() - started > timeBudgetMs) {
            stopReason = "timeBudget";
            model.stopTraining = true;
          }
        },
      },
    });
  } finally {
    // The optimiser was passed in, so the model does not own it: its moment variables are freed here.
    model.optimizer.dispose();
    model.dispose();
    tf.dispose([train.x, train.y, heldOut.x, heldOut.y]);
  }
  return {
    ms: performance.now() - started,
    epochs,
    bestEpoch: best.epoch,
    heldOutLoss: best.loss,
    stopReason,
  };
}
