// Where a Chinese sentence's feeling and evaluative words are, and what each scores after degree adverbs and
// negation. Shared by valence.ts (which sums the scores) and cues.ts (which needs "is this sentence negative?"
// and "does it name a feeling?").
//
// Lookup, longest match first, at each word's start:
// 1. over the characters from there, across word boundaries, as long as the entry ends where a word ends: the
//    segmenter writes 睡|不着, 想|哭, 不|开心, and the lexicon has 睡不着, 想哭, 不开心;
// 2. else inside the word, when the word splits entirely into lexicon words, degree adverbs, negators and
//    particles: the segmenter also glues 很开心, 累死了, 不开心 into one word. A word with any other leftover
//    character is a different word ("积累" is not 累, "开心果" is not 开心), so it scores nothing.
// A degree complement after 得 (疼得厉害, 累得不行) strengthens the word before it: 厉害 there is not "great".
import type { Sentence } from "../types";
import {
  COMPLEMENT_FACTOR,
  ZH_COMPLEMENTS,
  ZH_DEGREE,
  ZH_FEELINGS,
  ZH_LEXICON,
  ZH_LONGEST_ENTRY,
  ZH_PARTICLES,
} from "./lexicon";
import { CLAUSE_MARK, isNegator, wordOffsets } from "./words";

/** VADER's damping of a negated word (as in lib/text/afinn.ts): "不开心" is less bad than "难过" is. */
const ZH_NEGATION_SCALAR = -0.74;

/** A degree adverb reaches the next scored word if it is at most this many words on (很|不|开心). */
const DEGREE_REACH = 2;

export type LexiconHit = {
  /** The lexicon entry as written in the sentence. */
  entry: string;
  /** First and one-past-last word index. */
  start: number;
  end: number;
  /** Character offset of the entry in the sentence's text. */
  offset: number;
  /** The entry's score after degree and negation. */
  score: number;
  /** A state of the writer ("累"), not an evaluation of something ("顺利"). */
  feeling: boolean;
};

type Piece = { kind: "entry" | "degree" | "negator" | "particle"; text: string; at: number };

function longestEntryAt(text: string, at: number, limit: number): string | undefined {
  for (let length = Math.min(ZH_LONGEST_ENTRY, limit - at); length >= 1; length--) {
    const candidate = text.slice(at, at + length);
    if (ZH_LEXICON.has(candidate)) return candidate;
  }
  return undefined;
}

function longestOf(set: { has(word: string): boolean }, text: string, at: number, limit: number) {
  for (let length = Math.min(4, limit - at); length >= 1; length--) {
    const candidate = text.slice(at, at + length);
    if (set.has(candidate)) return candidate;
  }
  return undefined;
}

const negatorSet = { has: isNegator };

/** A word split entirely into known pieces, or undefined when something else is left over. */
function piecesOf(word: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < word.length) {
    const entry = longestEntryAt(word, at, word.length);
    const degree = longestOf(ZH_DEGREE, word, at, word.length);
    const negator = longestOf(negatorSet, word, at, word.length);
    // A degree adverb that is also an entry (好) is a degree only before another entry: 好累 vs 好.
    if (degree && (!entry || entry.length <= degree.length) && longestEntryAt(word, at + degree.length, word.length))
      pieces.push({ kind: "degree", text: degree, at });
    else if (entry && (!negator || entry.length > negator.length)) pieces.push({ kind: "entry", text: entry, at });
    else if (negator) pieces.push({ kind: "negator", text: negator, at });
    else if (ZH_PARTICLES.has(word[at]!)) pieces.push({ kind: "particle", text: word[at]!, at });
    else return undefined;
    at += pieces[pieces.length - 1]!.text.length;
  }
  return pieces;
}

/** The scored words of a sentence, in order. */
export function lexiconHits(sentence: Sentence): LexiconHit[] {
  const text = sentence.text.toLowerCase();
  const { words, negated } = sentence;
  const offsets = wordOffsets(sentence.text, words);
  const endOf = new Map<number, number>(); // character end → index of the word ending there
  words.forEach((w, k) => offsets[k]! >= 0 && endOf.set(offsets[k]! + w.length, k));

  const hits: LexiconHit[] = [];
  let degree = 1;
  let degreeLeft = 0;
  const add = (entry: string, start: number, end: number, offset: number, flip: boolean) => {
    const base = ZH_LEXICON.get(entry)!;
    const factor = degreeLeft > 0 ? degree : 1;
    const score = base * factor * (flip ? ZH_NEGATION_SCALAR : 1);
    hits.push({ entry, start, end, offset, score, feeling: ZH_FEELINGS.has(entry) });
    degreeLeft = 0;
  };

  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const at = offsets[k]!;
    if (at < 0) continue;
    const previousEnd = k > 0 && offsets[k - 1]! >= 0 ? offsets[k - 1]! + words[k - 1]!.length : at;
    if (CLAUSE_MARK.test(text.slice(previousEnd, at))) degreeLeft = 0;

    const last = hits[hits.length - 1];
    if (ZH_COMPLEMENTS.has(word) && last && last.end >= k - 1 && text.slice(0, at).endsWith("得")) {
      last.score *= COMPLEMENT_FACTOR;
      continue;
    }
    const nextAt = offsets[k + 1] ?? -1;
    const degreeFirst = ZH_DEGREE.has(word) && nextAt >= 0 && spanAt(text, nextAt, endOf) !== undefined;
    const span = degreeFirst ? undefined : spanAt(text, at, endOf);
    if (span) {
      const end = endOf.get(at + span.length)!;
      add(span, k, end + 1, at, negated[k] === true);
      k = end;
      continue;
    }
    if (ZH_DEGREE.has(word)) {
      degree = ZH_DEGREE.get(word)!;
      degreeLeft = DEGREE_REACH;
      continue;
    }
    const pieces = isNegator(word) ? undefined : piecesOf(word);
    if (pieces?.some((p) => p.kind === "entry")) {
      let flip = negated[k] === true;
      for (const piece of pieces) {
        if (piece.kind === "degree") [degree, degreeLeft] = [ZH_DEGREE.get(piece.text)!, DEGREE_REACH];
        else if (piece.kind === "negator") flip = !flip;
        else if (piece.kind === "entry") add(piece.text, k, k + 1, at + piece.at, flip);
      }
      continue;
    }
    if (degreeLeft > 0) degreeLeft--;
  }
  return hits;
}

/** The longest entry starting at character `at` that ends where a word ends. */
function spanAt(text: string, at: number, endOf: ReadonlyMap<number, number>): string | undefined {
  for (let length = Math.min(ZH_LONGEST_ENTRY, text.length - at); length >= 1; length--) {
    const candidate = text.slice(at, at + length);
    if (ZH_LEXICON.has(candidate) && endOf.has(at + length)) return candidate;
  }
  return undefined;
}

/** The sum of the hits' scores: below zero means the sentence reads negative. */
export function lexiconPoints(hits: readonly LexiconHit[]): number {
  return hits.reduce((sum, hit) => sum + hit.score, 0);
}
