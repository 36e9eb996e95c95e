// Real tfjs training (wasm), no mocks: on small synthetic journals (fixtures.ts) and on a planted journal
// embedded with the real word vectors (planted-journal.ts).
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBackend } from "../../../lib/memory/backend";
import { returnThreshold } from "../../../lib/memory/returns";
import { chronologicalSplit } from "../../../lib/memory/split";
import { trainMemory } from "../../../lib/memory/train";
import { mean, targetsIn } from "../../../lib/memory/baselines";
import { runSequence, type LstmWeights } from "../../../lib/memory/cell";
import { headLosses, type PredictionHead } from "../../../lib/memory/prediction-head";
import { chunkCell, trainingPass } from "../../../lib/memory/chunk-cell-op";
import { seededRandom, standardWeights } from "../../../lib/memory/initial-weights";
import { fitCell } from "../../../lib/memory/trainer";
import { trainingData } from "../../../lib/memory/training-data";
import { CONVERSION_TIMEOUT_MS, ensureVectors } from "../embedding/vectors";
import { syntheticJournal } from "./fixtures";
import { plantedJournal } from "./planted-journal";
import { unrolledChunks } from "./reference-graphs";

beforeAll(async () => {
  ensureVectors();
  await ensureBackend();
}, CONVERSION_TIMEOUT_MS);

describe("trainMemory", () => {
  it("splits 70/15/15, chooses the epoch on validation and stores the refit on every entry for that many epochs", async () => {
    const entries = syntheticJournal(120, "weekly", 3);
    const { weights, metrics } = await trainMemory(entries, { maxEpochs: 6, plainBaseline: false });
    expect(metrics.split).toEqual({ train: 84, validation: 18, test: 18 });
    expect(metrics.refitEpochs).toBe(metrics.selection.chosenEpoch);
    expect(metrics.prediction.targets).toBe(18);
    // The stored weights are exactly a fit on all 120 entries for the chosen number of epochs.
    const split = chronologicalSplit(120);
    const data = trainingData(entries, split.trainEnd);
    const refit = await fitCell(data, {
      variant: "memory",
      fitEnd: 120,
      epochs: metrics.selection.chosenEpoch,
      threshold: returnThreshold(data.candidates, 120),
    });
    expect(Array.from(weights.kernel)).toEqual(Array.from(refit.weights.kernel));
    expect(metrics.prediction.constantGates).toBe(metrics.prediction.ema.loss);
    expect(metrics.retention.auc.age).toBe(0.5);
  });

  it("stores the constant-gate cell when the test part shows no gain on prediction or retention", async () => {
    // Entries of pure noise: there is nothing to learn, and the test part says so.
    const entries = syntheticJournal(90, "noise", 5);
    const { weights, head, metrics } = await trainMemory(entries, { maxEpochs: 6, plainBaseline: false });
    expect(metrics.prediction.vsEma.verdict).not.toBe("better");
    expect(metrics.retention.modelAboveChance.verdict).not.toBe("better");
    expect(metrics.refitEpochs).toBe(0);
    // Constant gates: every entry gets i = α and f = 1 − α, whatever it says.
    const run = runSequence(weights, trainingData(entries, 63).xs);
    for (let k = 0; k < run.i.length; k++) {
      expect(run.i[k]).toBeCloseTo(head.alpha, 6);
      expect(run.f[k]).toBeCloseTo(1 - head.alpha, 6);
    }
  });

  it("reports a train + validation fit for E epochs, or with report: selection the selection fit", async () => {
    const entries = syntheticJournal(150, "weekly", 4);
    const split = chronologicalSplit(150);
    const data = trainingData(entries, split.trainEnd);
    const targets = targetsIn(data.readable, split.validationEnd, 150);
    const testLoss = (fit: { weights: LstmWeights; head: PredictionHead }) =>
      mean(headLosses(fit.head, runSequence(fit.weights, data.xs), data.embeddings, targets, data.ema));
    const options = { maxEpochs: 6, plainBaseline: false };
    const selection = await fitCell(
      data,
      {
        variant: "memory",
        fitEnd: split.trainEnd,
        validationEnd: split.validationEnd,
        threshold: returnThreshold(data.candidates, split.trainEnd),
      },
      options,
    );
    expect(selection.epoch).toBeGreaterThan(0); // else both fits would be the start, and equal
    const trainValidation = await fitCell(data, {
      variant: "memory",
      fitEnd: split.validationEnd,
      epochs: selection.epoch,
      threshold: returnThreshold(data.candidates, split.validationEnd),
    });
    const byDefault = await trainMemory(entries, options);
    expect(byDefault.metrics.selection.chosenEpoch).toBe(selection.epoch);
    expect(byDefault.metrics.prediction.model).toBe(testLoss(trainValidation));
    const cheaper = await trainMemory(entries, { ...options, report: "selection" });
    expect(cheaper.metrics.prediction.model).toBe(testLoss(selection));
    expect(cheaper.metrics.prediction.model).not.toBe(byDefault.metrics.prediction.model);
    // The stored weights do not depend on which fit is reported.
    expect(Array.from(cheaper.weights.kernel)).toEqual(Array.from(byDefault.weights.kernel));
  });

  it("learns a weekly rhythm an average cannot, and says so on the test part", async () => {
    const { metrics } = await trainMemory(syntheticJournal(365, "weekly", 3), { plainBaseline: false });
    expect(metrics.selection.chosenEpoch).toBeGreaterThan(0);
    expect(metrics.prediction.model).toBeLessThan(metrics.prediction.ema.loss * 0.95);
    expect(metrics.prediction.vsEma.verdict).toBe("better");
    expect(metrics.prediction.vsRepeatLast.verdict).toBe("better");
  }, 30_000);

  it("epoch 0 is exactly the best EMA: constant gates i = α, f = 1 − α and the EMA's test loss", async () => {
    const { weights, head, metrics } = await trainMemory(syntheticJournal(60, "weekly"), {
      maxEpochs: 0,
      plainBaseline: false,
    });
    const alpha = metrics.prediction.ema.alpha;
    expect(metrics.selection.chosenEpoch).toBe(0);
    expect(metrics.prediction.model).toBe(metrics.prediction.ema.loss);
    expect(metrics.prediction.vsEma.verdict).toBe("tie");
    expect(metrics.retention.auc.model ?? 0.5).toBe(0.5);
    expect(head.alpha).toBe(alpha);
    expect(head.outKernel.every((v) => v === 0)).toBe(true);
    const H = weights.units;
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(sigmoid(weights.bias[0]!)).toBeCloseTo(alpha, 6);
    expect(sigmoid(weights.bias[H]!)).toBeCloseTo(1 - alpha, 6);
    for (let d = 0; d < weights.inputDim; d++) {
      for (const gate of [0, 1, 3]) {
        for (let u = 0; u < H; u++) expect(weights.kernel[d * 4 * H + gate * H + u]).toBe(0);
      }
    }
  });

  it("is deterministic: the same entries give the same weights and metrics (but the wall time)", async () => {
    const entries = syntheticJournal(90, "weekly", 5);
    const a = await trainMemory(entries, { maxEpochs: 5 });
    const b = await trainMemory(entries, { maxEpochs: 5 });
    expect(Array.from(b.weights.kernel)).toEqual(Array.from(a.weights.kernel));
    expect(Array.from(b.weights.recurrentKernel)).toEqual(Array.from(a.weights.recurrentKernel));
    expect(Array.from(b.head.outKernel)).toEqual(Array.from(a.head.outKernel));
    expect({ ...b.metrics, trainMs: 0 }).toEqual({ ...a.metrics, trainMs: 0 });
  }, 30_000);

  it("leaves no tensors behind", async () => {
    const before = tf.memory();
    await trainMemory(syntheticJournal(80, "weekly", 6), { maxEpochs: 3 });
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
  }, 30_000);

  // Seen in tests/faults/worker-kill.test.ts: on a loaded machine a fit without a validation set ran past its
  // 30 s budget and the worker's job failed with "Cannot read properties of null (reading 'weights')".
  it("a fit without validation that runs out of time keeps the weights it reached", async () => {
    const entries = syntheticJournal(60, "weekly");
    const data = trainingData(entries, 60);
    const fit = await fitCell(
      data,
      { variant: "memory", fitEnd: 60, threshold: returnThreshold(data.candidates, 60) },
      { timeBudgetMs: 0 },
    );
    expect(fit.stopReason).toBe("timeBudget");
    expect(fit.weights.kernel.length).toBeGreaterThan(0);
  }, 30_000);

  it("refuses to train below the minimum number of entries", async () => {
    await expect(trainMemory(syntheticJournal(27, "weekly"))).rejects.toThrow(/needs 28/);
  });
});

describe("the ranking head", () => {
  it("makes retention rank returning topics above the rest at the same age (test part), by routing them into slow units", async () => {
    const journal = plantedJournal(200, 3, true);
    const withHead = await trainMemory(journal, { plainBaseline: false });
    const without = await trainMemory(journal, { plainBaseline: false, lossWeights: { rank: 0 } });
    const r = withHead.metrics.retention;
    expect(r.labels).toBe("themes");
    expect(r.returning).toBeGreaterThan(10);
    expect(r.auc.model!).toBeGreaterThan(0.7);
    expect(r.modelAboveChance.verdict).toBe("better");
    expect(without.metrics.retention.auc.model ?? 0.5).toBeLessThan(r.auc.model! - 0.1);
    const share = withHead.metrics.timescales.slowWriteShare;
    expect(share.returning!).toBeGreaterThan(share.notReturning!);
    // The head costs the next-entry prediction little (test part, relative to training without it).
    expect(withHead.metrics.prediction.model).toBeLessThan(without.metrics.prediction.model * 1.02);
  }, 60_000);
});

describe("the chunked cell op", () => {
  it("runs the training pass with the same numbers as cell.ts runSequence", () => {
    const entries = syntheticJournal(90, "weekly", 2);
    const data = trainingData(entries, 60);
    const weights = standardWeights(data.F, 16, 4);
    const projection = new Float32Array(90 * 64);
    for (let t = 0; t < 90; t++) {
      for (let k = 0; k < 64; k++) {
        let s = weights.bias[k]!;
        for (let d = 0; d < data.F; d++) s += data.xs[t]![d]! * weights.kernel[d * 64 + k]!;
        projection[t * 64 + k] = s;
      }
    }
    const exact = runSequence(weights, data.xs, { inputProjection: projection });
    const pass = trainingPass(projection, weights.recurrentKernel, 16, 90);
    for (const key of ["i", "f", "g", "o", "c", "h"] as const) {
      const diff = Math.max(...Array.from(pass[key], (x, k) => Math.abs(x - exact[key][k]!)));
      expect(diff).toBeLessThan(1e-12);
    }
  });

  it("gives the unrolled tf ops' h and, through BPTT, tfjs autodiff's gradients in the projections and R", () => {
    const [n, L, H] = [5, 8, 10];
    const random = seededRandom(21);
    const values = (k: number, scale: number) => Float32Array.from({ length: k }, () => scale * (2 * random() - 1));
    const xw = values(n * L * 4 * H, 1.5);
    const R = values(H * 4 * H, 0.6);
    const h0 = values(n * H, 0.5);
    const c0 = values(n * H, 1);
    const weight = values(n * L * H, 1); // a loss Σ weight ⊙ h, so every h gets its own gradient
    const before = tf.memory().numTensors;
    const [ours, reference] = tf.tidy(() => {
      const W = tf.tensor2d(weight, [n * L, H]);
      const params = [tf.tensor2d(xw, [n * L, 4 * H]), tf.tensor2d(R, [H, 4 * H])];
      const h0t = tf.tensor2d(h0, [n, H]);
      const c0t = tf.tensor2d(c0, [n, H]);
      const run = (f: (x: tf.Tensor2D, r: tf.Tensor2D) => tf.Tensor2D) => {
        const value = f(params[0]!, params[1]!).dataSync();
        const grads = tf.grads((x: tf.Tensor, r: tf.Tensor) =>
          tf.sum(tf.mul(f(x as tf.Tensor2D, r as tf.Tensor2D), W)),
        )(params);
        return [value, ...grads.map((g) => g.dataSync())];
      };
      return [run((x, r) => chunkCell(x, r, h0, c0, n, L)), run((x, r) => unrolledChunks(x, r, h0t, c0t, n, L))];
    });
    expect(tf.memory().numTensors).toBe(before);
    for (let k = 0; k < 3; k++) {
      const scale = Math.max(...Array.from(reference[k]!, Math.abs));
      const diff = Math.max(...Array.from(ours[k]!, (g, m) => Math.abs(g - reference[k]![m]!)));
      expect(diff / scale).toBeLessThan(1e-5);
    }
  });
});
