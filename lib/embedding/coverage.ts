// Honest coverage. The local word vectors are English: an entry written mostly in another language gets a
// vector all the same (the vectors include many foreign words and names from Wikipedia and news), but that
// vector mostly says "this is French", not what the entry is about. Coverage tells the panel when to say so
// instead of showing noise.
//
// Measured with the shipped vectors (tests/unit/embedding/local.test.ts): everyday English entries, names
// included, 0.7–1.0; French, Spanish, German, Italian, Portuguese, Dutch paragraphs 0.1–0.35; Chinese,
// Japanese, Russian, Arabic text 0 (the tokeniser reads no words in those scripts).

/** Below this share of understood words an embedding is mostly noise: say so instead of using it. */
export const MOSTLY_UNKNOWN_BELOW = 0.5;

/** True when the model understood less than half of the text (`coverage` from an `Embedding`). */
export function isMostlyUnknown(coverage: number): boolean {
  return !(coverage >= MOSTLY_UNKNOWN_BELOW);
}

// Scripts written without spaces between words: count each character (about one word or less).
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/gu;
// Any other run of letters outside the Latin script (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul…).
const OTHER_SCRIPT_WORD = /[^\P{L}\p{Script=Latin}]+/gu;

/**
 * How many word-like units of `text` are in scripts the English tokeniser skips entirely (it returns no words
 * for them, so without this a half-Chinese entry would be judged on its English half alone).
 */
export function unreadLetterUnits(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const others = text.replace(UNSPACED, " ").match(OTHER_SCRIPT_WORD)?.length ?? 0;
  return unspaced + others;
}
