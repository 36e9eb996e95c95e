// x_t for each entry: the entry's embedding followed by a few scaled features.
//
// Why these features: an average of past embeddings cannot know that something comes back every weekend or
// after a gap; the day of the week and the gap since the previous entry let the LSTM's gates learn such rhythms.
// Valence and mood let the gates treat heavy days differently. The last two tell the cell whether the entry's
// content is already recurring, which is what it needs to route what comes back into its slow units (README,
// "Training"): an input gate cannot know from one embedding alone that a topic has come up five times this month.
//
// Scaling (so that no feature dwarfs the unit-length embedding; each lies roughly in [-1, 1.5]):
//   valence          as given, clamped to [-1, 1]
//   mood             (mood − 3) / 2, so 1..5 → -1..1; 0 when the user gave no mood
//   moodPresent      1 when a mood was given, else 0 (tells "no mood" apart from "mood 3")
//   gap              ln(days since previous entry) / ln(30), clamped to [0, 1.5]: 0 for daily writing (and for the
//                    first entry, and for two entries on the same day), 0.57 after a week, 1 after a month
//   dowSin/dowCos    sin and cos of 2π·weekday/7 (weekday of the UTC calendar day, Sunday = 0), so Saturday and
//                    Sunday sit next to each other on the circle
//   recentSimilarity max cosine of the embedding to the earlier entries of the previous 14 days, clamped to
//                    [0, 1]; 0 when there are none, or when this entry or they cannot be read
//   themeRecurrence  ln(1 + n) / ln 10 clamped to [0, 1.5], n = earlier entries of the previous 60 days that share
//                    a theme with this one (1 at n = 9); 0 without themes
//
// An entry whose embedding is all zeros (nothing could read it) is "unreadable": it is never a training target
// (train.ts masks it), never a neighbour for recentSimilarity, and never a return (returns.ts).
import { cosine } from "../vectors";

export type MemoryEntry = {
  /** Unit-length text embedding; every entry of a user has the same length D. All zeros: unreadable. */
  embedding: readonly number[];
  /** Sentiment of the text in [-1, 1]. */
  valence: number;
  /** The user's own mood 1..5, or null when not given. */
  mood: number | null;
  /** Journal day "YYYY-MM-DD". Entries are passed in date order. */
  date: string;
  /** Ids of the themes the entry's sentences belong to (themes.ts); absent when themes were not computed. */
  themes?: readonly string[];
};

const EXTRA_FEATURES = [
  "valence",
  "mood",
  "moodPresent",
  "gap",
  "dowSin",
  "dowCos",
  "recentSimilarity",
  "themeRecurrence",
] as const;
export const EXTRA_FEATURE_COUNT = EXTRA_FEATURES.length;

/** Days looked back for recentSimilarity and for themeRecurrence. */
export const SIMILARITY_WINDOW_DAYS = 14;
export const THEME_WINDOW_DAYS = 60;

const MAX_GAP_FEATURE = 1.5;
const GAP_SCALE = Math.log(30);
const MAX_RECURRENCE_FEATURE = 1.5;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" calendar day (UTC, so no time zone or DST can move it). */
// Day numbers are asked for millions of times when a long journal is read by theme; a journal has few days.
const dayNumbers = new Map<string, number>();

export function dayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const m = ISO_DAY.exec(date);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const day = Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
  if (dayNumbers.size < 100_000) dayNumbers.set(date, day);
  return day;
}

/** Mood on the model's scale: 1..5 → -1..1, or null when absent or not a number. */
export function scaleMood(mood: number | null): number | null {
  if (mood === null || !Number.isFinite(mood)) return null;
  return (Math.min(5, Math.max(1, mood)) - 3) / 2;
}

/** Back from the model's scale to 1..5. */
export function unscaleMood(scaled: number): number {
  return Math.min(5, Math.max(1, 3 + 2 * scaled));
}

export function gapFeature(daysSincePrevious: number | null): number {
  if (daysSincePrevious === null || daysSincePrevious <= 1) return 0;
  return Math.min(MAX_GAP_FEATURE, Math.log(daysSincePrevious) / GAP_SCALE);
}

/** ln(1 + n) / ln 10, clamped: 0 for no earlier occurrence, 1 for nine, 1.5 from about thirty. */
export function recurrenceFeature(occurrences: number): number {
  return Math.min(MAX_RECURRENCE_FEATURE, Math.log1p(Math.max(0, occurrences)) / Math.LN10);
}

export function embeddingDim(entries: readonly MemoryEntry[]): number {
  const first = entries[0];
  if (!first) return 0;
  const D = first.embedding.length;
  entries.forEach((e, t) => {
    if (e.embedding.length !== D) throw new RangeError(`entry ${t} has ${e.embedding.length} dims, expected ${D}`);
  });
  return D;
}

/** False for an embedding the memory could not read (all zeros or not finite). */
export function isReadable(embedding: ArrayLike<number>): boolean {
  let any = false;
  for (let d = 0; d < embedding.length; d++) {
    const v = embedding[d]!;
    if (!Number.isFinite(v)) return false;
    if (v !== 0) any = true;
  }
  return any;
}

/**
 * The two recurrence features of `entry`, written after `before` (the entries before it, in date order; only
 * the last 60 days of them are read, from the end, so this is O(entries in 60 days · D)).
 */
function recurrenceFeatures(
  entry: MemoryEntry,
  before: readonly MemoryEntry[],
  end: number = before.length,
): { recentSimilarity: number; themeRecurrence: number } {
  const day = dayNumber(entry.date);
  const readable = isReadable(entry.embedding);
  const themes = entry.themes && entry.themes.length > 0 ? new Set(entry.themes) : null;
  let best = 0;
  let occurrences = 0;
  for (let k = end - 1; k >= 0; k--) {
    const other = before[k]!;
    const ago = day - dayNumber(other.date);
    if (ago > THEME_WINDOW_DAYS) break;
    if (readable && ago <= SIMILARITY_WINDOW_DAYS && isReadable(other.embedding)) {
      best = Math.max(best, cosine(entry.embedding, other.embedding));
    }
    if (themes && other.themes?.some((id) => themes.has(id))) occurrences++;
  }
  return { recentSimilarity: Math.min(1, best), themeRecurrence: recurrenceFeature(occurrences) };
}

/**
 * x for one entry, given the entries before it (date order; an empty list for the first, and only the last 60
 * days are read). `end` limits `before` to its first `end` entries (so a journal need not be copied).
 * Length D + EXTRA_FEATURE_COUNT.
 */
export function entryFeatures(
  entry: MemoryEntry,
  before: readonly MemoryEntry[],
  end: number = before.length,
): Float32Array {
  const D = entry.embedding.length;
  const x = new Float32Array(D + EXTRA_FEATURE_COUNT);
  const readable = isReadable(entry.embedding);
  for (let d = 0; d < D; d++) {
    const v = entry.embedding[d]!;
    x[d] = readable ? v : 0;
  }
  const previous = end > 0 ? before[end - 1]! : null;
  const day = dayNumber(entry.date);
  const gap = previous === null ? null : day - dayNumber(previous.date);
  const mood = scaleMood(entry.mood);
  // 1970-01-01 was a Thursday (weekday 4).
  const weekday = (((day + 4) % 7) + 7) % 7;
  const angle = (2 * Math.PI * weekday) / 7;
  const valence = Number.isFinite(entry.valence) ? Math.min(1, Math.max(-1, entry.valence)) : 0;
  const recurrence = recurrenceFeatures(entry, before, end);
  x[D] = valence;
  x[D + 1] = mood ?? 0;
  x[D + 2] = mood === null ? 0 : 1;
  x[D + 3] = gapFeature(gap);
  x[D + 4] = Math.sin(angle);
  x[D + 5] = Math.cos(angle);
  x[D + 6] = recurrence.recentSimilarity;
  x[D + 7] = recurrence.themeRecurrence;
  return x;
}

/** x_t for every entry, in order. */
export function buildFeatures(entries: readonly MemoryEntry[]): Float32Array[] {
  embeddingDim(entries);
  return entries.map((e, t) => entryFeatures(e, entries, t));
}

/** Index of the recentSimilarity feature in x (the similarity baseline of the evaluation reads it). */
export function recentSimilarityIndex(embeddingDimension: number): number {
  return embeddingDimension + EXTRA_FEATURES.indexOf("recentSimilarity");
}
