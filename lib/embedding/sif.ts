// Smooth inverse frequency (SIF) sentence embeddings from word vectors (Arora, Liang & Ma 2017, "A Simple but
// Tough-to-Beat Baseline for Sentence Embeddings"): a weighted average of the word vectors, each word weighted
// a / (a + p(w)) so frequent words count little, then the projection on a common component removed.
//
// Why not the plain mean: with these GloVe-style vectors the mean of a journal sentence is dominated by what
// all English sentences share, and cosines between any two journal sentences land in 0.65–0.92. SIF weighting
// plus removing the first principal component spreads them (see tests/unit/embedding/local.test.ts).
//
// The common component is FIXED: computed once at conversion time from the reference sentences shipped in
// `lib/embedding/reference-sentences.txt` and stored with the vectors, never per user, so an entry's embedding
// does not drift as a user writes more.
import type { Embedding } from "./types";
import { dot, unit } from "../vectors";

/** SIF's smoothing constant: words with p(w) ≫ a count little. 1e-3 is the paper's usual value. */
export const SIF_A = 1e-3;
/** Zipf's law exponent used to turn a frequency rank into a probability (the vectors come without counts). */
export const ZIPF_EXPONENT = 1;

/**
 * p(w) for the word at `rank` (0 = most frequent) under Zipf's law over the whole source vocabulary:
 * p(r) = (r+1)^-s / Σ_{k=1..V} k^-s. With s = 1 and V = 341,479: p("the") ≈ 0.075, rank 1,000 ≈ 7.5e-5.
 */
function zipfProbabilities(count: number, vocabularySize: number, exponent = ZIPF_EXPONENT): Float64Array {
  let harmonic = 0;
  for (let k = vocabularySize; k >= 1; k--) harmonic += k ** -exponent;
  const p = new Float64Array(count);
  for (let r = 0; r < count; r++) p[r] = (r + 1) ** -exponent / harmonic;
  return p;
}

/** a / (a + p(w)) for each rank: about 0.013 for "the", 0.57 at rank 100, 0.93 at rank 1,000, → 1 for rare words. */
export function sifWeights(count: number, vocabularySize: number, a = SIF_A, exponent = ZIPF_EXPONENT): Float32Array {
  const p = zipfProbabilities(count, vocabularySize, exponent);
  const w = new Float32Array(count);
  for (let r = 0; r < count; r++) w[r] = a / (a + p[r]!);
  return w;
}

/** What SIF needs from the word vectors. `english[r]` is 1 when the word at rank r is an English word. */
export type WordTable = {
  dims: number;
  /** count × dims, row r = the word at rank r. */
  vectors: Float32Array;
  weights: Float32Array;
  english: Uint8Array;
  index: ReadonlyMap<string, number>;
  /** The fixed common component (unit length; all zeros while it is being computed). */
  component: Float32Array;
};

type WordCounts = {
  /** Words counted for coverage: every word of two or more letters (the vectors have no one-letter words). */
  counted: number;
  /** Of those, how many have a vector. */
  withVector: number;
  /** Of those, how many are English words (have a vector and are in the English tokeniser's lexicon). */
  english: number;
};

/** Words the vectors cannot have: one letter ("i", "a", the "s" of a split "sœur"). Left out of everything. */
function skipped(word: string): boolean {
  return word.length < 2 || (word.length === 2 && word.codePointAt(0)! > 0xffff);
}

const CLITICS: Record<string, string | undefined> = {
  m: "am",
  re: "are",
  ve: "have",
  ll: "will",
  d: "would",
  s: undefined,
};
const NOT_BASES: Record<string, string> = { ca: "can", wo: "will", sha: "shall" };

/**
 * The vector-table forms of one token from `sentencesOf`, which occasionally leaves a contraction whole
 * ("i'm", "i’m", a curly "’s") or reads a sentence-final word as an abbreviation ("sun.", "ill."). The
 * possessive/"is" clitic 's is dropped: SIF would weigh it near zero anyway. Anything else stays as it is.
 */
function wordForms(index: ReadonlyMap<string, number>, word: string): string[] {
  if (index.has(word)) return [word];
  const w = word.replace(/[\u2018\u2019]/g, "'");
  if (w === "'s" || w === "'") return [];
  if (index.has(w)) return [w];
  if (w.length > 2 && w.endsWith(".")) {
    // (?<!\.): only the first dot of a run starts a match, so a long run of dots is read once, not once per dot.
    const bare = w.replace(/(?<!\.)\.+$/, "");
    if (bare && index.has(bare)) return [bare];
  }
  const not = /^(.+)n't$/.exec(w);
  if (not) return [NOT_BASES[not[1]!] ?? not[1]!, "not"];
  const clitic = /^(.+)'(m|re|ve|ll|d|s)$/.exec(w);
  if (clitic) return [clitic[1]!, CLITICS[clitic[2]!]].filter((f): f is string => f !== undefined);
  return [w];
}

/** The SIF weighted average of the words' vectors (before removing the common component), and the counts. */
export function sifAverage(table: WordTable, words: readonly string[]): { sum: Float64Array; counts: WordCounts } {
  const { dims, vectors, weights, english, index } = table;
  const sum = new Float64Array(dims);
  const counts: WordCounts = { counted: 0, withVector: 0, english: 0 };
  for (const token of words) {
    for (const word of wordForms(index, token)) {
      if (skipped(word)) continue;
      counts.counted++;
      const rank = index.get(word);
      if (rank === undefined) continue;
      counts.withVector++;
      if (english[rank]) counts.english++;
      const w = weights[rank]!;
      const row = rank * dims;
      for (let d = 0; d < dims; d++) sum[d]! += w * vectors[row + d]!;
    }
  }
  if (counts.withVector > 0) for (let d = 0; d < dims; d++) sum[d]! /= counts.withVector;
  return { sum, counts };
}

/** The SIF average of several bags of words from theirs (each weighs by its words with a vector), as if read at once. */
export function combineSif(
  parts: readonly ReturnType<typeof sifAverage>[],
  dims: number,
): ReturnType<typeof sifAverage> {
  const sum = new Float64Array(dims);
  const counts: WordCounts = { counted: 0, withVector: 0, english: 0 };
  for (const part of parts) {
    counts.counted += part.counts.counted;
    counts.withVector += part.counts.withVector;
    counts.english += part.counts.english;
    for (let d = 0; d < dims; d++) sum[d]! += part.sum[d]! * part.counts.withVector;
  }
  if (counts.withVector > 0) for (let d = 0; d < dims; d++) sum[d]! /= counts.withVector;
  return { sum, counts };
}

/** v − (v·u) u for a unit vector u (no-op when u is all zeros). */
export function removeComponent(v: Float64Array, u: Float32Array): Float64Array {
  const projection = dot(v, u);
  const out = new Float64Array(v.length);
  for (let d = 0; d < v.length; d++) out[d] = v[d]! - projection * u[d]!;
  return out;
}

/**
 * Coverage: English words the vectors know, over all words (plus `unreadUnits`: letters in scripts the
 * tokeniser skips, e.g. Chinese characters, so a mixed entry is not judged on its English part alone).
 */
function coverageOf(counts: WordCounts, unreadUnits = 0): number {
  const total = counts.counted + unreadUnits;
  return total === 0 ? 0 : counts.english / total;
}

/**
 * The SIF embedding of a bag of words (normal form, lower case): weighted average, fixed common component
 * removed, unit length. No word with a vector → zero vector (and coverage 0).
 */
export function sifEmbedding(table: WordTable, words: readonly string[], unreadUnits = 0): Embedding {
  const { sum, counts } = sifAverage(table, words);
  const coverage = coverageOf(counts, unreadUnits);
  if (counts.withVector === 0) return { vector: new Float32Array(table.dims), coverage };
  return { vector: unit(removeComponent(sum, table.component)), coverage };
}

/** The plain mean of the words' vectors, unit length: the baseline SIF is measured against. */
export function plainMean(table: WordTable, words: readonly string[]): Float32Array {
  const sum = new Float64Array(table.dims);
  for (const word of words.flatMap((token) => wordForms(table.index, token))) {
    const rank = skipped(word) ? undefined : table.index.get(word);
    if (rank === undefined) continue;
    for (let d = 0; d < table.dims; d++) sum[d]! += table.vectors[rank * table.dims + d]!;
  }
  return unit(sum);
}

/**
 * The first principal component of the rows (uncentred, as in the SIF paper's TruncatedSVD): the top
 * eigenvector of Σ r rᵀ by power iteration, signed to point along the rows' mean so it is deterministic.
 * `explainedShare` is the share of Σ‖r‖² along it.
 */
export function firstPrincipalComponent(
  rows: readonly ArrayLike<number>[],
  dims: number,
): { component: Float32Array; explainedShare: number } {
  const gram = new Float64Array(dims * dims);
  const mean = new Float64Array(dims);
  for (const r of rows) {
    for (let i = 0; i < dims; i++) {
      mean[i]! += r[i]!;
      for (let j = 0; j < dims; j++) gram[i * dims + j]! += r[i]! * r[j]!;
    }
  }
  let v = Float64Array.from(unit(mean));
  if (!(dot(v, v) > 0)) v[0] = 1;
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = new Float64Array(dims);
    for (let i = 0; i < dims; i++) next[i] = dot(gram.subarray(i * dims, (i + 1) * dims), v);
    const n = Math.sqrt(dot(next, next));
    if (!(n > 0)) break;
    for (let i = 0; i < dims; i++) next[i]! /= n;
    let change = 0;
    for (let i = 0; i < dims; i++) change = Math.max(change, Math.abs(next[i]! - v[i]!));
    v = next;
    if (change < 1e-12) break;
  }
  if (dot(v, mean) < 0) for (let i = 0; i < dims; i++) v[i] = -v[i]!;
  let along = 0;
  let total = 0;
  for (let i = 0; i < dims; i++) {
    total += gram[i * dims + i]!;
    along += v[i]! * dot(gram.subarray(i * dims, (i + 1) * dims), v);
  }
  return { component: unit(v), explainedShare: total > 0 ? along / total : 0 };
}
