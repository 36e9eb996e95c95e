// The words search reads, cut the same way from an entry (what is indexed) and from a query (what is looked
// for), so the two always meet. Chinese is written without spaces, and its words are mostly one or two
// characters, which a trigram index cannot find: the text is cut into words by Intl.Segmenter (ICU's dictionary
// for Han), and English words are stemmed (wink's Porter 2), so "walked" finds "walking" on both databases.
// The segmenter cuts Chinese unpredictably (忍不住 in a sentence, 不住 alone), so every Han character is indexed
// again after the words, in order: a Chinese query word is found as itself or as a run of those characters.
//
// Terms hold only letters, digits and marks, lower case, diacritics folded on Latin letters, so they need no
// escaping in an FTS5 or tsquery expression and no query can say anything but words (no operators, no quotes).
import stem from "wink-eng-lite-web-model/dist/porter-stemmer";
import { plainBlocks } from "./markdown";
import { boundedPieces, MAX_HAN_PIECE_CHARS } from "./pieces";

/** Bumped whenever the cutting changes: entries indexed by an older rule are indexed again. */
export const SEARCH_TERMS_VERSION = 1;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;
const HAN_CHARS = /\p{Script=Han}/gu;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{M}]+$/u;
const MARKS = /\p{M}+/gu;

export type QueryTerm =
  /** A word of any script but Han: matched by its (stemmed) form. */
  | { kind: "word"; term: string }
  /** A Chinese word: matched as the segmenter's word or as its characters in a row. */
  | { kind: "han"; term: string; chars: string[] };

/** One segment as a term: lower case, only letters, digits and marks; Latin folded and stemmed. */
function normalise(segment: string): string {
  const word = segment.normalize("NFKC").toLowerCase().replace(NOT_WORD, "");
  if (!word || !LATIN_ONLY.test(word)) return word;
  const folded = word.normalize("NFD").replace(MARKS, "").normalize("NFC");
  return /^[a-z]+$/.test(folded) ? stem(folded) : folded;
}

/** The words of a text in order, as terms. The segmenter's cost grows with the square of its input: bounded pieces. */
function* termsOf(text: string): Generator<string> {
  for (const piece of boundedPieces(text, MAX_HAN_PIECE_CHARS)) {
    for (const segment of segmenter.segment(piece)) {
      if (!segment.isWordLike) continue;
      const term = normalise(segment.segment);
      if (term) yield term;
    }
  }
}

/** What the index holds for an entry: its words, then its Han characters one by one. */
export function indexTerms(body: string): string {
  const text = plainBlocks(body).join("\n");
  const words = [...termsOf(text)];
  const chars = text.match(HAN_CHARS) ?? [];
  return [...words, ...chars].join(" ");
}

/** At most this many words of a query are looked for (a query is at most 200 characters anyway). */
export const MAX_QUERY_TERMS = 24;

/** The words of a query, each once, as the index holds them. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const term of termsOf(query)) {
    if (seen.has(term) || terms.length >= MAX_QUERY_TERMS) continue;
    seen.add(term);
    if (HAN.test(term)) terms.push({ kind: "han", term, chars: term.match(HAN_CHARS) ?? [] });
    else terms.push({ kind: "word", term });
  }
  return terms;
}

/** A word of entry text as a query term would be written, to find the words to highlight. */
export const termOfWord = normalise;
