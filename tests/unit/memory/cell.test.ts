// The plain-TS cell against tfjs, and the exact decomposition of the cell state into per-entry and per-theme
// contributions, with the user's forget gate.
import { norm } from "@/lib/vectors";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBackend } from "../../../lib/memory/backend";
import { seededRandom } from "../../../lib/memory/initial-weights";
import { extendRun, runSequence, type LstmWeights, type SequenceRun } from "../../../lib/memory/cell";
import {
  contributionOverTime,
  contributions,
  driverScore,
  logRetentions,
  surfaceGain,
  writtenStrength,
} from "../../../lib/memory/contributions";
import { themeContributions, themeReleases, type ThemePart } from "../../../lib/memory/theme-contributions";
import { forwardTf } from "../../../lib/memory/train";

function randomWeights(inputDim: number, units: number, seed: number, scale = 0.6): LstmWeights {
  const random = seededRandom(seed);
  const r = (n: number, s: number) => Float32Array.from({ length: n }, () => (2 * random() - 1) * s);
  return {
    inputDim,
    units,
    kernel: r(inputDim * 4 * units, (scale / Math.sqrt(inputDim)) * 2),
    recurrentKernel: r(units * 4 * units, (scale / Math.sqrt(units)) * 2),
    bias: r(4 * units, 1),
  };
}

function randomInputs(T: number, D: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: T }, () => Float32Array.from({ length: D }, () => 2 * random() - 1));
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]! - b[k]!));
  return m;
}

/** c_T − (Σ_j κ_{j,T} + initial), largest absolute component. */
function decompositionError(run: SequenceRun, T = run.steps - 1): number {
  const H = run.units;
  const { kappa, initial } = contributions(run, T);
  let worst = 0;
  for (let u = 0; u < H; u++) {
    let s = initial[u]!;
    for (let j = 0; j <= T; j++) s += kappa[j * H + u]!;
    worst = Math.max(worst, Math.abs(s - run.c[T * H + u]!));
  }
  return worst;
}

beforeAll(async () => {
  await ensureBackend();
});

describe("plain-TS forward pass vs tfjs", () => {
  it.each([
    { D: 12, H: 8, T: 40, seed: 1 },
    { D: 106, H: 32, T: 120, seed: 2 },
  ])("matches tf.layers.lstm (sigmoid recurrent activation) to 1e-5: D=$D H=$H T=$T", ({ D, H, T, seed }) => {
    const weights = randomWeights(D, H, seed);
    const xs = randomInputs(T, D, seed + 100);
    const run = runSequence(weights, xs);
    // The run must exercise the gates, not sit in saturation.
    expect(Math.min(...run.f)).toBeLessThan(0.3);
    expect(Math.max(...run.f)).toBeGreaterThan(0.7);

    const before = tf.memory().numTensors;
    const layer = tf.layers.lstm({
      units: H,
      returnSequences: true,
      returnState: true,
      recurrentActivation: "sigmoid",
      recurrentInitializer: "zeros", // replaced by setWeights; avoids the slow orthogonal init
    });
    const flat = new Float32Array(T * D);
    xs.forEach((x, t) => flat.set(x, t * D));
    const input = tf.tensor3d(flat, [1, T, D]);
    tf.dispose(layer.apply(input) as tf.Tensor[]); // builds the layer
    const w = [
      tf.tensor2d(weights.kernel, [D, 4 * H]),
      tf.tensor2d(weights.recurrentKernel, [H, 4 * H]),
      tf.tensor1d(weights.bias),
    ];
    layer.setWeights(w);
    const outputs = layer.apply(input) as tf.Tensor[]; // [h for every step, h_T, c_T]
    const hTf = outputs[0]!.dataSync();
    const cTf = outputs[2]!.dataSync();
    tf.dispose([input, ...outputs, ...w]);
    layer.dispose();
    expect(tf.memory().numTensors).toBe(before);

    expect(maxAbsDiff(run.h, hTf)).toBeLessThan(1e-5);
    expect(maxAbsDiff(run.c.subarray((T - 1) * H), cTf)).toBeLessThan(1e-5);
  });

  it("matches the hand-unrolled tfjs cell that training uses, and leaks no tensors", async () => {
    const weights = randomWeights(30, 16, 3);
    const xs = randomInputs(80, 30, 4);
    const run = runSequence(weights, xs);
    await forwardTf(weights, xs); // first call may initialise the backend's kernels
    const before = tf.memory().numTensors;
    const { h, c } = await forwardTf(weights, xs);
    expect(tf.memory().numTensors).toBe(before);
    expect(maxAbsDiff(run.h, h)).toBeLessThan(1e-5);
    expect(maxAbsDiff(run.c.subarray(79 * 16), c)).toBeLessThan(1e-5);
  });

  it("extending a run by one step equals the next step of the sequence", () => {
    const weights = randomWeights(10, 6, 5);
    const xs = randomInputs(30, 10, 6);
    const run = runSequence(weights, xs);
    const H = 6;
    const next = extendRun(weights, runSequence(weights, xs.slice(0, 29)), xs[29]!);
    expect(maxAbsDiff(next.c.subarray(29 * H), run.c.subarray(29 * H))).toBe(0);
    expect(maxAbsDiff(next.h.subarray(29 * H), run.h.subarray(29 * H))).toBe(0);
    expect(maxAbsDiff(next.f.subarray(29 * H), run.f.subarray(29 * H))).toBe(0);
  });
});

describe("contributions κ", () => {
  const H = 16;
  const weights = randomWeights(20, H, 7);
  const xs = randomInputs(500, 20, 8);
  const c0 = Float64Array.from({ length: H }, (_, u) => Math.sin(u + 1));
  const h0 = Float64Array.from({ length: H }, (_, u) => 0.5 * Math.cos(u));
  const run = runSequence(weights, xs, { initial: { c: c0, h: h0 } });

  it("Σ_j κ_{j,T} + (∏f) ⊙ c_0 = c_T to 1e-5 over 500 steps, at the end and midway", () => {
    expect(decompositionError(run)).toBeLessThan(1e-5);
    expect(decompositionError(run, 250)).toBeLessThan(1e-5);
    // The c_0 term is really there at the start and has faded by the end.
    expect(norm(contributions(run, 0).initial)).toBeGreaterThan(0.1);
  });

  it("κ over time ends in κ_{j,T}; retention is 1 on the entry's day and stays in [0, 1]", () => {
    const { kappa } = contributions(run);
    const j = 480;
    const rows = contributionOverTime(run, j);
    expect(rows.length).toBe((500 - j) * H);
    expect(maxAbsDiff(rows.subarray(rows.length - H), kappa.subarray(j * H, j * H + H))).toBeLessThan(1e-15);
    const written = writtenStrength(run, j);
    expect(norm(rows, 0, H) / written).toBeCloseTo(1, 12);
    expect(Math.exp(logRetentions(run)[j]!)).toBeCloseTo(norm(kappa, j * H, H) / written, 10);
    for (let t = 0; t < 500 - j; t++) {
      const r = norm(rows, t * H, H) / written;
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(1);
    }
  });

  it("the surfaced vector h_T splits exactly over the entries", () => {
    const { kappa, initial } = contributions(run);
    const surface = surfaceGain(run);
    const T = 499;
    for (let u = 0; u < H; u++) {
      let s = surface.gain[u]! * initial[u]!;
      for (let j = 0; j <= T; j++) s += surface.gain[u]! * kappa[j * H + u]!;
      expect(Math.abs(s - run.h[T * H + u]!)).toBeLessThan(1e-9);
    }
    let total = driverScore(surface, initial);
    for (let j = 0; j <= T; j++) total += driverScore(surface, kappa, j * H);
    expect(Math.abs(total - surface.hNorm)).toBeLessThan(1e-9);
  });
});

describe("let go (the user's forget gate)", () => {
  const H = 12;
  const weights = randomWeights(15, H, 11);
  const xs = randomInputs(60, 15, 12);
  const plain = runSequence(weights, xs);

  it("subtracts κ_{j,r} at the release step, keeps it at zero after, and the decomposition stays exact", () => {
    const j = 20;
    const r = 35;
    const released = runSequence(weights, xs, { releases: [{ atStep: r, parts: [{ index: j, share: 1 }] }] });
    // Nothing changes before the release.
    expect(maxAbsDiff(released.c.subarray(0, r * H), plain.c.subarray(0, r * H))).toBe(0);
    // At the release step, c_r ← c_r − κ_{j,r} exactly.
    const before = contributionOverTime(plain, j, r).subarray((r - j) * H);
    for (let u = 0; u < H; u++) {
      expect(released.c[r * H + u]).toBeCloseTo(plain.c[r * H + u]! - before[u]!, 14);
      expect(released.h[r * H + u]).toBeCloseTo(released.o[r * H + u]! * Math.tanh(released.c[r * H + u]!), 14);
    }
    // From then on its contribution is zero and the remaining entries still sum to c_t.
    for (const T of [r, 45, 59]) {
      expect(norm(contributions(released, T).kappa, j * H, H)).toBe(0);
      expect(decompositionError(released, T)).toBeLessThan(1e-12);
    }
    const rows = contributionOverTime(released, j);
    expect(norm(rows, (r - j - 1) * H, H)).toBeGreaterThan(0);
    expect(norm(rows, (r - j) * H, H)).toBe(0);
    // There was something to let go of.
    expect(norm(before)).toBeGreaterThan(1e-3);
  });

  it("is re-applied by re-running, also with new weights, and undone by running without it", () => {
    const releases = [
      { atStep: 30, parts: [{ index: 5, share: 1 }] },
      { atStep: 59, parts: [{ index: 40, share: 1 }] },
    ];
    const again = runSequence(weights, xs, { releases });
    const twice = runSequence(weights, xs, { releases });
    expect(maxAbsDiff(again.c, twice.c)).toBe(0);
    const retrained = randomWeights(15, H, 99);
    const afterRetrain = runSequence(retrained, xs, { releases });
    for (const { parts } of releases) expect(norm(contributions(afterRetrain).kappa, parts[0]!.index * H, H)).toBe(0);
    expect(decompositionError(afterRetrain)).toBeLessThan(1e-12);
    const undone = runSequence(weights, xs, { releases: [] });
    expect(maxAbsDiff(undone.c, plain.c)).toBe(0);
  });

  it("released at its own step is the entry never writing (i_j ⊙ g_j dropped)", () => {
    const j = 10;
    const run = runSequence(weights, xs, { releases: [{ atStep: j, parts: [{ index: j, share: 1 }] }] });
    for (let u = 0; u < H; u++) {
      expect(run.c[j * H + u]).toBeCloseTo(run.f[j * H + u]! * run.c[(j - 1) * H + u]!, 14);
    }
    expect(decompositionError(run)).toBeLessThan(1e-12);
  });
});

describe("themes: parts of c_T and letting go of a theme", () => {
  const H = 10;
  const weights = randomWeights(14, H, 21);
  const T = 80;
  const xs = randomInputs(T, 14, 22);
  // Every entry splits its write over two of four themes (shares sum to 1), like sentences about two things.
  const parts: ThemePart[] = [];
  for (let j = 0; j < T; j++) {
    parts.push({ index: j, theme: `t${j % 4}`, share: 0.7 }, { index: j, theme: `t${(j + 1) % 4}`, share: 0.3 });
  }

  function themeError(run: SequenceRun, letGo: Map<string, number>, at: number): number {
    const sums = themeContributions(run, parts, letGo, at);
    const { initial } = contributions(run, at);
    let worst = 0;
    for (let u = 0; u < H; u++) {
      let s = initial[u]!;
      for (const v of sums.values()) s += v[u]!;
      worst = Math.max(worst, Math.abs(s - run.c[at * H + u]!));
    }
    return worst;
  }

  it("the themes and the c_0 term add up to c_T", () => {
    const run = runSequence(weights, xs);
    for (const at of [0, 40, T - 1]) expect(themeError(run, new Map(), at)).toBeLessThan(1e-12);
  });

  it("letting go of a theme removes every part of it up to that step, keeps later returns, and stays exact", () => {
    const letGo = new Map([["t1", 50]]);
    const run = runSequence(weights, xs, { releases: themeReleases(parts, letGo) });
    const plain = runSequence(weights, xs);
    expect(maxAbsDiff(run.c.subarray(0, 50 * H), plain.c.subarray(0, 50 * H))).toBe(0);
    for (const at of [50, 60, T - 1]) expect(themeError(run, letGo, at)).toBeLessThan(1e-12);
    // At the step it was pressed, the theme holds nothing; later entries of the theme write it in again.
    expect(norm(themeContributions(run, parts, letGo, 50).get("t1") ?? new Float64Array(H))).toBe(0);
    expect(norm(themeContributions(run, parts, letGo, 53).get("t1")!)).toBeGreaterThan(0);
    // An entry that had 0.7 of its write in t1 keeps only its 0.3 in t2.
    // (Entry 49 is theme t1 at 0.7 and t2 at 0.3; step 50's gates are the same in both runs.)
    const { kappa } = contributions(run, 50);
    const raw = contributions(plain, 50).kappa;
    for (let u = 0; u < H; u++) expect(kappa[49 * H + u]).toBeCloseTo(0.3 * raw[49 * H + u]!, 14);
  });

  it("log retention has no underflow where the product of forget gates does", () => {
    // Forget gates near 0.3: after 800 steps the product is 1e-418, below the smallest double.
    const forgetful = randomWeights(14, H, 23);
    for (let u = 0; u < H; u++) forgetful.bias[H + u] = -1;
    const long = randomInputs(800, 14, 24);
    const run = runSequence(forgetful, long);
    const { kappa } = contributions(run);
    expect(norm(kappa, 0, H)).toBe(0);
    const logs = logRetentions(run);
    expect(Number.isFinite(logs[0]!)).toBe(true);
    expect(logs[0]!).toBeLessThan(-300);
    expect(logs[799]!).toBeCloseTo(0, 12);
  });
});
