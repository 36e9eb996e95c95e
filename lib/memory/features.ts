// x_t for each entry: the entry's embedding followed by a few scaled features.
//
// Why these features: an average of past embeddings cannot know that something comes back every weekend or
// after a gap; the day of the week and the gap since the previous entry let the LSTM's gates learn such rhythms.
// Valence and mood let the gates treat heavy days differently.
//
// Scaling (so that no feature dwarfs the unit-length embedding; each lies roughly in [-1, 1]):
//   valence       as given, clamped to [-1, 1]
//   mood          (mood − 3) / 2, so 1..5 → -1..1; 0 when the user gave no mood
//   moodPresent   1 when a mood was given, else 0 (tells "no mood" apart from "mood 3")
//   gap           ln(days since previous entry) / ln(30), clamped to [0, 1.5]: 0 for daily writing (and for the
//                 first entry, and for two entries on the same day), 0.57 after a week, 1 after a month
//   dowSin/dowCos sin and cos of 2π·weekday/7 (weekday of the UTC calendar day, Sunday = 0), so Saturday and
//                 Sunday sit next to each other on the circle

export type MemoryEntry = {
  /** Unit-length text embedding; every entry of a user has the same length D. */
  embedding: readonly number[];
  /** Sentiment of the text in [-1, 1]. */
  valence: number;
  /** The user's own mood 1..5, or null when not given. */
  mood: number | null;
  /** Journal day "YYYY-MM-DD". Entries are passed in date order. */
  date: string;
};

export const EXTRA_FEATURES = ["valence", "mood", "moodPresent", "gap", "dowSin", "dowCos"] as const;
export const EXTRA_FEATURE_COUNT = EXTRA_FEATURES.length;

const MAX_GAP_FEATURE = 1.5;
const GAP_SCALE = Math.log(30);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" calendar day (UTC, so no time zone or DST can move it). */
export function dayNumber(date: string): number {
  const m = ISO_DAY.exec(date);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(ms / 86_400_000);
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

export function embeddingDim(entries: readonly MemoryEntry[]): number {
  const first = entries[0];
  if (!first) return 0;
  const D = first.embedding.length;
  entries.forEach((e, t) => {
    if (e.embedding.length !== D) throw new RangeError(`entry ${t} has ${e.embedding.length} dims, expected ${D}`);
  });
  return D;
}

/** x for one entry, given the previous entry's date (null for the first). Length D + EXTRA_FEATURE_COUNT. */
export function entryFeatures(entry: MemoryEntry, previousDate: string | null): Float32Array {
  const D = entry.embedding.length;
  const x = new Float32Array(D + EXTRA_FEATURE_COUNT);
  for (let d = 0; d < D; d++) {
    const v = entry.embedding[d]!;
    x[d] = Number.isFinite(v) ? v : 0;
  }
  const day = dayNumber(entry.date);
  const gap = previousDate === null ? null : day - dayNumber(previousDate);
  const mood = scaleMood(entry.mood);
  // 1970-01-01 was a Thursday (weekday 4).
  const weekday = (((day + 4) % 7) + 7) % 7;
  const angle = (2 * Math.PI * weekday) / 7;
  const valence = Number.isFinite(entry.valence) ? Math.min(1, Math.max(-1, entry.valence)) : 0;
  x[D] = valence;
  x[D + 1] = mood ?? 0;
  x[D + 2] = mood === null ? 0 : 1;
  x[D + 3] = gapFeature(gap);
  x[D + 4] = Math.sin(angle);
  x[D + 5] = Math.cos(angle);
  return x;
}

/** x_t for every entry, in order. */
export function buildFeatures(entries: readonly MemoryEntry[]): Float32Array[] {
  embeddingDim(entries);
  return entries.map((e, t) => entryFeatures(e, t === 0 ? null : entries[t - 1]!.date));
}
