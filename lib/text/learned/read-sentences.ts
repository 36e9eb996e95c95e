// An entry's sentences as the memory reads them, in one place for the app (lib/journal/analysis.ts), the sentence
// reader's training data (scripts/train) and the grouping evaluation (scripts/eval-themes): lib/text's rule
// readings of each sentence (cues, valence), the features made of them and the sentence's meaning, and what the
// learned reader makes of those.
import type { Sentence, SentenceCues } from "../types";
import { textSignals } from "../valence";
import { sentenceFeatures } from "./features";
import { readSentence } from "./reader";

export type SentenceRead = {
  sentence: Sentence;
  cues: SentenceCues;
  valence: number;
  features: Float64Array;
  /** P(lesson) and P(rumination) from the learned reader. */
  lesson: number;
  rumination: number;
};

/**
 * Each parsed sentence (`sentencesOf`) read, and the entry's valence. `meaningOf(k)` is what sentence k means
 * (`LocalEmbedder.meaningOf`, or what the embedder already worked out while embedding the entry).
 */
export function readSentences(
  parsed: readonly Sentence[],
  meaningOf: (k: number) => ArrayLike<number>,
): { valence: number; sentences: SentenceRead[] } {
  const signals = textSignals(parsed);
  const sentences = signals.sentences.map((cues, k) => {
    const sentence = signals.parsed[k]!;
    const valence = signals.sentenceValences[k]?.valence ?? 0;
    const features = sentenceFeatures(sentence, cues, valence, meaningOf(k));
    return { sentence, cues, valence, features, ...readSentence(features) };
  });
  return { valence: signals.valence, sentences };
}
