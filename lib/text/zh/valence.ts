// Valence of a Chinese sentence in (-1, 1), on the English scale (lib/text/valence.ts) so the memory reads
// both languages alike: the lexicon words' points (lexicon-hits.ts: degree adverbs scale, negation damps by
// -0.74), plus the same rumination adjustment, then VADER's normalisation p / √(p² + 15). "今天很开心" (开心
// +3, 很 ×1.25) gives 0.70; "不开心" -0.46; "心里很堵" -0.54.
//
// Rumination adjustment, as in English: inside a counted rumination cue positive scores are dropped (要是…
// 就好了 holds 好, 放不下 is not 放下), and the sentence loses RUMINATION_POINTS times its rumination score.
import type { Sentence, SentenceCues, SentenceValence } from "../types";
import { zhSentenceCues } from "./cues";
import { lexiconHits } from "./lexicon-hits";

// The English reader's constants (lib/text/valence.ts), repeated rather than imported: that module will
// import this one, and a cycle between them would leave one side's constants undefined at load.
const VALENCE_ALPHA = 15;
const RUMINATION_POINTS = 2;

export function zhSentenceValence(sentence: Sentence, cues: SentenceCues = zhSentenceCues(sentence)): SentenceValence {
  const inCue = (start: number) =>
    cues.matches.some((m) => m.kind === "rumination" && m.start <= start && start < m.end);
  let points = 0;
  let scored = false;
  for (const hit of lexiconHits(sentence)) {
    if (hit.score > 0 && inCue(hit.start)) continue;
    points += hit.score;
    if (hit.score !== 0) scored = true;
  }
  const adjustment = -RUMINATION_POINTS * cues.ruminationScore;
  if (adjustment !== 0) scored = true;
  const total = points + adjustment;
  return {
    text: sentence.text,
    valence: total === 0 ? 0 : total / Math.sqrt(total * total + VALENCE_ALPHA),
    scored,
  };
}
