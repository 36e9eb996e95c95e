// The evaluation's statistics: moving-block bootstrap verdicts, the age-matched AUC, the 70/15/15 split, and
// the tfjs ranking loss against the same loss in exact arithmetic on the plain-TS pass.
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { ageMatchedAuc, aucIndex } from "../../../lib/memory/auc";
import { ensureBackend } from "../../../lib/memory/backend";
import { blockBootstrap, compareLosses } from "../../../lib/memory/bootstrap";
import { runSequence } from "../../../lib/memory/cell";
import { emaEquivalentWeights, seededRandom, standardWeights } from "../../../lib/memory/initial-weights";
import { rankingLoss } from "../../../lib/memory/objective";
import { agePairs, evaluationPoints, rankItems, type RankItems } from "../../../lib/memory/rank-items";
import { windowBatch, windowLayout } from "../../../lib/memory/rank-windows";
import { exactRankingLoss, itemLogRetentions } from "../../../lib/memory/retention-scores";
import { lastReturns, returnThreshold } from "../../../lib/memory/returns";
import { chronologicalSplit } from "../../../lib/memory/split";
import { trainingData } from "../../../lib/memory/training-data";
import { syntheticJournal } from "./fixtures";
import { referenceRankLoss } from "./reference-graphs";

beforeAll(async () => {
  await ensureBackend();
});

describe("moving-block bootstrap", () => {
  it('says "tie" for two identical loss series', () => {
    const random = seededRandom(1);
    const losses = Array.from({ length: 120 }, () => random());
    const v = compareLosses(losses, [...losses]);
    expect(v).toEqual({ estimate: 0, lower: 0, upper: 0, verdict: "tie" });
  });

  it('says "better" only for a clear, consistent improvement, and "worse" for the reverse', () => {
    const random = seededRandom(2);
    const baseline = Array.from({ length: 200 }, () => 0.5 + 0.2 * random());
    const model = baseline.map((b) => b - 0.05 + 0.02 * (random() - 0.5));
    expect(compareLosses(model, baseline).verdict).toBe("better");
    expect(compareLosses(baseline, model).verdict).toBe("worse");
    // Noise around zero difference: a tie.
    const noisy = baseline.map((b) => b + 0.05 * (random() - 0.5));
    expect(compareLosses(noisy, baseline).verdict).toBe("tie");
  });

  it("is seeded: the same numbers give the same bounds", () => {
    const values = Array.from({ length: 50 }, (_, k) => Math.sin(k));
    const mean = (w: Float64Array) => values.reduce((s, v, k) => s + w[k]! * v, 0) / w.reduce((a, b) => a + b, 0);
    expect(blockBootstrap(50, mean, 0)).toEqual(blockBootstrap(50, mean, 0));
  });
});

function items(rows: { point: number; entry: number; label: number }[]): RankItems {
  return {
    point: Int32Array.from(rows.map((r) => r.point)),
    entry: Int32Array.from(rows.map((r) => r.entry)),
    age: Int32Array.from(rows.map((r) => r.point - r.entry)),
    label: Uint8Array.from(rows.map((r) => r.label)),
    count: rows.length,
  };
}

describe("age-matched AUC", () => {
  it("compares only items of the same age, pooled over ages, with ties as one half", () => {
    // Age 1: one positive scored above one negative (1 win). Age 2: a positive below two negatives (0 of 2),
    // and one tie (½). An old negative with no positive of its age does not count.
    const it = items([
      { point: 10, entry: 9, label: 1 },
      { point: 20, entry: 19, label: 0 },
      { point: 10, entry: 8, label: 1 },
      { point: 20, entry: 18, label: 0 },
      { point: 30, entry: 28, label: 0 },
      { point: 40, entry: 38, label: 0 },
      { point: 40, entry: 10, label: 0 },
    ]);
    const score = [5, 1, 0, 2, 3, 0, 100];
    expect(ageMatchedAuc(aucIndex(it, score))).toBeCloseTo((1 + 0 + 0 + 0.5) / (1 + 3), 12);
    // A score that depends on age only (what constant gates give) is exactly one half.
    expect(
      ageMatchedAuc(
        aucIndex(
          it,
          Array.from(it.age, (a) => -a),
        ),
      ),
    ).toBe(0.5);
    // Weights count an item as often as its entry was drawn.
    expect(ageMatchedAuc(aucIndex(it, score), (k) => (k === 3 ? 0 : 1))).toBeCloseTo(1.5 / 3, 12);
  });
});

describe("chronological split", () => {
  it("is 70 / 15 / 15 oldest to newest, with at least 4 validation and 5 test entries", () => {
    expect(chronologicalSplit(28)).toEqual({ entries: 28, trainEnd: 19, validationEnd: 23 });
    expect(chronologicalSplit(365)).toEqual({ entries: 365, trainEnd: 255, validationEnd: 310 });
    expect(chronologicalSplit(3411)).toEqual({ entries: 3411, trainEnd: 2387, validationEnd: 2899 });
    expect(() => chronologicalSplit(27)).toThrow(/28/);
  });
});

describe("the ranking head's loss in tfjs", () => {
  it("equals the exact loss from the plain-TS pass and logRetentions (gates from h_{t−1} of that pass)", () => {
    const entries = syntheticJournal(150, "weekly", 4);
    const data = trainingData(entries, 100);
    const threshold = returnThreshold(data.candidates, 150);
    const it = rankItems(
      data.days,
      data.readable,
      evaluationPoints(1, 149),
      lastReturns(data.candidates, 150, threshold),
    );
    const pairs = agePairs(it);
    expect(pairs.positive.length).toBeGreaterThan(50);
    for (const weights of [standardWeights(data.F, 16, 3), emaEquivalentWeights(data.F, 16, 0.1, 3)]) {
      const run = runSequence(weights, data.xs);
      const exact = exactRankingLoss(itemLogRetentions(run, it), pairs)!;
      const layout = windowLayout(it, pairs);
      expect(layout.pairCount).toBe(pairs.positive.length);
      const batch = windowBatch(layout, 0, layout.points.length, data.xs, run.h, 16);
      const before = tf.memory().numTensors;
      const loss = tf.tidy(
        () =>
          rankingLoss(
            tf.tensor2d(batch.x, [batch.rows, data.F]),
            tf.tensor2d(batch.hPrev, [batch.rows, 16]),
            batch.windows,
            layout.width,
            batch.slotPairs,
            batch.pairs,
            tf.tensor2d(weights.kernel, [data.F, 64]),
            tf.tensor2d(weights.recurrentKernel, [16, 64]),
            tf.tensor1d(weights.bias),
          ).dataSync()[0]!,
      );
      expect(tf.memory().numTensors).toBe(before);
      expect(Math.abs(loss - exact)).toBeLessThan(1e-4);
    }
  });

  it("has the gradient tfjs autodiff gives the same loss written in tf ops (in K, R and b)", () => {
    const entries = syntheticJournal(150, "weekly", 4);
    const data = trainingData(entries, 100);
    const threshold = returnThreshold(data.candidates, 150);
    const it = rankItems(
      data.days,
      data.readable,
      evaluationPoints(1, 149),
      lastReturns(data.candidates, 150, threshold),
    );
    const layout = windowLayout(it, agePairs(it));
    const random = seededRandom(9);
    const weights = standardWeights(data.F, 16, 5);
    weights.bias.forEach((_, k) => (weights.bias[k] = weights.bias[k]! + 0.5 * (random() - 0.5)));
    const run = runSequence(weights, data.xs);
    // A run of windows from the middle (the segment starts before step 0 only for the first windows).
    for (const [from, to] of [
      [0, 6],
      [7, 20],
    ] as const) {
      const batch = windowBatch(layout, from, to, data.xs, run.h, 16);
      expect(batch.pairs).toBeGreaterThan(10);
      const before = tf.memory().numTensors;
      const [ours, reference] = tf.tidy(() => {
        const x = tf.tensor2d(batch.x, [batch.rows, data.F]);
        const hPrev = tf.tensor2d(batch.hPrev, [batch.rows, 16]);
        const params = [
          tf.tensor2d(weights.kernel, [data.F, 64]),
          tf.tensor2d(weights.recurrentKernel, [16, 64]),
          tf.tensor1d(weights.bias),
        ];
        const z = (k: tf.Tensor, r: tf.Tensor, b: tf.Tensor) =>
          tf.add(tf.add(tf.matMul(x, k as tf.Tensor2D), tf.matMul(hPrev, r as tf.Tensor2D)), b) as tf.Tensor2D;
        const a = tf.grads((k: tf.Tensor, r: tf.Tensor, b: tf.Tensor) =>
          rankingLoss(x, hPrev, batch.windows, layout.width, batch.slotPairs, batch.pairs, k, r, b),
        )(params);
        const e = tf.grads((k: tf.Tensor, r: tf.Tensor, b: tf.Tensor) =>
          referenceRankLoss(z(k, r, b), batch.windows, layout.width, batch.slotPairs, batch.pairs),
        )(params);
        return [a.map((g) => g.dataSync()), e.map((g) => g.dataSync())];
      });
      expect(tf.memory().numTensors).toBe(before);
      for (let k = 0; k < 3; k++) {
        const scale = Math.max(...Array.from(reference[k]!, Math.abs));
        expect(scale).toBeGreaterThan(0);
        const diff = Math.max(...Array.from(ours[k]!, (g, n) => Math.abs(g - reference[k]![n]!)));
        expect(diff / scale).toBeLessThan(1e-5);
      }
    }
  });
});
