// Lesson language ("I learned", "next time", "from now on") versus ruminative language ("can't stop
// thinking", "should have", "why did I", "again"), found in the normalised word sequence of each sentence, so
// "can't" matches as "can not" and "I've learned" as "i have learned". These are the cue signals of the memory
// contract ("Lessons kept, rumination to let go"); the matched cues are returned for the panel's "why" text.
//
// Scores. Every cue has a weight: 1 for phrases that are a lesson or a rumination on their own ("lesson
// learned", "can't stop thinking"), less for phrases that only lean that way ("I will" 0.4, "could have" 0.5).
// A sentence's score per kind is the sum of the weights of the distinct cues it contains, capped at 1. An
// entry's score per kind combines its sentences as a noisy-or, 1 − ∏(1 − sentence score): one clear lesson
// sentence makes a lesson entry (1.0), two leaning sentences (0.5 each) make 0.75, and neutral sentences
// never dilute it. Callers should read a score of 0.5 or more as "has lesson/ruminative language".
//
// Guards. A cue whose first word falls under a negation ("I never learned", "it was not my fault") does not
// count. Weak ruminative cues ("again", "what if", "could have") count only in a sentence that is negative
// anyway (its AFINN words sum below zero, or it has another ruminative cue): "went running again, lovely" is
// not rumination, "I lost my temper again" is.
import { negationReach, normaliseWord, wordScores } from "./afinn";
import { CUES, type CueDefinition, type CueKind } from "./cue-lists";
import { sentencesOf, type Sentence } from "./sentences";

export { CUES, LESSON_CUES, LESSON_LABELS, RUMINATION_CUES } from "./cue-lists";
export type { CueDefinition, CueKind } from "./cue-lists";

export type CueMatch = {
  kind: CueKind;
  label: string;
  weight: number;
  /** First and one-past-last index into the sentence's `words`. */
  start: number;
  end: number;
};

export type SentenceCues = {
  text: string;
  lessonScore: number;
  ruminationScore: number;
  /** Counted matches, in order of position (one per cue label). */
  matches: CueMatch[];
};

export type EntryCues = {
  lessonScore: number;
  ruminationScore: number;
  /** Labels of all counted cues, in order of first appearance, without repeats. */
  cues: string[];
  lessonCues: string[];
  ruminationCues: string[];
  sentences: SentenceCues[];
};

// ----- Matching ------------------------------------------------------------------------------------------------

type Element = { words: Set<string>; optional: boolean };
type CompiledPattern = { cue: CueDefinition; elements: Element[]; notBefore: Set<string> | null };

function compile(cue: CueDefinition, pattern: string): CompiledPattern {
  const elements = pattern
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith("?");
      const words = (optional ? part.slice(0, -1) : part).split("|").map(normaliseWord);
      return { words: new Set(words), optional };
    });
  return { cue, elements, notBefore: cue.notBefore ? new Set(cue.notBefore) : null };
}

// Patterns indexed by the words they can start with, so each word is tried against a handful of patterns.
const byFirstWord = new Map<string, CompiledPattern[]>();
for (const cue of CUES) {
  for (const pattern of cue.patterns) {
    const compiled = compile(cue, pattern);
    const firsts = new Set<string>();
    for (const element of compiled.elements) {
      element.words.forEach((w) => firsts.add(w));
      if (!element.optional) break;
    }
    for (const word of firsts) {
      const list = byFirstWord.get(word) ?? [];
      list.push(compiled);
      byFirstWord.set(word, list);
    }
  }
}

// Contractions wink leaves whole, and apostrophe-less spellings people type in a hurry.
const EXPANSIONS: Record<string, string[]> = {
  "i'm": ["i", "am"],
  im: ["i", "am"],
  ive: ["i", "have"],
  cant: ["can", "not"],
  dont: ["do", "not"],
  didnt: ["did", "not"],
  couldnt: ["could", "not"],
  shouldnt: ["should", "not"],
  wouldnt: ["would", "not"],
  wasnt: ["was", "not"],
  isnt: ["is", "not"],
  cannot: ["can", "not"],
};

type Token = { word: string; source: number };

function tokensOf(words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  words.forEach((raw, source) => {
    const word = normaliseWord(raw);
    for (const part of EXPANSIONS[word] ?? [word]) tokens.push({ word: part, source });
  });
  return tokens;
}

// Length (in tokens) of the longest match of `elements` starting at token `at`, or -1.
function matchAt(elements: Element[], tokens: Token[], at: number, element = 0): number {
  if (element === elements.length) return 0;
  const current = elements[element]!;
  let best = -1;
  const token = tokens[at];
  if (token && current.words.has(token.word)) {
    const rest = matchAt(elements, tokens, at + 1, element + 1);
    if (rest >= 0) best = rest + 1;
  }
  if (current.optional) best = Math.max(best, matchAt(elements, tokens, at, element + 1));
  return best;
}

/** Every occurrence of every cue in a word sequence, before the negation and context guards. */
export function findCues(words: readonly string[]): CueMatch[] {
  const tokens = tokensOf(words);
  const found: CueMatch[] = [];
  tokens.forEach((token, at) => {
    for (const pattern of byFirstWord.get(token.word) ?? []) {
      const length = matchAt(pattern.elements, tokens, at);
      if (length <= 0) continue;
      const next = tokens[at + length];
      if (pattern.notBefore && next && pattern.notBefore.has(next.word)) continue;
      const { kind, label, weight } = pattern.cue;
      found.push({ kind, label, weight, start: token.source, end: tokens[at + length - 1]!.source + 1 });
    }
  });
  return found;
}

const cueByLabel = new Map(CUES.map((cue) => [cue.label, cue]));

/** The cues of one sentence that count (guards applied), and its lesson and rumination scores. */
export function sentenceCues(sentence: Sentence): SentenceCues {
  const reach = negationReach(sentence.negated);
  const candidates = findCues(sentence.words).filter((match) => !reach[match.start]);

  const isWeak = (match: CueMatch) => cueByLabel.get(match.label)?.needsNegativeContext === true;
  const strongRumination = candidates.filter((m) => m.kind === "rumination" && !isWeak(m));
  let negative = strongRumination.length > 0;
  if (!negative) {
    const scores = wordScores(sentence);
    negative = scores.reduce((sum, score) => sum + score, 0) < 0;
  }

  // One match per label (the first), so "again ... again" counts once.
  const seen = new Set<string>();
  const matches: CueMatch[] = [];
  for (const match of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (seen.has(match.label)) continue;
    if (isWeak(match) && !negative) continue;
    seen.add(match.label);
    matches.push(match);
  }
  // A shorter cue inside a longer one of the same kind ("replaying" inside "keep replaying") adds nothing.
  const counted = matches.filter(
    (m) =>
      !matches.some(
        (other) =>
          other !== m &&
          other.kind === m.kind &&
          other.start <= m.start &&
          other.end >= m.end &&
          (other.end - other.start > m.end - m.start || other.weight > m.weight),
      ),
  );
  return {
    text: sentence.text,
    lessonScore: scoreOf(counted, "lesson"),
    ruminationScore: scoreOf(counted, "rumination"),
    matches: counted,
  };
}

function scoreOf(matches: CueMatch[], kind: CueKind): number {
  return Math.min(
    1,
    matches.filter((m) => m.kind === kind).reduce((sum, m) => sum + m.weight, 0),
  );
}

/** Noisy-or of sentence scores: the chance at least one sentence "is" a lesson (or rumination). */
export function combineScores(scores: readonly number[]): number {
  return 1 - scores.reduce((keep, score) => keep * (1 - Math.min(1, Math.max(0, score))), 1);
}

/** Lesson and rumination scores of an entry (Markdown text, or its sentences from `sentencesOf`). */
export function entryCues(input: string | readonly Sentence[]): EntryCues {
  const sentences = typeof input === "string" ? sentencesOf(input) : input;
  const perSentence = sentences.map(sentenceCues);
  const cues: string[] = [];
  const lessonCues: string[] = [];
  const ruminationCues: string[] = [];
  for (const sentence of perSentence) {
    for (const match of sentence.matches) {
      if (!cues.includes(match.label)) cues.push(match.label);
      const list = match.kind === "lesson" ? lessonCues : ruminationCues;
      if (!list.includes(match.label)) list.push(match.label);
    }
  }
  return {
    lessonScore: combineScores(perSentence.map((s) => s.lessonScore)),
    ruminationScore: combineScores(perSentence.map((s) => s.ruminationScore)),
    cues,
    lessonCues,
    ruminationCues,
    sentences: perSentence,
  };
}
