// Sentences of an entry, each with its words in normal form (lower case, contractions expanded:
// "can't" → "can", "not") and which of them fall under a negation ("not happy"). wink-nlp's English
// model loads in about 0.1 s and reads a typical entry in well under a millisecond.
import winkNLP, { type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { plainBlocks } from "./markdown";

export type Sentence = { text: string; words: string[]; negated: boolean[] };

let nlp: ReturnType<typeof winkNLP> | undefined;

function reader() {
  nlp ??= winkNLP(model);
  return nlp;
}

export function sentencesOf(markdown: string): Sentence[] {
  const engine = reader();
  const its = engine.its;
  const sentences: Sentence[] = [];
  for (const block of plainBlocks(markdown)) {
    engine
      .readDoc(block)
      .sentences()
      .each((sentence: ItemSentence) => {
        const words: string[] = [];
        const negated: boolean[] = [];
        sentence.tokens().each((token: ItemToken) => {
          if (token.out(its.type) !== "word") return;
          words.push(token.out(its.normal));
          negated.push(token.out(its.negationFlag) as unknown as boolean);
        });
        if (words.length > 0) sentences.push({ text: sentence.out(), words, negated });
      });
  }
  return sentences;
}
