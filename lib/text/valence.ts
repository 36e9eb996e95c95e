// Valence (how positive or negative the text reads) of a sentence and of an entry, in [-1, 1].
//
// Scaling. A sentence's points are the sum of its words' AFINN scores (-5..+5 each, negation damped: see
// afinn.ts) plus the rumination adjustment below. Points p become a valence with VADER's normalisation
// p / √(p² + 15): one clearly positive word ("happy", +3) gives 0.61, "awful" (-3) gives -0.61, two strong
// words (±6) give ±0.84, and no sum ever reaches ±1. An entry's valence is the weighted mean of its sentences'
// valences, where a sentence with no scored word (a plain fact: "Took the bus.") counts a quarter: a long
// factual entry with one sad line reads sad, but less than the line alone. No sentences: 0.
//
// Rumination adjustment. AFINN underrates rumination without strong words: "I can't stop thinking about how
// I messed up" scores only -1 in the `sentiment` package ("messed" -2, and its negation turns "stop" into +1),
// and "I should have asked" scores 0. So inside a counted ruminative cue (cues.ts) positive word scores are
// dropped (they are negation artefacts: "can't stop", "can't let it go"), and the sentence loses
// RUMINATION_POINTS times its rumination score (0..1): at most the weight of one moderately negative word
// ("sad", "hurt": -2). A ruminative sentence alone then reads -0.46 ("I should have asked") to -0.72 ("I can't
// stop thinking about how I messed up"), while a clearly positive sentence with a regret in it stays positive.
// Lesson cues do not move valence: a lesson about a bad day is still about a bad day.
//
// Chinese sentences (lang "zh") are scored by zh/valence.ts on the same scale, with the same adjustment.
import { wordScores } from "./afinn";
import { entryCues, sentenceCues, type EntryCues } from "./cues";
import { sentencesOf } from "./sentences";
import type { Sentence, SentenceCues, SentenceValence } from "./types";
import { zhSentenceValence } from "./zh/valence";

const VALENCE_ALPHA = 15;
export const RUMINATION_POINTS = 2;
const NEUTRAL_SENTENCE_WEIGHT = 0.25;

type ValenceOptions = {
  /** Apply the rumination adjustment (default true). Off gives plain AFINN with damped negation. */
  rumination?: boolean;
};

type EnglishSentenceValence = SentenceValence & {
  /** Sum of the AFINN scores counted (after negation; positive scores inside ruminative cues dropped). */
  afinn: number;
  /** Points added for rumination (0 or negative). */
  adjustment: number;
};

type EntryValence = { valence: number; sentences: SentenceValence[] };

/** VADER's normalisation of a points sum into (-1, 1). */
export function normaliseValence(points: number): number {
  return points === 0 ? 0 : points / Math.sqrt(points * points + VALENCE_ALPHA);
}

/** A sentence's valence in its own language; `cues` (from `sentenceCues`) saves reading them twice. */
export function sentenceValence(
  sentence: Sentence,
  options: ValenceOptions = {},
  cues?: SentenceCues,
): SentenceValence {
  if (sentence.lang === "zh") return zhSentenceValence(sentence, cues);
  return englishSentenceValence(sentence, options, cues);
}

export function englishSentenceValence(
  sentence: Sentence,
  options: ValenceOptions = {},
  cues?: SentenceCues,
): EnglishSentenceValence {
  const scores = wordScores(sentence);
  let afinn = 0;
  let adjustment = 0;
  let scored = false;
  if (options.rumination === false) {
    for (const score of scores) afinn += score;
    scored = scores.some((s) => s !== 0);
  } else {
    const found = cues ?? sentenceCues(sentence);
    const inCue = new Array<boolean>(scores.length).fill(false);
    for (const match of found.matches) {
      if (match.kind !== "rumination") continue;
      for (let k = match.start; k < match.end; k++) inCue[k] = true;
    }
    scores.forEach((score, k) => {
      if (inCue[k] && score > 0) return;
      afinn += score;
      if (score !== 0) scored = true;
    });
    adjustment = -RUMINATION_POINTS * found.ruminationScore;
    if (adjustment !== 0) scored = true;
  }
  return {
    text: sentence.text,
    valence: normaliseValence(afinn + adjustment),
    afinn,
    adjustment: adjustment || 0,
    scored,
  };
}

/** Weighted mean of sentence valences (neutral sentences count NEUTRAL_SENTENCE_WEIGHT); 0 without sentences. */
function combineValences(sentences: readonly SentenceValence[]): number {
  let sum = 0;
  let weight = 0;
  for (const s of sentences) {
    const w = s.scored ? 1 : NEUTRAL_SENTENCE_WEIGHT;
    sum += w * s.valence;
    weight += w;
  }
  return weight === 0 ? 0 : sum / weight;
}

export function entryValence(input: string | readonly Sentence[], options: ValenceOptions = {}): EntryValence {
  const sentences = typeof input === "string" ? sentencesOf(input) : input;
  const perSentence = sentences.map((sentence) => sentenceValence(sentence, options));
  return { valence: combineValences(perSentence), sentences: perSentence };
}

/** The valence of a piece of Markdown text in [-1, 1]. */
export function valenceOf(markdown: string, options: ValenceOptions = {}): number {
  return entryValence(markdown, options).valence;
}

type EntryTextSignals = EntryCues & {
  valence: number;
  /** Per sentence, parallel to `sentences`: valence details. */
  sentenceValences: SentenceValence[];
  /** The sentences themselves (words, tags, language), parallel to `sentences`. */
  parsed: Sentence[];
};

/**
 * Everything the memory reads from an entry's text in one pass: valence (with the rumination adjustment),
 * lesson and rumination scores, the matched cues, and per sentence its cues, self-focus and distress.
 */
export function textSignals(input: string | readonly Sentence[]): EntryTextSignals {
  const parsed = typeof input === "string" ? sentencesOf(input) : [...input];
  const cues = entryCues(parsed);
  const sentenceValences = parsed.map((sentence, k) => sentenceValence(sentence, {}, cues.sentences[k]));
  return { ...cues, valence: combineValences(sentenceValences), sentenceValences, parsed };
}
