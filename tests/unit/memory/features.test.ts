import { describe, expect, it } from "vitest";
import {
  bestEmaAlpha,
  cosineDistance,
  EMA_ALPHAS,
  emaSeries,
  predictionLosses,
  repeatLastLosses,
  targetsIn,
} from "../../../lib/memory/baselines";
import { seededRandom } from "../../../lib/memory/initial-weights";
import {
  buildFeatures,
  entryFeatures,
  EXTRA_FEATURE_COUNT,
  gapFeature,
  isReadable,
  recurrenceFeature,
  unscaleMood,
  type MemoryEntry,
} from "../../../lib/memory/features";

const e = (v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const entry = (embedding: number[], date: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  embedding,
  valence: 0,
  mood: null,
  date,
  ...extra,
});

describe("entry features", () => {
  it("appends valence, scaled mood with a presence flag, log gap and weekday on the circle", () => {
    const xs = buildFeatures([
      { embedding: e([1, 0, 0]), valence: 0.5, mood: 5, date: "2025-01-06" }, // Monday
      { embedding: e([0, 1, 0]), valence: -2, mood: null, date: "2025-01-13" }, // a week later, Monday
      { embedding: e([0, 0, 1]), valence: 0, mood: 1, date: "2025-02-12" }, // 30 days later, Wednesday
      { embedding: e([1, 1, 0]), valence: 0, mood: 3, date: "2025-02-12" }, // same day
    ]);
    expect(EXTRA_FEATURE_COUNT).toBe(8);
    expect(xs.map((x) => x.length)).toEqual([11, 11, 11, 11]);
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

  it("similarity to the previous 14 days: the best cosine, 0 for the first entry and beyond 14 days", () => {
    const xs = buildFeatures([
      entry(e([1, 0, 0]), "2025-01-01"),
      entry(e([1, 1, 0]), "2025-01-05"), // cos 0.707 to the first
      entry(e([0, 0, 1]), "2025-01-10"), // orthogonal to both
      entry(e([1, 0.1, 0]), "2025-01-16"), // 15 days after the first: only entries 2 and 3 count
    ]);
    const sim = xs.map((x) => x[3 + 6]!);
    expect(sim[0]).toBe(0);
    expect(sim[1]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(sim[2]).toBe(0);
    expect(sim[3]).toBeCloseTo((1 + 0.1) / Math.SQRT2 / Math.hypot(1, 0.1), 6);
  });

  it("theme recurrence counts earlier entries of the previous 60 days that share a theme", () => {
    const days = ["2025-01-01", "2025-01-20", "2025-02-10", "2025-03-15", "2025-03-16"];
    const themes = [["money"], ["money", "eyes"], ["eyes"], ["money"], []];
    const entries = days.map((d, k) => entry(e([1, k, 0]), d, { themes: themes[k]! }));
    const rec = buildFeatures(entries).map((x) => x[3 + 7]!);
    // 1: one earlier "money"; 2: entry 1 shares "eyes"; 3: 01-20 is 54 days back (money), 01-01 is 73 days back.
    expect(rec[0]).toBe(0);
    expect(rec[1]).toBeCloseTo(Math.log(2) / Math.LN10, 6);
    expect(rec[2]).toBeCloseTo(Math.log(2) / Math.LN10, 6);
    expect(rec[3]).toBeCloseTo(Math.log(2) / Math.LN10, 6);
    expect(rec[4]).toBe(0); // no themes
    // Without themes at all the feature is 0.
    expect(buildFeatures(entries.map((x) => ({ ...x, themes: undefined }))).every((x) => x[3 + 7] === 0)).toBe(true);
    expect(recurrenceFeature(9)).toBeCloseTo(1, 12);
    expect(recurrenceFeature(1000)).toBe(1.5);
  });

  it("an unreadable (all-zero) entry adds no similarity to itself or to later entries", () => {
    const entries = [
      entry(e([1, 0, 0]), "2025-01-01"),
      entry([0, 0, 0], "2025-01-02"),
      entry(e([1, 0, 0]), "2025-01-03"),
    ];
    expect(isReadable(entries[1]!.embedding)).toBe(false);
    const xs = buildFeatures(entries);
    expect(xs[1]![3 + 6]).toBe(0);
    expect(xs[2]![3 + 6]).toBeCloseTo(1, 6); // from entry 0, not from the zero entry
    // The one-entry path (extending a run) gives the same features as the whole pass.
    expect(Array.from(entryFeatures(entries[2]!, entries.slice(0, 2)))).toEqual(Array.from(xs[2]!));
  });

  it("saturates long gaps and maps the mood scale back", () => {
    expect(gapFeature(1)).toBe(0);
    expect(gapFeature(10_000)).toBe(1.5);
    expect(unscaleMood(-1)).toBe(1);
    expect(unscaleMood(0.5)).toBe(4);
  });

  it("rejects entries whose embeddings differ in length", () => {
    expect(() => buildFeatures([entry([1, 0], "2025-01-01"), entry([1, 0, 0], "2025-01-02")])).toThrow(/dims/);
  });
});

describe("baselines", () => {
  const seq = [e([1, 0]), e([1, 1]), e([0, 1]), e([-1, 1]), e([-1, 0]), e([-1, -1])];
  const all = seq.map(() => true);

  it("cosine distance is 0 for the same direction, 1 for orthogonal or empty vectors", () => {
    expect(cosineDistance([2, 0], [1, 0], 2)).toBe(0);
    expect(cosineDistance([0, 1], [1, 0], 2)).toBe(1);
    expect(cosineDistance([0, 0], [1, 0], 2)).toBe(1);
  });

  it("repeat-last compares each target with the last readable entry before it; unreadable targets are skipped", () => {
    const losses = repeatLastLosses(seq, all, targetsIn(all, 1, 6));
    for (const l of losses) expect(l).toBeCloseTo(1 - Math.SQRT1_2, 12);
    const readable = [true, true, false, true, true, true];
    expect(targetsIn(readable, 0, 6)).toEqual([1, 3, 4, 5]);
    expect(repeatLastLosses(seq, readable, [3])[0]).toBeCloseTo(cosineDistance(seq[1]!, seq[3]!, 2), 12);
  });

  it("the EMA is the constant-gate cell m_t = (1 − α) m_{t−1} + α e_t from zero, skipping unreadable entries", () => {
    const m = emaSeries(seq, 0.5);
    expect(Array.from(m.subarray(0, 2))).toEqual([0.5, 0]);
    expect(m[2]).toBeCloseTo(0.25 + 0.5 * seq[1]![0]!, 12);
    const skipped = emaSeries(seq, 0.5, [true, false, true, true, true, true]);
    expect(Array.from(skipped.subarray(2, 4))).toEqual([0.5, 0]);
  });

  it("picks α on the training targets from a grid that goes down to 0.005", () => {
    expect(EMA_ALPHAS[0]).toBe(0.005);
    const drift = Array.from({ length: 40 }, (_, t) => [Math.cos(t / 5), Math.sin(t / 5)]);
    const readable = drift.map(() => true);
    const best = bestEmaAlpha(drift, readable, 34);
    expect(best.alpha).toBe(0.8); // a steady drift: the freshest entry is the best guess
    const targets = targetsIn(readable, 34, 40);
    const ema = predictionLosses(emaSeries(drift, best.alpha), drift, targets);
    const repeat = repeatLastLosses(drift, readable, targets);
    expect(ema.reduce((a, b) => a + b)).toBeGreaterThan(repeat.reduce((a, b) => a + b)); // an average lags
    const random = seededRandom(3);
    const noisy = Array.from({ length: 200 }, () => e([1, 2 * random() - 1]));
    expect(
      bestEmaAlpha(
        noisy,
        noisy.map(() => true),
        200,
      ).alpha,
    ).toBeLessThanOrEqual(0.05);
  });
});
