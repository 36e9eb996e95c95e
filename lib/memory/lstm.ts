// The LSTM cell in plain TypeScript: the forward pass the app shows to users, recomputed from stored weights.
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

export type LstmState = { c: Float64Array; h: Float64Array };

/**
 * A user's "let go" of entry `index`, applied at step `atStep` (the index of the newest entry when the user
 * pressed it). See `runSequence` for what it does to the state.
 */
export type Release = { index: number; atStep: number };

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
  /** For each entry, the step at which it was let go, or -1. */
  releasedAt: Int32Array;
};

export function validateWeights(w: LstmWeights): void {
  const H4 = 4 * w.units;
  if (!Number.isInteger(w.units) || w.units <= 0) throw new RangeError(`units must be a positive integer`);
  if (w.kernel.length !== w.inputDim * H4) throw new RangeError(`kernel must be ${w.inputDim}×${H4}`);
  if (w.recurrentKernel.length !== w.units * H4) throw new RangeError(`recurrentKernel must be ${w.units}×${H4}`);
  if (w.bias.length !== H4) throw new RangeError(`bias must have ${H4} values`);
}

function sigmoid(z: number): number {
  // Two branches keep exp() from overflowing for large |z|.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * One cell step, written into the output arrays at `off`. Pre-activations are accumulated in Float64.
 * `z` is scratch space of length 4H. When `projected` is given, it holds x·kernel + bias for this step (from
 * offset `pOff`) and `x` is not read.
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
  out: { i: Float64Array; f: Float64Array; g: Float64Array; o: Float64Array; c: Float64Array; h: Float64Array },
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

/**
 * Clamp releases to the sequence and group them by step. A release recorded before the entry existed in this
 * sequence (atStep < index) acts at the entry's own step, i.e. its write is dropped; one recorded after the
 * newest step acts at the newest step. Releasing an entry twice keeps the earliest release.
 */
function releaseSchedule(
  releases: readonly Release[],
  steps: number,
): { byStep: Map<number, number[]>; at: Int32Array } {
  const at = new Int32Array(steps).fill(-1);
  for (const r of releases) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= steps) continue;
    const s = Math.min(Math.max(Math.trunc(r.atStep), r.index), steps - 1);
    const prev = at[r.index]!;
    if (prev === -1 || s < prev) at[r.index] = s;
  }
  const byStep = new Map<number, number[]>();
  for (let j = 0; j < steps; j++) {
    const s = at[j]!;
    if (s < 0) continue;
    const list = byStep.get(s);
    if (list) list.push(j);
    else byStep.set(s, [j]);
  }
  return { byStep, at };
}

/**
 * Run the cell over a whole sequence.
 *
 * Let go (the user's forget gate). Releasing entry j at step r means: right after step r has been computed,
 * subtract j's surviving contribution from the cell state, c_r ← c_r − κ_{j,r}, recompute h_r = o_r ⊙ tanh(c_r)
 * from the reduced state, and continue the recurrence from there. Because c_r is still the sum of the other
 * entries' contributions (plus the c_0 term), the decomposition stays exact with κ_{j,t} = 0 for all t ≥ r; the
 * later gates are those of the modified state, so other entries' κ after r may change (the memory reorganises
 * without j). Releasing at j's own step is the same as entry j never writing (i_j ⊙ g_j dropped). The release
 * is stored as (index, atStep), so re-running with new weights after a retrain re-applies it at the same point
 * in the history, and undo is running without it.
 */
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
  const out = {
    i: new Float64Array(T * H),
    f: new Float64Array(T * H),
    g: new Float64Array(T * H),
    o: new Float64Array(T * H),
    c: new Float64Array(T * H),
    h: new Float64Array(T * H),
  };
  const projected = options.inputProjection ?? null;
  if (projected && projected.length !== T * 4 * H) throw new RangeError(`inputProjection must be ${T}×${4 * H}`);
  const { byStep, at } = releaseSchedule(options.releases ?? [], T);
  const z = new Float64Array(4 * H);
  const kappa = new Float64Array(H);
  for (let t = 0; t < T; t++) {
    const x = xs[t]!;
    if (!projected && x.length !== weights.inputDim)
      throw new RangeError(`xs[${t}] must have ${weights.inputDim} values`);
    const off = t * H;
    const pOff = t * 4 * H;
    if (t === 0) cellStep(weights, x, projected, pOff, h0, 0, c0, 0, out, off, z);
    else cellStep(weights, x, projected, pOff, out.h, off - H, out.c, off - H, out, off, z);
    const released = byStep.get(t);
    if (!released) continue;
    for (const j of released) {
      kappaAt(out, H, j, t, kappa);
      for (let u = 0; u < H; u++) out.c[off + u] = out.c[off + u]! - kappa[u]!;
    }
    for (let u = 0; u < H; u++) out.h[off + u] = out.o[off + u]! * Math.tanh(out.c[off + u]!);
  }
  return { steps: T, units: H, ...out, c0, h0, releasedAt: at };
}

/** κ_{j,t} = (∏_{j<k≤t} f_k) ⊙ i_j ⊙ g_j from stored gates, ignoring releases (callers handle them). */
function kappaAt(
  run: { i: Float64Array; f: Float64Array; g: Float64Array },
  H: number,
  j: number,
  t: number,
  into: Float64Array,
): void {
  for (let u = 0; u < H; u++) into[u] = run.i[j * H + u]! * run.g[j * H + u]!;
  for (let k = j + 1; k <= t; k++) {
    for (let u = 0; u < H; u++) into[u] = into[u]! * run.f[k * H + u]!;
  }
}

function lastStep(run: SequenceRun, T?: number): number {
  const t = T ?? run.steps - 1;
  if (!Number.isInteger(t) || t < 0 || t >= run.steps) throw new RangeError(`step ${t} is outside 0..${run.steps - 1}`);
  return t;
}

/** Whether entry j's contribution has been let go by step t. */
function isReleasedBy(run: SequenceRun, j: number, t: number): boolean {
  const r = run.releasedAt[j]!;
  return r >= 0 && r <= t;
}

/**
 * Exact contributions to c_T (default: the last step): c_T = initial + Σ_{j≤T} κ_{j,T}, with
 * κ_{j,T} = (∏_{j<k≤T} f_k) ⊙ i_j ⊙ g_j and initial = (∏_{k≤T} f_k) ⊙ c_0. One backward pass over the forget
 * gates: O(T·H) time and memory. Entries let go by step T contribute exactly zero.
 */
export function contributions(run: SequenceRun, T?: number): { kappa: Float64Array; initial: Float64Array } {
  const last = lastStep(run, T);
  const H = run.units;
  const kappa = new Float64Array((last + 1) * H);
  const suffix = new Float64Array(H).fill(1); // ∏_{j<k≤T} f_k for the current j
  for (let j = last; j >= 0; j--) {
    if (!isReleasedBy(run, j, last)) {
      for (let u = 0; u < H; u++) kappa[j * H + u] = suffix[u]! * run.i[j * H + u]! * run.g[j * H + u]!;
    }
    for (let u = 0; u < H; u++) suffix[u] = suffix[u]! * run.f[j * H + u]!;
  }
  const initial = new Float64Array(H);
  for (let u = 0; u < H; u++) initial[u] = suffix[u]! * run.c0[u]!;
  return { kappa, initial };
}

/**
 * κ_{j,t} for t = j..T (default: the last step), for a chart of one entry's retention over later entries.
 * Row t − j of the result is κ_{j,t}; rows from the step it was let go are zero.
 */
export function contributionOverTime(run: SequenceRun, j: number, T?: number): Float64Array {
  const last = lastStep(run, T);
  if (!Number.isInteger(j) || j < 0 || j > last) throw new RangeError(`entry ${j} is outside 0..${last}`);
  const H = run.units;
  const rows = new Float64Array((last - j + 1) * H);
  const r = run.releasedAt[j]!;
  for (let u = 0; u < H; u++) rows[u] = r === j ? 0 : run.i[j * H + u]! * run.g[j * H + u]!;
  for (let t = j + 1; t <= last; t++) {
    if (r >= 0 && t >= r) break; // the rest stays zero
    const prev = (t - j - 1) * H;
    for (let u = 0; u < H; u++) rows[prev + H + u] = rows[prev + u]! * run.f[t * H + u]!;
  }
  return rows;
}

export function norm(v: ArrayLike<number>, offset = 0, length = v.length - offset): number {
  let s = 0;
  for (let k = offset; k < offset + length; k++) s += v[k]! * v[k]!;
  return Math.sqrt(s);
}

/** Written strength of entry j: ‖i_j ⊙ g_j‖, what the entry put into the cell state on its day. */
export function writtenStrength(run: SequenceRun, j: number): number {
  const H = run.units;
  let s = 0;
  for (let u = 0; u < H; u++) {
    const w = run.i[j * H + u]! * run.g[j * H + u]!;
    s += w * w;
  }
  return Math.sqrt(s);
}

/**
 * THE retention definition, used everywhere: retention_{j,T} = ‖κ_{j,T}‖ / ‖i_j ⊙ g_j‖, "the share of what entry j
 * wrote that is still held at step T". Forget gates lie in (0, 1) per unit, so κ_{j,T} shrinks every unit of
 * i_j ⊙ g_j and retention is in [0, 1]; it is 1 on the entry's own step and 0 once let go. An entry that wrote
 * nothing has retention 0.
 */
export function retention(kappaNorm: number, written: number): number {
  return written > 0 ? kappaNorm / written : 0;
}

/**
 * What the output gate surfaces at step T, h_T = o_T ⊙ tanh(c_T), split exactly over the entries.
 *
 * Per unit, tanh(c)/c is a scalar, so with the gain s = o_T ⊙ tanh(c_T)/c_T (→ o_T where c_T = 0):
 *   h_T = s ⊙ c_T = s ⊙ initial + Σ_j s ⊙ κ_{j,T}   (exact).
 * Entry j's part of the surfaced vector is s ⊙ κ_{j,T}; its driver score is that part projected onto the
 * direction of h_T, ⟨s ⊙ κ_{j,T}, h_T⟩ / ‖h_T‖. Scores are signed (negative = pulls against what is surfaced)
 * and, with the initial term, sum exactly to ‖h_T‖; `share` is score / ‖h_T‖ and sums to 1.
 */
export function surfacedParts(
  run: SequenceRun,
  kappa: Float64Array,
  initial: Float64Array,
  T?: number,
): { gain: Float64Array; scores: Float64Array; initialScore: number; hNorm: number } {
  const last = lastStep(run, T);
  const H = run.units;
  const gain = new Float64Array(H);
  const hT = run.h.subarray(last * H, last * H + H);
  for (let u = 0; u < H; u++) {
    const c = run.c[last * H + u]!;
    const o = run.o[last * H + u]!;
    gain[u] = Math.abs(c) < 1e-12 ? o : (o * Math.tanh(c)) / c;
  }
  const hNorm = norm(hT);
  const scores = new Float64Array(last + 1);
  let initialScore = 0;
  if (hNorm > 0) {
    for (let j = 0; j <= last; j++) {
      let s = 0;
      for (let u = 0; u < H; u++) s += gain[u]! * kappa[j * H + u]! * hT[u]!;
      scores[j] = s / hNorm;
    }
    for (let u = 0; u < H; u++) initialScore += (gain[u]! * initial[u]! * hT[u]!) / hNorm;
  }
  return { gain, scores, initialScore, hNorm };
}

/** Mean over units of row t of a [steps × units] array (the per-entry gate values the app charts). */
export function rowMean(values: Float64Array, units: number, t: number): number {
  let s = 0;
  for (let u = 0; u < units; u++) s += values[t * units + u]!;
  return s / units;
}

/**
 * `run` with one more step: an entry appended to the journal, the same as running the whole sequence again
 * (tested) but at the cost of one cell step plus a copy of the arrays. `releasedHere` are entries let go at the
 * new step (releases act right after their step's computation, as in `runSequence`).
 */
export function extendRun(
  weights: LstmWeights,
  run: SequenceRun,
  x: ArrayLike<number>,
  releasedHere: readonly number[] = [],
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
  const out = { i: grow(run.i), f: grow(run.f), g: grow(run.g), o: grow(run.o), c: grow(run.c), h: grow(run.h) };
  const off = T * H;
  const z = new Float64Array(4 * H);
  if (T === 0) cellStep(weights, x, null, 0, run.h0, 0, run.c0, 0, out, off, z);
  else cellStep(weights, x, null, 0, out.h, off - H, out.c, off - H, out, off, z);
  const releasedAt = new Int32Array(T + 1).fill(-1);
  releasedAt.set(run.releasedAt.subarray(0, T));
  const fresh = releasedHere.filter((j) => Number.isInteger(j) && j >= 0 && j <= T && releasedAt[j] === -1);
  if (fresh.length > 0) {
    const kappa = new Float64Array(H);
    for (const j of fresh) {
      releasedAt[j] = T;
      kappaAt(out, H, j, T, kappa);
      for (let u = 0; u < H; u++) out.c[off + u] = out.c[off + u]! - kappa[u]!;
    }
    for (let u = 0; u < H; u++) out.h[off + u] = out.o[off + u]! * Math.tanh(out.c[off + u]!);
  }
  return { steps: T + 1, units: H, ...out, c0: run.c0, h0: run.h0, releasedAt };
}

/** The first `steps` steps of a run (views, no copy); releases acting later are dropped. */
export function truncateRun(run: SequenceRun, steps: number): SequenceRun {
  if (!Number.isInteger(steps) || steps < 0 || steps > run.steps) throw new RangeError(`steps must be 0..${run.steps}`);
  const n = steps * run.units;
  const releasedAt = run.releasedAt.slice(0, steps).map((r) => (r >= steps ? -1 : r));
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
    releasedAt,
  };
}
