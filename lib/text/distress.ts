// The writer's own distress in a sentence, 0..1, with or without a stock phrase. Three kinds of evidence,
// combined as a noisy-or (one clear sign is enough; weaker ones add up but never reach 1 alone):
// - a distress expression (distress-lists.ts): "my stomach dropped", "couldn't sleep", "dreading it" (its
//   weight, 0.6 to 1);
// - a feeling predicated of the writer, after "be" or a linking verb or as a fragment: a state ("I was
//   ashamed", "felt lost", "So tired.": 0.85, everyday states such as "tired" or "sick" 0.5), or a word AFINN
//   scores negative that is not a judgement of conduct ("I feel awful", "I was much troubled": 0.45 plus 0.15
//   per AFINN point, up to 1; "I was rude" is self-criticism, cues.ts);
// - other negative AFINN words in the sentence (after negation, see afinn.ts), 0.1 per point, up to 0.4: "I
//   lost my keys" leans distressed, but far less than "I felt sick about it".
// Only the writer's: nothing counts outside a self-focused sentence (I/me/my or a dropped subject), nor where
// the subject is someone else ("She felt sick", "the soup was sickly sweet"), nor under a negation ("I didn't
// feel sick", "not ashamed").
import { DISTRESS_PHRASES, STATE_WEIGHTS, type DistressPhrase } from "./distress-lists";
import { predicateAt, subjectAt, type Token } from "./english-tokens";
import { PatternIndex } from "./patterns";
import { JUDGEMENTS } from "./rumination-cue-list";

// "I was wrong" owns a mistake; it is not a feeling.
const ADMISSIONS = new Set(["wrong", "mistaken"]);

const GENERAL_POINT = 0.1;
export const GENERAL_CAP = 0.4;

const phrases = new PatternIndex<DistressPhrase>(DISTRESS_PHRASES, (phrase) => phrase.patterns);

/**
 * Distress of one English sentence: `tokens` from `tokensOf`, `scores` the AFINN score of each sentence word
 * (from `wordScores`, indexed by `Token.source`), `selfFocus` from `selfFocusOf`.
 */
export function distressOf(tokens: readonly Token[], scores: readonly number[], selfFocus: boolean): number {
  if (!selfFocus) return 0;
  let keep = 1;
  const add = (weight: number) => {
    keep *= 1 - Math.min(1, weight);
  };
  // Words already read as part of a phrase or feeling, so "felt sick" is not counted again as "sick".
  const used = new Set<number>();

  for (const { item, start, end } of phrases.find(tokens)) {
    if (tokens[start]!.negated || (!item.own && subjectAt(tokens, start) === "other")) continue;
    add(item.weight);
    for (let k = start; k < end; k++) used.add(tokens[k]!.source);
  }

  let general = 0;
  tokens.forEach((token, k) => {
    const score = scores[token.source] ?? 0;
    const state = STATE_WEIGHTS.get(token.word);
    if ((score >= 0 && state === undefined) || used.has(token.source) || token.negated) return;
    const predicate = predicateAt(tokens, k);
    if ((predicate?.subject ?? subjectAt(tokens, k)) === "other") return;
    used.add(token.source);
    if (state !== undefined && predicate !== null) add(state);
    else if (score < 0 && predicate && !JUDGEMENTS.has(token.word) && !ADMISSIONS.has(token.word)) {
      add(0.45 + 0.15 * -score);
    } else if (score < 0) general += -score;
  });
  add(Math.min(GENERAL_CAP, GENERAL_POINT * general));
  return 1 - keep;
}
