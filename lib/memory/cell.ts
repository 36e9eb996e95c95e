// The LSTM cell in plain TypeScript (design §2, "The cell"): the forward pass the app shows to users, recomputed
// from stored weights, with the user's forget gate ("let go") applied inside the recurrence.
//
// Why not tfjs here: tf.layers.lstm exposes only h (and the final [h, c]); the app needs every gate, the cell
// state and the exact contribution κ of each past entry. This file computes them with Float64 accumulation, so
// the only difference from tfjs (Float32) is tfjs's own rounding; tests check the match to 1e-5.
//
// Weight layout is exactly what tfjs `getWeights()` returns for an LSTM layer: kernel [D×4H], recurrentKernel
// [H×4H], bias [4H], row-major, gate blocks in the order i, f, c̃ (here g), o.
//
// Indexing note: tsconfig has noUncheckedIndexedAccess; in the numeric loops below every index is bounded by
// the array sizes checked at the entry points, so element reads use `!`.

import { sigmoid } from "./activations";
import { pushTo } from "./push-to";

export type LstmWeights = {
  inputDim: number;
  units: number;
  /** [inputDim × 4·units], row-major, gate blocks i, f, g, o. */
  kernel: Float32Array;
  /** [units × 4·units], row-major, gate blocks i, f, g, o. */
  recurrentKernel: Float32Array;
  /** [4·units], gate blocks i, f, g, o. */
  bias: Float32Array;
};

type LstmState = { c: Float64Array; h: Float64Array };

/**
 * The user's forget gate, pressed when entry `atStep` was the newest: remove from the state the parts of what
 * earlier entries wrote. A part is (entry index, share): letting go of a theme removes, for every entry with
 * sentences in it, the theme's share of that entry's write (design §4). A share of 1 is the whole entry.
 */
export type Release = { atStep: number; parts: readonly { index: number; share: number }[] };

/** One part actually removed: `share` of entry `index`'s write i ⊙ g, at step `atStep`. */
type AppliedRelease = { index: number; atStep: number; share: number };

/** Every per-step quantity of one pass, flat [steps × units] in step order. */
export type SequenceRun = {
  steps: number;
  units: number;
  i: Float64Array;
  f: Float64Array;
  g: Float64Array;
  o: Float64Array;
  /** Cell state after the step (after any release applied at that step). */
  c: Float64Array;
  h: Float64Array;
  c0: Float64Array;
  h0: Float64Array;
  /** The parts removed, in step order; per entry the shares never sum past 1. */
  released: AppliedRelease[];
};

function validateWeights(w: LstmWeights): void {
  const H4 = 4 * w.units;
  if (!Number.isInteger(w.units) || w.units <= 0) throw new RangeError(`units must be a positive integer`);
  if (w.kernel.length !== w.inputDim * H4) throw new RangeError(`kernel must be ${w.inputDim}×${H4}`);
  if (w.recurrentKernel.length !== w.units * H4) throw new RangeError(`recurrentKernel must be ${w.units}×${H4}`);
  if (w.bias.length !== H4) throw new RangeError(`bias must have ${H4} values`);
}

type StepOut = { i: Float64Array; f: Float64Array; g: Float64Array; o: Float64Array; c: Float64Array; h: Float64Array };

/**
 * One cell step, written into the output arrays at `off`: i, f, o = σ(·), g = tanh(·), c = f ⊙ c' + i ⊙ g,
 * h = o ⊙ tanh(c). Pre-activations are accumulated in Float64 in `z` (scratch, length 4H). When `projected` is
 * given it holds x·kernel + bias for this step (from `pOff`) and `x` is not read.
 */
function cellStep(
  w: LstmWeights,
  x: ArrayLike<number>,
  projected: ArrayLike<number> | null,
  pOff: number,
  hPrev: ArrayLike<number>,
  hOff: number,
  cPrev: ArrayLike<number>,
  cOff: number,
  out: StepOut,
  off: number,
  z: Float64Array,
): void {
  const H = w.units;
  const H4 = 4 * H;
  const { kernel, recurrentKernel, bias } = w;
  if (projected) {
    for (let k = 0; k < H4; k++) z[k] = projected[pOff + k]!;
  } else {
    for (let k = 0; k < H4; k++) z[k] = bias[k]!;
    for (let d = 0; d < w.inputDim; d++) {
      const xd = x[d]!;
      if (xd === 0) continue;
      const row = d * H4;
      for (let k = 0; k < H4; k++) z[k] = z[k]! + xd * kernel[row + k]!;
    }
  }
  for (let u = 0; u < H; u++) {
    const hu = hPrev[hOff + u]!;
    if (hu === 0) continue;
    const row = u * H4;
    for (let k = 0; k < H4; k++) z[k] = z[k]! + hu * recurrentKernel[row + k]!;
  }
  for (let u = 0; u < H; u++) {
    const iu = sigmoid(z[u]!);
    const fu = sigmoid(z[H + u]!);
    const gu = Math.tanh(z[2 * H + u]!);
    const ou = sigmoid(z[3 * H + u]!);
    const cu = fu * cPrev[cOff + u]! + iu * gu;
    out.i[off + u] = iu;
    out.f[off + u] = fu;
    out.g[off + u] = gu;
    out.o[off + u] = ou;
    out.c[off + u] = cu;
    out.h[off + u] = ou * Math.tanh(cu);
  }
}

/** κ_{j,t} before releases: (∏_{j<k≤t} f_k) ⊙ i_j ⊙ g_j, from stored gates. */
export function rawKappa(run: Pick<SequenceRun, "i" | "f" | "g">, H: number, j: number, t: number, into: Float64Array) {
  for (let u = 0; u < H; u++) into[u] = run.i[j * H + u]! * run.g[j * H + u]!;
  for (let k = j + 1; k <= t; k++) {
    for (let u = 0; u < H; u++) into[u] = into[u]! * run.f[k * H + u]!;
  }
}

/**
 * Apply the releases of step t right after the step: c_t ← c_t − Σ share · (∏_{j<k≤t} f_k) ⊙ i_j ⊙ g_j, then
 * h_t = o_t ⊙ tanh(c_t). Because c_t is still the sum of the remaining parts (plus the c_0 term), the
 * decomposition stays exact; later gates see the memory without them. A part asking for more of an entry than
 * is left (the same sentences released twice, or an entry and one of its themes) removes only what is left.
 */
function applyReleases(
  out: StepOut,
  H: number,
  t: number,
  releases: readonly Release[],
  remaining: Map<number, number>,
  log: AppliedRelease[],
  kappa: Float64Array,
): void {
  let changed = false;
  for (const release of releases) {
    for (const part of release.parts) {
      const j = part.index;
      if (!Number.isInteger(j) || j < 0 || j > t || !(part.share > 0)) continue;
      const left = remaining.get(j) ?? 1;
      const share = Math.min(part.share, left);
      if (!(share > 0)) continue;
      remaining.set(j, left - share);
      log.push({ index: j, atStep: t, share });
      rawKappa(out, H, j, t, kappa);
      const off = t * H;
      for (let u = 0; u < H; u++) out.c[off + u] = out.c[off + u]! - share * kappa[u]!;
      changed = true;
    }
  }
  if (!changed) return;
  const off = t * H;
  for (let u = 0; u < H; u++) out.h[off + u] = out.o[off + u]! * Math.tanh(out.c[off + u]!);
}

/**
 * Clamp releases to the sequence: one recorded before its entries existed in this sequence acts at the newest of
 * them (its write is dropped), one recorded after the newest step acts at the newest step.
 */
function releasesByStep(releases: readonly Release[], steps: number): Map<number, Release[]> {
  const byStep = new Map<number, Release[]>();
  for (const r of releases) {
    const parts = r.parts.filter((p) => Number.isInteger(p.index) && p.index >= 0 && p.index < steps);
    if (parts.length === 0) continue;
    const newest = Math.max(...parts.map((p) => p.index));
    const at = Math.min(Math.max(Math.trunc(r.atStep), newest), steps - 1);
    pushTo(byStep, at, { atStep: at, parts });
  }
  return byStep;
}

/** Run the cell over a whole sequence, applying the user's releases at their steps (see `applyReleases`). */
export function runSequence(
  weights: LstmWeights,
  xs: readonly ArrayLike<number>[],
  options: {
    initial?: LstmState;
    releases?: readonly Release[];
    /** x_t·kernel + bias for every step, flat [T × 4H], when already computed (training computes it in tfjs). */
    inputProjection?: ArrayLike<number>;
  } = {},
): SequenceRun {
  validateWeights(weights);
  const T = xs.length;
  const H = weights.units;
  const c0 = new Float64Array(H);
  const h0 = new Float64Array(H);
  if (options.initial) {
    if (options.initial.c.length !== H || options.initial.h.length !== H) throw new RangeError(`state must have ${H}`);
    c0.set(options.initial.c);
    h0.set(options.initial.h);
  }
  const out: StepOut = {
    i: new Float64Array(T * H),
    f: new Float64Array(T * H),
    g: new Float64Array(T * H),
    o: new Float64Array(T * H),
    c: new Float64Array(T * H),
    h: new Float64Array(T * H),
  };
  const projected = options.inputProjection ?? null;
  if (projected && projected.length !== T * 4 * H) throw new RangeError(`inputProjection must be ${T}×${4 * H}`);
  const byStep = releasesByStep(options.releases ?? [], T);
  const remaining = new Map<number, number>();
  const released: AppliedRelease[] = [];
  const z = new Float64Array(4 * H);
  const kappa = new Float64Array(H);
  for (let t = 0; t < T; t++) {
    const x = xs[t]!;
    if (!projected && x.length !== weights.inputDim)
      throw new RangeError(`xs[${t}] must have ${weights.inputDim} values`);
    const off = t * H;
    if (t === 0) cellStep(weights, x, projected, 0, h0, 0, c0, 0, out, off, z);
    else cellStep(weights, x, projected, t * 4 * H, out.h, off - H, out.c, off - H, out, off, z);
    const here = byStep.get(t);
    if (here) applyReleases(out, H, t, here, remaining, released, kappa);
  }
  return { steps: T, units: H, ...out, c0, h0, released };
}

/**
 * `run` with one more step: an entry appended to the journal, the same as running the whole sequence again
 * (tested) but at the cost of one cell step plus a copy of the arrays. `releasesHere` act at the new step.
 */
export function extendRun(
  weights: LstmWeights,
  run: SequenceRun,
  x: ArrayLike<number>,
  releasesHere: readonly Release[] = [],
): SequenceRun {
  validateWeights(weights);
  if (x.length !== weights.inputDim) throw new RangeError(`x must have ${weights.inputDim} values`);
  const H = run.units;
  const T = run.steps;
  const grow = (a: Float64Array) => {
    const b = new Float64Array((T + 1) * H);
    b.set(a.subarray(0, T * H));
    return b;
  };
  const out: StepOut = {
    i: grow(run.i),
    f: grow(run.f),
    g: grow(run.g),
    o: grow(run.o),
    c: grow(run.c),
    h: grow(run.h),
  };
  const off = T * H;
  const z = new Float64Array(4 * H);
  if (T === 0) cellStep(weights, x, null, 0, run.h0, 0, run.c0, 0, out, off, z);
  else cellStep(weights, x, null, 0, out.h, off - H, out.c, off - H, out, off, z);
  const released = [...run.released];
  const remaining = new Map<number, number>();
  for (const r of released) remaining.set(r.index, (remaining.get(r.index) ?? 1) - r.share);
  applyReleases(out, H, T, releasesHere, remaining, released, new Float64Array(H));
  return { steps: T + 1, units: H, ...out, c0: run.c0, h0: run.h0, released };
}

/** The first `steps` steps of a run (views, no copy); releases acting later are dropped. */
export function truncateRun(run: SequenceRun, steps: number): SequenceRun {
  if (!Number.isInteger(steps) || steps < 0 || steps > run.steps) throw new RangeError(`steps must be 0..${run.steps}`);
  const n = steps * run.units;
  return {
    steps,
    units: run.units,
    i: run.i.subarray(0, n),
    f: run.f.subarray(0, n),
    g: run.g.subarray(0, n),
    o: run.o.subarray(0, n),
    c: run.c.subarray(0, n),
    h: run.h.subarray(0, n),
    c0: run.c0,
    h0: run.h0,
    released: run.released.filter((r) => r.atStep < steps),
  };
}

/** Mean over units of row t of a [steps × units] array (the per-entry gate values the app charts). */
export function rowMean(values: Float64Array, units: number, t: number): number {
  let s = 0;
  for (let u = 0; u < units; u++) s += values[t * units + u]!;
  return s / units;
}
