// Honest coverage: the share of a text the memory can read, by either of the local embedder's two
// representations (local.ts):
// - Latin-script words through the word vectors, and those only when they are English words the vectors know.
//   The vectors also hold many foreign words and names (Wikipedia, news), so "has a vector" says little: a
//   French paragraph has vectors for 60–75% of its words, mostly saying "this is French".
// - Han characters and words in other scripts through the lexical vector (lexical.ts), which reads their
//   words themselves, provided a sentence reader gave them to it (Chinese blocks go to the Chinese reader;
//   a block wholly in, say, Cyrillic yields no sentence today and stays unread).
// A text of only emoji, digits or punctuation has nothing to read: coverage 0.
//
// Measured with the shipped vectors (tests/unit/embedding/local.test.ts): everyday English entries, names
// included, 0.7–1.0; Chinese 1.0 (Chinese with English words 0.9–1.0); French, Spanish, German, Italian,
// Portuguese, Dutch paragraphs 0.1–0.35.

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
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/**
 * How many word-like units of `text` are in scripts other than Latin: each character of an unspaced script,
 * each word of the others. They are what the lexical vector reads and the word vectors do not.
 */
export function nonLatinUnits(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const others = text.replace(UNSPACED, " ").match(OTHER_SCRIPT_WORD)?.length ?? 0;
  return unspaced + others;
}

/** A word the word vectors may read: no letter in another script (digits and apostrophes are fine). */
export function isLatinScriptWord(word: string): boolean {
  return !NON_LATIN_LETTER.test(word);
}

type CoverageCounts = {
  /** Latin-script words counted (two or more letters), and of those the English words with a vector. */
  counted: number;
  english: number;
  /** Non-Latin units inside sentences, which the lexical vector reads. */
  lexical: number;
  /** Non-Latin units outside every sentence (a block no reader read). */
  unread: number;
};

/**
 * `coverage`: the readable share (English words + lexically read units) of all units. `english`: the share
 * the word vectors read, which is how much the embedding leans on them (local.ts blends by it).
 */
export function coverageShares(counts: CoverageCounts): { coverage: number; english: number } {
  const total = counts.counted + counts.lexical + counts.unread;
  if (total === 0) return { coverage: 0, english: 0 };
  return { coverage: (counts.english + counts.lexical) / total, english: counts.english / total };
}
