// Real tfjs training (wasm), no mocks: on small synthetic journals (fixtures.ts) and on a planted journal
// embedded with the real word vectors (planted-journal.ts).
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBackend } from "../../../lib/memory/backend";
import { returnThreshold } from "../../../lib/memory/returns";
import { chronologicalSplit } from "../../../lib/memory/split";
import { trainMemory } from "../../../lib/memory/train";
import { fitCell } from "../../../lib/memory/trainer";
import { trainingData } from "../../../lib/memory/training-data";
import { CONVERSION_TIMEOUT_MS, ensureVectors } from "../embedding/vectors";
import { syntheticJournal } from "./fixtures";
import { plantedJournal } from "./planted-journal";

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
