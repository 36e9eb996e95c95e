// The memory panel's three lists, from per-entry signals: "Keep" (lessons kept), "Let go" (rumination that is
// still held, negative and recurring) and "Already let go" (strongly written, now faded, or released by the
// user). Pure: the caller computes the signals (retention from the LSTM, valence and cues from lib/text,
// recurrence from the embeddings with `recurrenceOf`) and this file only decides, ranks and explains.
//
// Thresholds are relative to the user's own entries: each entry's percentile (mid-rank, 0 = lowest, 1 =
// highest, ties share a rank) among the user's written strengths and retentions. So they mean the same for a
// model whose forget gates hold a lot and one that lets go quickly, and for any scale of ‖i ⊙ g‖; and when
// many entries tie (an untrained prior writes them all alike) none of them is singled out.
//   strongly written   written percentile ≥ 2/3 (the top third)
//   faintly written    written percentile < 1/3, or nothing written (too little went in to call it "kept")
//   well retained      retention percentile ≥ 1/2 (the better held half), not faintly written, not faded
//   faded              retention percentile ≤ 1/3 (the worst held third), and retention at most 50%
//                      (fadedRetentionCap: a sanity bound, so an entry still mostly held never counts as let go
//                      just because the model holds everything)
// `thresholds` in the result gives the same cut-offs as values (quantiles), for display.
// The text-side thresholds are absolute, because cue scores and valence are already on fixed scales:
//   ruminative         rumination score ≥ 0.5 (one clear ruminative phrase) and above the lesson score
//   lesson             lesson score ≥ 0.5 (one clear lesson phrase) and at least the rumination score
//   recurring          at least 2 later entries return to the theme (minReturns; see recurrenceOf)
//   tone               weighted mean of valence (weight 1), mood (1, when given: half absolute, (mood − 3)/2,
//                      half relative to the user's mean mood) and the sign of the entry's contribution to the
//                      predicted mood (½, when there is a mood head: tanh of it over the user's median |value|);
//                      negative below −0.05, positive from 0.2.
// Rules, applied in this order so that no entry appears twice:
//   1. released by the user                          → Already let go (the user's forget gate wins)
//   2. pinned by the user                            → Keep
//   3. well retained, negative, recurring, ruminative → Let go
//   4. well retained and constructive                → Keep
//      (a lesson; or, without rumination, a text that reads clearly positive, valence ≥ 0.3, in a positive tone)
//   5. strongly written and faded                    → Already let go
// Ranking (documented scores, all in [0, 1]; heldPct = percentile of written × retention, what the entry still
// weighs in today's state):
//   Keep           heldPct × (2 × lesson + max(0, tone)) / 3: lessons before entries that are merely pleasant
//   Let go         heldPct × (rumination + max(0, −tone) + returns / (returns + 2)) / 3
//   Already let go writtenPct × (1 − retention) × (1 + max(rumination, max(0, −tone))) / 2: the most strongly
//                  written, most completely faded first, rumination that faded before pleasant things that did
// Pinned items come first in Keep and released items first in Already let go, all of them (they are the
// user's own choices); the rest fill each list up to `cap` (5). Ties go to the newer entry. One item per theme
// (`onePerTheme`): an entry that returns to, or is returned to by, an entry already in the list is skipped, so
// a worry written about ten times shows once, by its best-scoring entry, whose "came back in N entries" tells
// the rest; and a theme still in Keep or Let go is not also shown as already let go through an older entry.
// Below `minEntries` (7, a week of writing) there is no distribution to be relative to: every list is empty.
import { LESSON_LABELS } from "@/lib/text/cue-lists";
import { explain, type ExplainedList } from "./explain";

export type EntrySignals = {
  index: number;
  entryId: string;
  date: string;
  quote: string;
  /** ‖i ⊙ g‖ on the entry's own step. */
  written: number;
  /** Share of the written strength still held in today's cell state, 0..1. */
  retention: number;
  valence: number;
  mood: number | null;
  lessonScore: number;
  ruminationScore: number;
  cues: string[];
  /** Later entries returning to the same theme. */
  recurrence: { count: number; dates: string[] };
  /** Sign = pushes predicted mood up/down. */
  moodContribution: number | null;
  pinned: boolean;
  released: boolean;
  /** Optional split of `cues` by kind; without it, cues are classified by the lib/text cue lists. */
  lessonCues?: string[];
  ruminationCues?: string[];
};

export type SurfaceListName = ExplainedList;

export type SurfaceNumbers = {
  written: number;
  /** Share of the user's entries written less strongly, 0..1. */
  writtenPercentile: number;
  retention: number;
  retentionPercentile: number;
  /** written × retention: the entry's weight in today's state. */
  held: number;
  heldPercentile: number;
  valence: number;
  mood: number | null;
  tone: number;
  lessonScore: number;
  ruminationScore: number;
  returns: number;
  moodContribution: number | null;
};

export type SurfaceItem = {
  list: SurfaceListName;
  entry: EntrySignals;
  /** Why it is in the list: the user's pin or release, or the signals. */
  reason: "pinned" | "released" | "signals";
  /** The ranking score of its list (see the top of this file). */
  score: number;
  numbers: SurfaceNumbers;
  explanation: string;
};

export type SurfaceThresholds = {
  entries: number;
  strongWritten: number;
  faintWritten: number;
  wellRetained: number;
  faded: number;
  meanMood: number | null;
  moodContributionScale: number | null;
};

export type Surface = {
  keep: SurfaceItem[];
  letGo: SurfaceItem[];
  alreadyLetGo: SurfaceItem[];
  /** The user-relative thresholds used; null when there were too few entries to surface anything. */
  thresholds: SurfaceThresholds | null;
};

export const SURFACE_DEFAULTS = {
  cap: 5,
  minEntries: 7,
  strongWrittenQuantile: 2 / 3,
  faintWrittenQuantile: 1 / 3,
  wellRetainedQuantile: 1 / 2,
  fadedQuantile: 1 / 3,
  fadedRetentionCap: 0.5,
  minReturns: 2,
  cueThreshold: 0.5,
  negativeTone: -0.05,
  positiveTone: 0.2,
  positiveValence: 0.3,
  onePerTheme: true,
};

export type SurfaceOptions = Partial<typeof SURFACE_DEFAULTS>;

// ----- Statistics ----------------------------------------------------------------------------------------------

/** Linear-interpolation quantile (type 7) of a non-empty list. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const pos = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Mid-rank percentile of each value within the list: the share below it plus half the share equal to it. */
export function percentiles(values: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) return [0.5];
  // Sorted once, then each value's run of equals is found by binary search: O(n log n), not O(n²), because the
  // weekly summaries surface a long journal once per week.
  const sorted = [...values].sort((a, b) => a - b);
  const firstIndex = (v: number, strict: boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid]! <= v : sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((v) => {
    const below = firstIndex(v, false);
    const equal = firstIndex(v, true) - below;
    return (below + (equal - 1) / 2) / (n - 1);
  });
}

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

// ----- Recurrence ----------------------------------------------------------------------------------------------

// When a later entry "returns to the same theme": its embedding's cosine with the entry is at least
// RECURRENCE_THRESHOLD (0.45). Measured on synthetic journals (scripts/synthetic-journal.ts), whole entries
// embedded as SIF averages of wink's 100-d word vectors with the first principal component removed:
//   - pairs of entries about the same worry: median cosine 0.43–0.69; unrelated pairs: median about 0, 90th
//     percentile 0.27–0.36, 99th 0.47–0.56;
//   - at 0.45, 60–80% of the worry entries of the month preset find at least 2 later returns (0–7% of its
//     other entries do), and 75–83% in a year (365 entries), where 48–70% of the returns counted for a worry
//     entry are that worry; 0.5 finds only 40–73%, 0.4 counts most everyday entries of a year as recurring.
// In a long journal loose matches accumulate (an everyday entry of a year-long journal "comes back" 2–4 times):
// Let go also needs ruminative language and a negative tone, so they do no harm there; they only inflate the
// "came back in N entries" of the "why". Another embedding needs its own number: pass it, or pass
// { quantile, floor } to cut at a percentile of the user's own pairwise cosines (scale-free, but in a short
// journal dominated by one worry the worry's own pairs push that percentile up).
export const RECURRENCE_THRESHOLD = 0.45;

export type RecurrenceThreshold = number | { quantile: number; floor: number };

export type Recurrence = { count: number; indices: number[] };

type Vector = Float32Array | readonly number[];

// Up to this many entries the pairwise cosines are computed once and kept (as Float32: 18 MB for 3,000
// entries); beyond it they are computed twice (once for the percentile, once to count) to bound memory.
const KEEP_COSINES_UP_TO = 4000;
const HISTOGRAM_BINS = 4000;

function cosine(a: Vector, b: Vector, na: number, nb: number): number {
  if (na === 0 || nb === 0) return Number.NaN;
  const dims = Math.min(a.length, b.length);
  let dot = 0;
  for (let k = 0; k < dims; k++) dot += a[k]! * b[k]!;
  return dot / (na * nb);
}

// Calls `visit` with every pair a < b (row by row) and its cosine; NaN when either vector is zero.
function forEachPair(embeddings: readonly Vector[], visit: (a: number, b: number, cosine: number) => void): void {
  const norms = embeddings.map((e) => {
    let s = 0;
    for (let k = 0; k < e.length; k++) s += e[k]! * e[k]!;
    return Math.sqrt(s);
  });
  for (let a = 0; a < embeddings.length; a++) {
    for (let b = a + 1; b < embeddings.length; b++) {
      visit(a, b, cosine(embeddings[a]!, embeddings[b]!, norms[a]!, norms[b]!));
    }
  }
}

// The q-quantile of cosines from a histogram over [-1, 1] (to within 0.0005); 1 when there are none.
function histogramQuantile(counts: Uint32Array, total: number, q: number): number {
  if (total === 0) return 1;
  const target = Math.min(1, Math.max(0, q)) * total;
  let seen = 0;
  for (let k = 0; k < counts.length; k++) {
    seen += counts[k]!;
    if (seen >= target) return ((k + 1) / counts.length) * 2 - 1;
  }
  return 1;
}

function addToHistogram(counts: Uint32Array, cosine: number): boolean {
  if (Number.isNaN(cosine)) return false;
  const bin = Math.floor(((cosine + 1) / 2) * counts.length);
  counts[Math.min(counts.length - 1, Math.max(0, bin))]!++;
  return true;
}

/** The cosine threshold `recurrenceOf` uses for these embeddings (a number is returned as it is). */
export function recurrenceThreshold(
  embeddings: readonly Vector[],
  threshold: RecurrenceThreshold = RECURRENCE_THRESHOLD,
): number {
  if (typeof threshold === "number") return threshold;
  const counts = new Uint32Array(HISTOGRAM_BINS);
  let total = 0;
  forEachPair(embeddings, (_a, _b, cosine) => {
    if (addToHistogram(counts, cosine)) total++;
  });
  return Math.max(threshold.floor, histogramQuantile(counts, total, threshold.quantile));
}

/**
 * For each entry, the later entries whose embedding has cosine ≥ threshold with it (their indices, in order).
 * The threshold is a cosine (default RECURRENCE_THRESHOLD), or a quantile of the user's own pairwise cosines
 * with a floor.
 * Zero vectors match nothing. O(n² · D): about 0.7 s for 3,000 entries of 100 dimensions.
 */
export function recurrenceOf(
  embeddings: readonly Vector[],
  threshold: RecurrenceThreshold = RECURRENCE_THRESHOLD,
): Recurrence[] {
  const n = embeddings.length;
  const result: Recurrence[] = embeddings.map(() => ({ count: 0, indices: [] }));
  const count = (cut: number) => (a: number, b: number, cosine: number) => {
    if (cosine >= cut) {
      result[a]!.count++;
      result[a]!.indices.push(b);
    }
  };
  if (typeof threshold === "number") {
    forEachPair(embeddings, count(threshold));
    return result;
  }
  if (n > KEEP_COSINES_UP_TO) {
    forEachPair(embeddings, count(recurrenceThreshold(embeddings, threshold)));
    return result;
  }
  const kept = new Float32Array((n * (n - 1)) / 2);
  const counts = new Uint32Array(HISTOGRAM_BINS);
  let total = 0;
  let p = 0;
  forEachPair(embeddings, (_a, _b, cosine) => {
    kept[p++] = cosine;
    if (addToHistogram(counts, cosine)) total++;
  });
  // Compare in Float32 too, so a cosine exactly at the threshold still counts.
  const cut = Math.fround(Math.max(threshold.floor, histogramQuantile(counts, total, threshold.quantile)));
  const visit = count(cut);
  p = 0;
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) visit(a, b, kept[p++]!);
  return result;
}

/** `recurrenceOf` in the shape EntrySignals wants: the count and the dates of the returning entries. */
export function recurrenceWithDates(
  embeddings: readonly Vector[],
  dates: readonly string[],
  threshold: RecurrenceThreshold = RECURRENCE_THRESHOLD,
): { count: number; dates: string[] }[] {
  return recurrenceOf(embeddings, threshold).map(({ count, indices }) => ({
    count,
    dates: indices.map((i) => dates[i] ?? ""),
  }));
}

// ----- Surfacing ---------------------------------------------------------------------------------------------

type Scored = {
  entry: EntrySignals;
  position: number;
  numbers: SurfaceNumbers;
  strong: boolean;
  faint: boolean;
  wellRetained: boolean;
  faded: boolean;
  lessonCues: string[];
  ruminationCues: string[];
};

function emptySurface(): Surface {
  return { keep: [], letGo: [], alreadyLetGo: [], thresholds: null };
}

export function surfaceMemory(entries: readonly EntrySignals[], options: SurfaceOptions = {}): Surface {
  const o = { ...SURFACE_DEFAULTS, ...options };
  if (!Array.isArray(entries) || entries.length === 0 || entries.length < o.minEntries) return emptySurface();

  const written = entries.map((e) => Math.max(0, finite(e.written)));
  const retention = entries.map((e) => clamp(finite(e.retention), 0, 1));
  const held = written.map((w, k) => w * retention[k]!);
  const writtenPct = percentiles(written);
  const retentionPct = percentiles(retention);
  const heldPct = percentiles(held);

  const moods = entries.map((e) => e.mood).filter((m): m is number => m !== null && Number.isFinite(m));
  const meanMood = moods.length > 0 ? moods.reduce((a, b) => a + b, 0) / moods.length : null;
  const contributions = entries
    .map((e) => (e.moodContribution === null ? 0 : Math.abs(finite(e.moodContribution))))
    .filter((v) => v > 0);
  const moodContributionScale = contributions.length > 0 ? quantile(contributions, 0.5) : null;

  const thresholds: SurfaceThresholds = {
    entries: entries.length,
    strongWritten: quantile(written, o.strongWrittenQuantile),
    faintWritten: quantile(written, o.faintWrittenQuantile),
    wellRetained: quantile(retention, o.wellRetainedQuantile),
    faded: Math.min(quantile(retention, o.fadedQuantile), o.fadedRetentionCap),
    meanMood,
    moodContributionScale,
  };

  const scored: Scored[] = entries.map((entry, position) => {
    const w = written[position]!;
    const r = retention[position]!;
    const valence = clamp(finite(entry.valence), -1, 1);
    const tone = toneOf(valence, entry.mood, entry.moodContribution, meanMood, moodContributionScale);
    const strong = w > 0 && writtenPct[position]! >= o.strongWrittenQuantile;
    const faint = w === 0 || writtenPct[position]! < o.faintWrittenQuantile;
    const faded = retentionPct[position]! <= o.fadedQuantile && r <= o.fadedRetentionCap;
    const cues: string[] = Array.isArray(entry.cues) ? entry.cues : [];
    return {
      entry,
      position,
      strong,
      faint,
      faded,
      wellRetained: !faint && !faded && retentionPct[position]! >= o.wellRetainedQuantile,
      lessonCues: entry.lessonCues ?? cues.filter((c) => LESSON_LABELS.has(c)),
      ruminationCues: entry.ruminationCues ?? cues.filter((c) => !LESSON_LABELS.has(c)),
      numbers: {
        written: w,
        writtenPercentile: writtenPct[position]!,
        retention: r,
        retentionPercentile: retentionPct[position]!,
        held: held[position]!,
        heldPercentile: heldPct[position]!,
        valence,
        mood: entry.mood,
        tone,
        lessonScore: clamp(finite(entry.lessonScore), 0, 1),
        ruminationScore: clamp(finite(entry.ruminationScore), 0, 1),
        returns: Math.max(0, Math.floor(finite(entry.recurrence?.count ?? 0))),
        moodContribution: entry.moodContribution,
      },
    };
  });

  const assigned = new Set<number>();
  const keep: SurfaceItem[] = [];
  const letGo: SurfaceItem[] = [];
  const alreadyLetGo: SurfaceItem[] = [];
  const referenceYear = [...entries.map((e) => e.date)].sort().at(-1)?.slice(0, 4) ?? "";

  const item = (s: Scored, list: SurfaceListName, reason: SurfaceItem["reason"], score: number): SurfaceItem => {
    const returnDates = s.entry.recurrence?.dates ?? [];
    return {
      list,
      entry: s.entry,
      reason,
      score,
      numbers: s.numbers,
      explanation: explain({
        list,
        reason,
        date: s.entry.date,
        referenceYear,
        written: { strong: s.strong },
        retention: s.numbers.retention,
        retentionPercentile: s.numbers.retentionPercentile,
        tone: s.numbers.tone,
        mood: s.numbers.mood,
        moodContribution: s.numbers.moodContribution,
        lessonCues: s.lessonCues,
        ruminationCues: s.ruminationCues,
        returns: { count: s.numbers.returns, lastDate: returnDates.at(-1) ?? null },
      }),
    };
  };

  const keepScore = (s: Scored) =>
    (s.numbers.heldPercentile * (2 * s.numbers.lessonScore + Math.max(0, s.numbers.tone))) / 3;
  const letGoScore = (s: Scored) =>
    (s.numbers.heldPercentile *
      (s.numbers.ruminationScore + Math.max(0, -s.numbers.tone) + s.numbers.returns / (s.numbers.returns + 2))) /
    3;
  const fadeScore = (s: Scored) =>
    (s.numbers.writtenPercentile *
      (1 - s.numbers.retention) *
      (1 + Math.max(s.numbers.ruminationScore, Math.max(0, -s.numbers.tone)))) /
    2;

  // 1. Released by the user, 2. pinned by the user: always listed.
  const released = scored.filter((s) => s.entry.released === true);
  released.forEach((s) => assigned.add(s.position));
  const pinned = scored.filter((s) => s.entry.pinned === true && !assigned.has(s.position));
  pinned.forEach((s) => assigned.add(s.position));

  // 3. Let go.
  const isRuminative = (s: Scored) =>
    s.numbers.ruminationScore >= o.cueThreshold && s.numbers.ruminationScore > s.numbers.lessonScore;
  const letGoCandidates = scored.filter(
    (s) =>
      !assigned.has(s.position) &&
      s.wellRetained &&
      s.numbers.tone < o.negativeTone &&
      s.numbers.returns >= o.minReturns &&
      isRuminative(s),
  );
  const letGoChosen = top(letGoCandidates, letGoScore, o.cap, o.onePerTheme);
  letGoChosen.forEach(({ s }) => assigned.add(s.position));

  // 4. Keep.
  const isLesson = (s: Scored) =>
    s.numbers.lessonScore >= o.cueThreshold && s.numbers.lessonScore >= s.numbers.ruminationScore;
  const isPleasant = (s: Scored) =>
    s.numbers.valence >= o.positiveValence &&
    s.numbers.tone >= o.positiveTone &&
    s.numbers.ruminationScore < o.cueThreshold;
  const keepCandidates = scored.filter(
    (s) => !assigned.has(s.position) && s.wellRetained && (isLesson(s) || isPleasant(s)),
  );
  const keepChosen = top(keepCandidates, keepScore, Math.max(0, o.cap - pinned.length), o.onePerTheme, pinned);
  keepChosen.forEach(({ s }) => assigned.add(s.position));

  // 5. Already let go by the forget gates.
  const fadedCandidates = scored.filter((s) => !assigned.has(s.position) && s.strong && s.faded);
  // A theme still held in Keep or Let go is not "already let go" because an older entry of it faded.
  const stillHeld = [...pinned, ...keepChosen.map((c) => c.s), ...letGoChosen.map((c) => c.s)];
  const fadedCap = Math.max(0, o.cap - released.length);
  const fadedChosen = top(fadedCandidates, fadeScore, fadedCap, o.onePerTheme, [...released, ...stillHeld]);

  for (const { s, score } of top(pinned, keepScore, Infinity)) keep.push(item(s, "keep", "pinned", score));
  for (const { s, score } of keepChosen) keep.push(item(s, "keep", "signals", score));
  for (const { s, score } of letGoChosen) letGo.push(item(s, "letGo", "signals", score));
  for (const { s, score } of top(released, fadeScore, Infinity)) {
    alreadyLetGo.push(item(s, "alreadyLetGo", "released", score));
  }
  for (const { s, score } of fadedChosen) alreadyLetGo.push(item(s, "alreadyLetGo", "signals", score));

  return { keep, letGo, alreadyLetGo, thresholds };
}

// Highest score first; ties to the newer entry (later date, then later position). With `distinct`, an entry
// on the same theme as one already chosen (or listed in `listed`) is skipped: one item per theme.
function top(
  candidates: Scored[],
  scoreOf: (s: Scored) => number,
  cap: number,
  distinct = false,
  listed: Scored[] = [],
): { s: Scored; score: number }[] {
  const sorted = candidates
    .map((s) => ({ s, score: finite(scoreOf(s)) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.s.entry.date < b.s.entry.date ? 1 : a.s.entry.date > b.s.entry.date ? -1 : 0) ||
        b.s.position - a.s.position,
    );
  if (!distinct) return sorted.slice(0, cap);
  const chosen: { s: Scored; score: number }[] = [];
  const taken = [...listed];
  for (const candidate of sorted) {
    if (chosen.length >= cap) break;
    if (taken.some((other) => sameTheme(candidate.s.entry, other.entry))) continue;
    chosen.push(candidate);
    taken.push(candidate.s);
  }
  return chosen;
}

// Two entries share a theme when one is among the later entries that return to the other.
function sameTheme(a: EntrySignals, b: EntrySignals): boolean {
  return (a.recurrence?.dates ?? []).includes(b.date) || (b.recurrence?.dates ?? []).includes(a.date);
}

/**
 * One number for "how does this entry feel", in [-1, 1]: valence (weight 1), mood when given (weight 1; half
 * absolute, half relative to the user's mean mood) and the entry's push on the predicted mood (weight ½).
 */
export function toneOf(
  valence: number,
  mood: number | null,
  moodContribution: number | null,
  meanMood: number | null,
  moodContributionScale: number | null,
): number {
  let sum = clamp(finite(valence), -1, 1);
  let weight = 1;
  if (mood !== null && Number.isFinite(mood)) {
    const relative = meanMood === null ? 0 : mood - meanMood;
    sum += clamp((mood - 3 + relative) / 4, -1, 1);
    weight += 1;
  }
  if (moodContribution !== null && Number.isFinite(moodContribution) && moodContribution !== 0) {
    const scale =
      moodContributionScale && moodContributionScale > 0 ? moodContributionScale : Math.abs(moodContribution);
    sum += 0.5 * Math.tanh(moodContribution / scale);
    weight += 0.5;
  }
  return sum / weight;
}
