// The shapes every language's text reader produces, so the memory reads English and Chinese the same way.
// English: sentences.ts, cues.ts, valence.ts (wink-nlp). Chinese: zh/ (Intl.Segmenter and our own lexicon).

type Language = "en" | "zh";

export type Sentence = {
  text: string;
  lang: Language;
  /** Words in normal form (English: lower case, contractions expanded; Chinese: Intl.Segmenter words). */
  words: string[];
  /** Per word: whether a negation governs it ("not happy", "不开心"). */
  negated: boolean[];
  /** Per word: Universal POS tag (English from wink; Chinese "X" where unknown). */
  pos: string[];
  /** Optional, per word: dictionary form ("felt" → "feel"); English fills it from wink, to tell tense. */
  lemmas?: string[];
  /** Optional, per word: punctuation (",", ";", ":", "—") stands right before it, so a clause may start there. */
  breaks?: boolean[];
};

export type CueKind = "lesson" | "rumination";

export type CueMatch = {
  kind: CueKind;
  /** How the cue is shown in the panel's "why" (in the sentence's language). */
  label: string;
  weight: number;
  /** First and one-past-last index into the sentence's `words`. */
  start: number;
  end: number;
};

export type SentenceCues = {
  text: string;
  /** 0..1: a first-person statement of something learned, understood or resolved. */
  lessonScore: number;
  /** 0..1: self-blame, replaying or a counterfactual about oneself, in words. */
  ruminationScore: number;
  /** The writer speaks of themself (I/me/my, 我): lessons and rumination are first-person by definition. */
  selfFocus: boolean;
  /** 0..1: the writer's own distress in words (dread, shame, "felt sick", "心里堵"), cue phrase or not. */
  distress: number;
  /** Counted matches, in order of position (one per cue label). */
  matches: CueMatch[];
};

export type SentenceValence = {
  text: string;
  /** -1..1. */
  valence: number;
  /** Whether any word was scored or any adjustment made (plain facts count less in an entry's valence). */
  scored: boolean;
};
