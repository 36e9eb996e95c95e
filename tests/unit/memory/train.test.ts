// Real tfjs training on small synthetic journals (fixtures.ts), no mocks.
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBackend } from "../../../lib/memory/backend";
import { trainMemory } from "../../../lib/memory/train";
import { syntheticJournal } from "./fixtures";

beforeAll(async () => {
  await ensureBackend();
});

describe("trainMemory", () => {
  it("learns a weekly rhythm an average cannot, and beats the best EMA on the held-out entries", async () => {
    const { metrics } = await trainMemory(syntheticJournal(365, "weekly", 3));
    expect(metrics.entriesUsed).toBe(365);
    expect(metrics.heldOutCount).toBe(55);
    expect(metrics.baselines.ema.loss).toBeLessThan(metrics.baselines.repeatLast);
    expect(metrics.heldOutLoss).toBeLessThan(metrics.baselines.ema.loss * 0.9);
    expect(metrics.comparison.verdict).toBe("better");
    expect(metrics.bestEpoch).toBeGreaterThan(0);
  });

  it.each([1, 2])(
    "on pure noise is never worse than the EMA (seed %i) and does not claim to be better",
    async (seed) => {
      const { metrics } = await trainMemory(syntheticJournal(200, "noise", seed));
      expect(metrics.heldOutLoss).toBeLessThanOrEqual(metrics.baselines.ema.loss);
      expect(metrics.comparison.verdict).toBe("tie");
    },
  );

  it("epoch 0 is exactly the best EMA: constant gates i = α, f = 1 − α and the EMA's held-out loss", async () => {
    const { weights, head, metrics } = await trainMemory(syntheticJournal(60, "weekly"), { maxEpochs: 0 });
    const alpha = metrics.baselines.ema.alpha;
    expect(metrics.bestEpoch).toBe(0);
    expect(metrics.heldOutLoss).toBe(metrics.baselines.ema.loss);
    expect(head.alpha).toBe(alpha);
    expect(head.outKernel.every((v) => v === 0)).toBe(true);
    const H = weights.units;
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(sigmoid(weights.bias[0]!)).toBeCloseTo(alpha, 6);
    expect(sigmoid(weights.bias[H]!)).toBeCloseTo(1 - alpha, 6);
    // i, f and o ignore the entry: their kernel columns are zero.
    for (let d = 0; d < weights.inputDim; d++) {
      for (const gate of [0, 1, 3]) {
        for (let u = 0; u < H; u++) expect(weights.kernel[d * 4 * H + gate * H + u]).toBe(0);
      }
    }
  });

  it("is deterministic: the same entries give the same weights", async () => {
    const entries = syntheticJournal(90, "weekly", 5);
    const a = await trainMemory(entries, { maxEpochs: 8 });
    const b = await trainMemory(entries, { maxEpochs: 8 });
    expect(a.metrics.epochs).toBe(8);
    expect(Array.from(b.weights.kernel)).toEqual(Array.from(a.weights.kernel));
    expect(Array.from(b.weights.recurrentKernel)).toEqual(Array.from(a.weights.recurrentKernel));
    expect(Array.from(b.head.outKernel)).toEqual(Array.from(a.head.outKernel));
    expect(b.metrics.heldOutLoss).toBe(a.metrics.heldOutLoss);
  });

  it("leaves no tensors behind", async () => {
    const before = tf.memory();
    await trainMemory(syntheticJournal(80, "weekly", 6), { maxEpochs: 5 });
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
  });

  it("refuses to train below the minimum number of entries", async () => {
    await expect(trainMemory(syntheticJournal(27, "weekly"))).rejects.toThrow(/needs 28/);
  });
});
