// Word-level sentiment for English sentences from `sentencesOf`: the AFINN-165 lexicon of the `sentiment`
// package (integers from -5 to +5 per word), read over wink's normalised words, with negation taken from wink's
// flags. Shared by valence.ts (which sums these scores), cues.ts (which needs "is this sentence negative?" to
// decide whether a weak cue such as "again" counts) and distress.ts (the writer's negative feelings).
import Sentiment from "sentiment";
import type { Sentence } from "./types";

const analyzer = new Sentiment();
const lexicon = new Map<string, number>();

// VADER's damping for a negated word (Hutto & Gilbert 2014): "not good" is less bad than "bad" is, and
// "not terrible" is only mildly positive. The `sentiment` package flips the sign at full strength instead.
const NEGATION_SCALAR = -0.74;

// wink flags every word from a negation to the end of the clause ("can't stop* thinking* about* how* I*
// messed* up*"). Like VADER we let a negation reach only the first three words after it, so "messed" in that
// sentence keeps its own sign.
const NEGATION_WINDOW = 3;

/** The AFINN score of one normalised word (0 when it is not in the lexicon). */
export function afinnOf(word: string): number {
  const key = normaliseWord(word);
  let score = lexicon.get(key);
  if (score === undefined) {
    // One word per call, so the package's own negation (which looks at the previous token) never applies.
    score = analyzer.analyze(key).score;
    // AFINN lists many but not all inflections ("forgive" but not "forgives"): fall back to the word without
    // a plural/third-person "s" (never "ss": "less", "class").
    if (score === 0 && key.length > 3 && key.endsWith("s") && !key.endsWith("ss")) {
      score = analyzer.analyze(key.slice(0, -1)).score;
    }
    lexicon.set(key, score);
  }
  return score;
}

export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** For each word: whether a negation reaches it (flagged by wink and within NEGATION_WINDOW of the run's start). */
export function negationReach(negated: readonly boolean[]): boolean[] {
  const reach: boolean[] = [];
  let run = 0;
  for (const flag of negated) {
    run = flag ? run + 1 : 0;
    reach.push(flag && run <= NEGATION_WINDOW);
  }
  return reach;
}

// "like" is AFINN +2, but in diaries it is mostly a comparison or filler ("it felt like a week", "I was like,
// no"); it counts only where it reads as the verb. "pretty" (+1) is mostly an intensifier ("pretty tired").
const LIKE_AFTER = new Set([
  "feel",
  "feels",
  "felt",
  "feeling",
  "look",
  "looks",
  "looked",
  "looking",
  "seem",
  "seems",
  "seemed",
  "sound",
  "sounds",
  "sounded",
  "am",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "just",
  "more",
  "something",
  "anything",
  "nothing",
  "things",
  "stuff",
  "kind",
  "sort",
]);
const LIKE_BEFORE = new Set(["a", "an", "the", "this", "these", "those", "when", "if", "usual", "always", "crazy"]);

function inContext(word: string, previous: string | undefined, next: string | undefined, score: number): number {
  if (word === "like" && ((previous && LIKE_AFTER.has(previous)) || (next && LIKE_BEFORE.has(next)))) return 0;
  if (word === "pretty" && next !== undefined && afinnOf(next) !== 0) return 0;
  return score;
}

/**
 * The score each word of a sentence contributes: its AFINN score, read in context ("like", "pretty"), times
 * NEGATION_SCALAR where a negation reaches it.
 */
export function wordScores(sentence: Pick<Sentence, "words" | "negated">): number[] {
  const words = sentence.words.map(normaliseWord);
  const reach = negationReach(sentence.negated);
  return words.map((word, k) => {
    const score = inContext(word, words[k - 1], words[k + 1], afinnOf(word));
    return score !== 0 && reach[k] ? score * NEGATION_SCALAR : score;
  });
}
