// Themes (design §3): sentences of one user about the same thing, across entries, grouped incrementally as
// entries arrive (online single-pass clustering, as in topic detection and tracking: Papka 1999).
//
// A sentence joins the most similar theme seen in the last THEME_WINDOW_DAYS if that similarity is at least
// JOIN_THRESHOLD (of its kind, below), else it founds a theme of its own. Similarity uses meaning and words:
//   sim(s, θ) = ½ cos(v_s, Σv_θ) + ½ Σ_{w ∈ s} r(w)·min(1, 2·n_θ(w)/|θ|) / Σ_{w ∈ s} r(w)
// v is the sentence's meaning vector (word vectors where they cover the text, hashed words and characters where
// they do not: lib/embedding/local.ts) and Σv_θ the sum over the theme's sentences (its mean direction; a
// sentence leaves it again by subtraction when its entry is edited). The second term is the share of the
// sentence's content words that the theme's sentences use, each word weighted by its rarity r(w) (the word
// vectors' SIF weight, 1 for words they lack: names, Chinese words), so "Marek" counts and "day" hardly does;
// a word counts fully once half the theme's sentences use it (n_θ(w) of its |θ| sentences), so a large theme
// does not draw in every sentence that shares one word with one of its sentences. A sentence joins a theme of
// LARGE_THEME sentences or more only if it shares its words (words ≥ MIN_SHARED_WORDS): on a ten-year diary in
// one voice, meaning alone let a few themes grow to hundreds of days.
// Measured by `npm run eval:themes` (pairs of labelled lesson or rumination sentences of the 19 tune journals):
// pairwise precision 0.58 and recall 0.06 with 0.25 for every kind. Sentence-level topics are the memory's weak
// point: pairs of one theme are barely closer than pairs of two worries of the same writer.
//
// Worries join at a lower similarity than the rest. A rumination loop is worded anew each time it comes back
// (a dream, a replayed sentence, the body's reaction, all about one brother), and a writer has few worries at a
// time, so a looser join merges mostly what belongs together: on labelled rumination pairs precision 0.68 → 0.57
// and recall 0.06 → 0.12 from 0.25 to 0.10. Through the panel (`npm run eval:memory`, 19 tune journals) it took
// Let-go recall from 0.74 to 0.84 at precision 0.94 → 0.91, with no lesson under Let go; 0.05 gained no recall
// and merged two writers' separate worries. Lessons stay at 0.25: merged lessons left fewer of them to Keep.
//
// Lessons, worries and the rest are kept apart: a lesson about the car, a worry about the car and a trip in the
// car are different things to keep, to let go and to leave be, so a sentence only joins a theme of its own kind
// (the founding sentence's). Its kind is what the learned sentence reader (lib/text/learned) reads in it.
//
// Stable ids: a theme keeps the id it was founded with. Appending entries never moves an older sentence, so
// marks on themes (Keep, Let go) survive new entries and retraining.
//
// Candidates: themes that share a content word with the sentence or were seen in the last RECENT_DAYS; so a
// save compares a sentence with tens of themes, not with every theme of a ten-year journal. A word found in more
// than COMMON_WORD_THEMES themes ("wife", "office" in a diary of ten years) says too little to look themes up by.
import { dayNumber } from "./features";

export const JOIN_THRESHOLD: Readonly<Record<SentenceKind, number>> = { lesson: 0.25, worry: 0.1, other: 0.25 };
export const THEME_WINDOW_DAYS = 120;
const RECENT_DAYS = 14;
const COMMON_WORD_THEMES = 50;
/** At most this many themes found through shared words are compared with a sentence (those sharing the most). */
const MAX_WORD_CANDIDATES = 48;
const MIN_SHARED_WORDS = 0.15;
const LARGE_THEME = 8;
/**
 * A stored theme keeps its STORED_WORDS most used content words: a word fewer of its sentences use counts little
 * in sim (2·n/|θ|), and a theme of a ten-year diary would otherwise carry thousands.
 */
const STORED_WORDS = 96;

/** The words a theme keeps when stored (its most used, ties by the word, so the choice is deterministic). */
export function storedWords(theme: Theme): [string, number][] {
  return [...theme.tokens].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, STORED_WORDS);
}

export type SentenceKind = "lesson" | "worry" | "other";

/**
 * The reader's probabilities above which a sentence is a lesson or a worry. Left out of each journal in turn,
 * the reader found at these: lessons with precision 0.60 and recall 0.53, rumination 0.66 and 0.67
 * (`npm run train:sentences`); a theme then needs several such sentences on several days to be listed.
 */
const LESSON_SENTENCE = 0.3;
const WORRY_SENTENCE = 0.4;
/**
 * A sentence that reads even partly as a lesson is no worry: the reader tells the two apart less well than either
 * from the rest (AUC 0.88), and a lesson in a worry's theme is a lesson listed under Let go. Of the labelled
 * rumination sentences three quarters read P(lesson) < 0.09; of the lessons it read as worries, half ≥ 0.26. On the
 * 13 tune journals this took lessons under Let go from 2 to 0, and Let-go recall from 0.85 to 0.81.
 */
export const WORRY_MAX_LESSON = 0.25;

export function sentenceKind(lesson: number, rumination: number): SentenceKind {
  if (lesson >= LESSON_SENTENCE && lesson >= rumination) return "lesson";
  return rumination >= WORRY_SENTENCE && lesson < WORRY_MAX_LESSON ? "worry" : "other";
}

/** A kind as stored (older rows hold only "lesson" and "other"). */
export function kindOf(stored: string): SentenceKind {
  return stored === "lesson" || stored === "worry" ? stored : "other";
}

/** What a sentence brings to grouping. Vectors are unit length or all zeros. */
export type ThemeSentence = {
  date: string;
  vector: ArrayLike<number>;
  tokens: readonly string[];
  kind: SentenceKind;
};

export type Theme = {
  id: string;
  kind: SentenceKind;
  /** Σ v over the theme's sentences. */
  sum: Float64Array;
  size: number;
  firstDate: string;
  lastDate: string;
  /** Content words of its sentences, with counts (for finding candidates). */
  tokens: Map<string, number>;
};

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}

/** How rare (informative) a content word is, 0..1. */
export type Rarity = (token: string) => number;

/** What sim needs of a sentence, worked out once (it is compared with tens of themes). */
type Probe = { s: ThemeSentence; words: { token: string; rarity: number }[]; rarity: number; norm: number };

function probe(s: ThemeSentence, rarity: Rarity = () => 1): Probe {
  const words = [...new Set(s.tokens)].map((token) => ({ token, rarity: rarity(token) }));
  return { s, words, rarity: words.reduce((a, w) => a + w.rarity, 0), norm: Math.sqrt(dot(s.vector, s.vector)) };
}

/** The two halves of sim(s, θ) above: meaning (the cosine) and words (the rarity-weighted shared share). */
function similarityParts(p: Probe, theme: Theme): { meaning: number; words: number } {
  let shared = 0;
  for (const w of p.words) shared += w.rarity * Math.min(1, (2 * (theme.tokens.get(w.token) ?? 0)) / theme.size);
  const tNorm = Math.sqrt(dot(theme.sum, theme.sum));
  return {
    meaning: p.norm > 0 && tNorm > 0 ? dot(p.s.vector, theme.sum) / (p.norm * tNorm) : 0,
    words: p.rarity > 0 ? shared / p.rarity : 0,
  };
}

/** sim(s, θ) above. */
export function themeSimilarity(s: ThemeSentence, theme: Theme, rarity: Rarity = () => 1): number {
  const { meaning, words } = similarityParts(probe(s, rarity), theme);
  return 0.5 * meaning + 0.5 * words;
}

/**
 * A sentence's share of its entry's write: its share of the entry's content words. The entry's embedding is
 * the word-weighted mean over its sentences, so this is how much of what went into x_t came from it. Entries
 * with no content word give every sentence an equal share.
 */
export function sentenceShares(contentWords: readonly number[]): number[] {
  const total = contentWords.reduce((a, b) => a + Math.max(0, b), 0);
  if (total === 0) return contentWords.map(() => 1 / Math.max(1, contentWords.length));
  return contentWords.map((n) => Math.max(0, n) / total);
}

/**
 * The user's themes in memory, for grouping a batch of sentences in date order (an import, or one save). Themes
 * passed in are never changed: one is copied the first time a sentence joins or leaves it (a save touches two or
 * three of the hundred it loads, and the caller may keep them: lib/journal/themes-cache.ts). Which of them use a
 * word is looked up the first time a sentence has that word, not indexed up front: a save has a few dozen words,
 * the loaded themes thousands.
 */
export class ThemeBook {
  readonly themes = new Map<string, Theme>();
  private readonly byToken = new Map<string, Set<string>>();
  /** Words whose loaded themes are in byToken already. */
  private readonly looked = new Set<string>();
  /** Loaded themes not copied yet: the caller's objects. */
  private readonly borrowed = new Set<string>();
  private readonly loaded: readonly Theme[];
  // Every add, in order, so the themes seen in the last RECENT_DAYS are found from the end.
  private readonly touches: { id: string; day: number }[] = [];

  constructor(
    private readonly newId: () => string,
    themes: Iterable<Theme> = [],
    private readonly rarity: Rarity = () => 1,
    private readonly threshold: Readonly<Record<SentenceKind, number>> = JOIN_THRESHOLD,
  ) {
    this.loaded = [...themes].sort((a, b) => (a.lastDate < b.lastDate ? -1 : a.lastDate > b.lastDate ? 1 : 0));
    for (const t of this.loaded) {
      this.themes.set(t.id, t);
      this.borrowed.add(t.id);
      this.touches.push({ id: t.id, day: dayNumber(t.lastDate) });
    }
  }

  /** The ids of themes whose sentences use the word (as they are now). */
  private themesWith(token: string): Set<string> | undefined {
    if (!this.looked.has(token)) {
      this.looked.add(token);
      for (const t of this.loaded) {
        if (!this.themes.get(t.id)!.tokens.has(token)) continue;
        let set = this.byToken.get(token);
        if (!set) this.byToken.set(token, (set = new Set()));
        set.add(t.id);
      }
    }
    return this.byToken.get(token);
  }

  /** The theme, to change: a loaded one is copied first. */
  private own(theme: Theme): Theme {
    if (!this.borrowed.delete(theme.id)) return theme;
    const copy = { ...theme, sum: Float64Array.from(theme.sum), tokens: new Map(theme.tokens) };
    this.themes.set(copy.id, copy);
    return copy;
  }

  private candidates(s: ThemeSentence): Theme[] {
    const day = dayNumber(s.date);
    // Themes sharing the most of its words, then the ones seen in the last days.
    const sharing = new Map<string, number>();
    for (const token of new Set(s.tokens)) {
      const set = this.themesWith(token);
      if (set && set.size <= COMMON_WORD_THEMES) for (const id of set) sharing.set(id, (sharing.get(id) ?? 0) + 1);
    }
    const ids = new Set(
      [...sharing]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_WORD_CANDIDATES)
        .map(([id]) => id),
    );
    for (let k = this.touches.length - 1; k >= 0 && this.touches[k]!.day >= day - RECENT_DAYS; k--) {
      if (this.touches[k]!.day <= day) ids.add(this.touches[k]!.id);
    }
    const out: Theme[] = [];
    for (const id of ids) {
      const theme = this.themes.get(id)!;
      if (theme.kind !== s.kind || theme.size === 0) continue;
      if (day - dayNumber(theme.lastDate) > THEME_WINDOW_DAYS || dayNumber(theme.firstDate) > day) continue;
      out.push(theme);
    }
    return out;
  }

  /** The theme the sentence joins (or founds); its id. Ties go to the theme seen most recently, then by id. */
  add(s: ThemeSentence): string {
    const p = probe(s, this.rarity);
    let best: Theme | null = null;
    let bestSim = -Infinity;
    for (const theme of this.candidates(s)) {
      const { meaning, words } = similarityParts(p, theme);
      // Meaning alone never joins a large theme: in a long diary in one voice every sentence is somewhat like
      // the mean of many.
      if (theme.size >= LARGE_THEME && words < MIN_SHARED_WORDS) continue;
      const sim = 0.5 * meaning + 0.5 * words;
      const better =
        sim > bestSim || (sim === bestSim && best !== null && (theme.lastDate > best.lastDate || theme.id < best.id));
      if (better) {
        best = theme;
        bestSim = sim;
      }
    }
    const D = s.vector.length;
    const theme: Theme =
      best && bestSim >= this.threshold[s.kind]
        ? this.own(best)
        : {
            id: this.newId(),
            kind: s.kind,
            sum: new Float64Array(D),
            size: 0,
            firstDate: s.date,
            lastDate: s.date,
            tokens: new Map(),
          };
    for (let k = 0; k < D; k++) theme.sum[k] = theme.sum[k]! + s.vector[k]!;
    theme.size++;
    if (s.date < theme.firstDate) theme.firstDate = s.date;
    if (s.date > theme.lastDate) theme.lastDate = s.date;
    this.themes.set(theme.id, theme);
    for (const token of s.tokens) {
      theme.tokens.set(token, (theme.tokens.get(token) ?? 0) + 1);
      // Looked up first, so that the loaded themes with this word are in the set before this one joins it.
      let set = this.themesWith(token);
      if (!set) this.byToken.set(token, (set = new Set()));
      set.add(theme.id);
    }
    this.touches.push({ id: theme.id, day: dayNumber(s.date) });
    return theme.id;
  }

  /**
   * Take a sentence out of its theme (its entry was edited or deleted). First and last dates are the caller's
   * to recompute from the remaining members (`setDates`); a theme with no sentence left stays, empty, so marks
   * on it keep their meaning until it is cleaned up.
   */
  remove(themeId: string, s: ThemeSentence): void {
    const found = this.themes.get(themeId);
    if (!found) return;
    const theme = this.own(found);
    for (let k = 0; k < theme.sum.length; k++) theme.sum[k] = theme.sum[k]! - (s.vector[k] ?? 0);
    theme.size = Math.max(0, theme.size - 1);
    for (const token of s.tokens) {
      const n = (theme.tokens.get(token) ?? 0) - 1;
      if (n > 0) theme.tokens.set(token, n);
      else {
        theme.tokens.delete(token);
        this.byToken.get(token)?.delete(themeId);
      }
    }
  }

  setDates(themeId: string, firstDate: string, lastDate: string): void {
    const theme = this.themes.get(themeId);
    if (theme) Object.assign(this.own(theme), { firstDate, lastDate });
  }
}

/** When a theme occurred: its distinct days, how often it came back after the first, and when it was last seen. */
export function occurrenceSummary(dates: readonly string[]): { days: string[]; returns: number; lastDate: string } {
  const days = [...new Set(dates)].sort();
  return { days, returns: Math.max(0, days.length - 1), lastDate: days.at(-1) ?? "" };
}
