// Sentences of an entry, per Markdown block and in that block's language. A block whose letters are mostly Han
// characters (30% or more: Chinese with some Latin names or English words mixed in) goes to the Chinese reader
// (zh/sentences.ts); every other block is read by wink-nlp's English model, which loads in about 0.1 s and
// reads a sentence in about a tenth of a millisecond.
//
// English sentences carry their words in wink's normal form (lower case; contractions it splits are expanded:
// "can't" → "can", "not"), which of them fall under a negation ("not happy"), their Universal POS tags, and two
// optional fields the English cue rules need: lemmas (to tell "felt" from "feel") and clause breaks (where
// punctuation stands inside the sentence, so "…hurt, but I learned" starts a new clause at "but").
import winkNLP, { type ItemSentence, type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { plainBlocks } from "./markdown";
import { boundedPieces, MAX_HAN_PIECE_CHARS, MAX_PIECE_CHARS } from "./pieces";
import type { Sentence } from "./types";
import { zhSentencesOf } from "./zh/sentences";

export type { Sentence } from "./types";

const HAN_SHARE = 0.3;

let nlp: ReturnType<typeof winkNLP> | undefined;

// Only what is read here: sentence breaks, negation and parts of speech (lemmas come from the POS). The default
// pipe also finds named entities and wink's own sentiment, which nothing reads; without them a long diary splits
// in about 60% of the time, to the same tokens, tags, lemmas and negations.
const PIPE = ["sbd", "negation", "pos"];

function reader() {
  nlp ??= winkNLP(model, PIPE);
  return nlp;
}

// wink declares `its.lemma` with its internal signature, which the declared type of `out` does not accept,
// though `out` calls it with exactly those arguments. A type guard bridges the declaration without a cast.
function isTokenIts(f: unknown): f is ItsFunction<string> {
  return typeof f === "function";
}

/** Share of a text's letters that are Han characters (0 without letters). */
export function hanShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(/\p{Script=Han}/gu)?.length ?? 0) / letters;
}

// Apostrophes and hyphens sit inside words ("don't", "well-known") and mark no clause.
const NOT_A_BREAK = new Set(["'", "\u2019", "\u2018", "-"]);

function englishSentencesOf(block: string): Sentence[] {
  const engine = reader();
  const its = engine.its;
  const lemma: unknown = its.lemma;
  const sentences: Sentence[] = [];
  engine
    .readDoc(block)
    .sentences()
    .each((item: ItemSentence) => {
      const tokens = item.tokens();
      // Whole-array reads: one call per attribute instead of one per token and attribute.
      const types = tokens.out(its.type);
      const normals = tokens.out(its.normal);
      const flags = tokens.out(its.negationFlag);
      const tags = tokens.out(its.pos);
      const forms = isTokenIts(lemma) ? tokens.out(lemma) : normals;
      const sentence: Sentence & { lemmas: string[]; breaks: boolean[] } = {
        text: item.out(),
        lang: "en",
        words: [],
        negated: [],
        pos: [],
        lemmas: [],
        breaks: [],
      };
      let punctuation = false;
      types.forEach((type, k) => {
        if (type === "punctuation") {
          if (!NOT_A_BREAK.has(normals[k] ?? "")) punctuation = sentence.words.length > 0;
          return;
        }
        if (type !== "word") return;
        const word = normals[k] ?? "";
        sentence.words.push(word);
        sentence.negated.push(flags[k] === true);
        sentence.pos.push(tags[k] ?? "X");
        sentence.lemmas.push(forms[k] ?? word);
        sentence.breaks.push(punctuation);
        punctuation = false;
      });
      if (sentence.words.length > 0) sentences.push(sentence);
    });
  return sentences;
}

export function sentencesOf(markdown: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of plainBlocks(markdown)) {
    const chinese = hanShare(block) >= HAN_SHARE;
    for (const piece of boundedPieces(block, chinese ? MAX_HAN_PIECE_CHARS : MAX_PIECE_CHARS)) {
      sentences.push(...(chinese ? zhSentencesOf(piece) : englishSentencesOf(piece)));
    }
  }
  return sentences;
}
