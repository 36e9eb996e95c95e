import { describe, expect, it } from "vitest";
import { computeBaselines, cosineDistance, emaSeries, repeatLastLoss } from "../../../lib/memory/baselines";
import { seededRandom } from "../../../lib/memory/initial-weights";
import { buildFeatures, EXTRA_FEATURE_COUNT, gapFeature, unscaleMood } from "../../../lib/memory/features";

const e = (v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};

describe("entry features", () => {
  it("appends valence, scaled mood with a presence flag, log gap and weekday on the circle", () => {
    const xs = buildFeatures([
      { embedding: e([1, 0, 0]), valence: 0.5, mood: 5, date: "2025-01-06" }, // Monday
      { embedding: e([0, 1, 0]), valence: -2, mood: null, date: "2025-01-13" }, // a week later, Monday
      { embedding: e([0, 0, 1]), valence: 0, mood: 1, date: "2025-02-12" }, // 30 days later, Wednesday
      { embedding: e([1, 1, 0]), valence: 0, mood: 3, date: "2025-02-12" }, // same day
    ]);
    expect(xs.map((x) => x.length)).toEqual([3 + EXTRA_FEATURE_COUNT, 9, 9, 9]);
    const [a, b, c, d] = xs.map((x) => Array.from(x.subarray(3)));
    const monday = [Math.sin((2 * Math.PI) / 7), Math.cos((2 * Math.PI) / 7)];
    const wednesday = [Math.sin((6 * Math.PI) / 7), Math.cos((6 * Math.PI) / 7)];
    expect(a![0]).toBeCloseTo(0.5, 6);
    expect(a!.slice(1, 4)).toEqual([1, 1, 0]); // mood 5 → 1, present, first entry has no gap
    expect(a![4]).toBeCloseTo(monday[0]!, 6);
    expect(a![5]).toBeCloseTo(monday[1]!, 6);
    expect(b!.slice(0, 3)).toEqual([-1, 0, 0]); // valence clamped; no mood is 0 with flag 0
    expect(b![3]).toBeCloseTo(Math.log(7) / Math.log(30), 6);
    expect(c!.slice(1, 3)).toEqual([-1, 1]);
    expect(c![3]).toBeCloseTo(1, 6);
    expect(c![4]).toBeCloseTo(wednesday[0]!, 6);
    expect(d!.slice(1, 4)).toEqual([0, 1, 0]); // mood 3 → 0 but present; same day → gap 0
  });

  it("saturates long gaps and maps the mood scale back", () => {
    expect(gapFeature(1)).toBe(0);
    expect(gapFeature(10_000)).toBe(1.5);
    expect(unscaleMood(-1)).toBe(1);
    expect(unscaleMood(0.5)).toBe(4);
  });

  it("rejects entries whose embeddings differ in length", () => {
    expect(() =>
      buildFeatures([
        { embedding: [1, 0], valence: 0, mood: null, date: "2025-01-01" },
        { embedding: [1, 0, 0], valence: 0, mood: null, date: "2025-01-02" },
      ]),
    ).toThrow(/dims/);
  });
});

describe("baselines", () => {
  const seq = [e([1, 0]), e([1, 1]), e([0, 1]), e([-1, 1]), e([-1, 0]), e([-1, -1])];

  it("cosine distance is 0 for the same direction, 1 for orthogonal or empty vectors", () => {
    expect(cosineDistance([2, 0], [1, 0], 2)).toBe(0);
    expect(cosineDistance([0, 1], [1, 0], 2)).toBe(1);
    expect(cosineDistance([0, 0], [1, 0], 2)).toBe(1);
  });

  it("repeat-last compares each entry with the one before", () => {
    expect(repeatLastLoss(seq, 1, 6)).toBeCloseTo(1 - Math.SQRT1_2, 12);
  });

  it("the EMA is the constant-gate cell m_t = (1 − α) m_{t−1} + α e_t from zero", () => {
    const m = emaSeries(seq, 0.5);
    expect(Array.from(m.subarray(0, 2))).toEqual([0.5, 0]);
    expect(m[2]).toBeCloseTo(0.25 + 0.5 * seq[1]![0]!, 12);
  });

  it("picks α on the training targets and reports it on the held-out ones", () => {
    // A steady drift: the freshest entry is the best guess, so the largest α wins.
    const drift = Array.from({ length: 40 }, (_, t) => [Math.cos(t / 5), Math.sin(t / 5)]);
    const b = computeBaselines(drift, 34);
    expect(b.ema.alpha).toBe(0.8);
    expect(b.ema.loss).toBeGreaterThan(b.repeatLast); // an average lags behind a drift
    // Noise around a fixed direction: a long average wins.
    const random = seededRandom(3);
    const noisy = Array.from({ length: 40 }, () => e([1, 2 * random() - 1]));
    expect(computeBaselines(noisy, 34).ema.alpha).toBeLessThanOrEqual(0.1);
  });
});
