// Sentences of a Chinese block (a paragraph, list item or quote line from plainBlocks), with words from the
// ICU word segmenter built into Node (Intl.Segmenter, dictionary-based for Han; needs Node's full ICU, the
// default build), which negation governs each word, and a part of speech where it is certain (pronouns).
import type { Sentence } from "../types";
import { CLAUSE_MARK, isNegator, NEGATION_WINDOW, isConjunctionPart, PRONOUNS } from "./words";

// A sentence ends at 。！？!?；… (any run of them), or at a period followed by a space or the end (an English
// sentence inside a Chinese paragraph), and keeps the closing quotes and brackets that follow its end mark:
// 他说：“我不去了。”然后走了。 is 他说：“我不去了。” + 然后走了。
const END = String.raw`(?:[。！？!?；;…]+|\.(?=\s|$))`;
const CLOSERS = String.raw`[”’"'」』）)】》]*`;
const SENTENCE = new RegExp(String.raw`(?:[^。！？!?；;…\n.]|\.(?!\s|$))+(?:${END}${CLOSERS})?|${END}${CLOSERS}`, "gu");

// plainBlocks turns the line breaks inside a block into spaces. Chinese is written without spaces, so a
// space between two Han characters (or after a Chinese comma) is such a break, or a pause the writer marks
// as one: split there too.
const HAN_GAP = /(?<=[\p{Script=Han}，。！？；])\s+(?=\p{Script=Han})/gu;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The pronoun itself or a pronoun with 的 ("我的"): the only parts of speech the reader is sure of. */
function posOf(word: string): string {
  return PRONOUNS.has(word) || (word.endsWith("的") && PRONOUNS.has(word.slice(0, -1))) ? "PRON" : "X";
}

// The segmenter also glues a pronoun onto a following negator ("我不|去了"): split it, so the negation and
// the pronoun are both seen.
const PRONOUN_NEGATOR =
  /^(我们|你们|他们|她们|咱们|我|你|您|他|她|它|咱)(不|没|没有|别|不是|不会|不太|不再|从来没有?|从不)$/;

function* wordsOf(text: string): Generator<{ word: string; clauseEnd: boolean }> {
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) {
      yield { word: "", clauseEnd: CLAUSE_MARK.test(segment.segment) };
      continue;
    }
    const word = segment.segment.toLowerCase();
    const glued = PRONOUN_NEGATOR.exec(word);
    if (glued) {
      yield { word: glued[1]!, clauseEnd: false };
      yield { word: glued[2]!, clauseEnd: false };
    } else yield { word, clauseEnd: false };
  }
}

function readSentence(text: string): Sentence {
  const words: string[] = [];
  const negated: boolean[] = [];
  const pos: string[] = [];
  let reach = 0;
  for (const { word, clauseEnd } of wordsOf(text)) {
    if (!word) {
      if (clauseEnd) reach = 0;
      continue;
    }
    words.push(word);
    pos.push(posOf(word));
    negated.push(reach > 0);
    if (isNegator(word) && !isConjunctionPart(words[words.length - 2], word)) reach = NEGATION_WINDOW;
    else if (reach > 0) reach--;
  }
  return { text, lang: "zh", words, negated, pos };
}

/** The sentences of one plain-text block, in order; pieces without words (a lone "……") are left out. */
export function zhSentencesOf(block: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of block.replace(HAN_GAP, "\n").split("\n")) {
    for (const match of line.matchAll(SENTENCE)) {
      const text = match[0].trim();
      if (!text) continue;
      const sentence = readSentence(text);
      if (sentence.words.length > 0) sentences.push(sentence);
    }
  }
  return sentences;
}
