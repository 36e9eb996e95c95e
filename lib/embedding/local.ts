// The default embedder, entirely on this server, offline. Two representations, blended by how much of the text
// each one reads:
// - SIF over the converted GloVe-style word vectors (sif.ts): the meaning of English words, near synonyms
//   included, but nothing of Chinese and little of other languages;
// - the lexical vector (lexical.ts): hashed content words, which reads any script but knows no synonyms.
// vector = unit(c·sif + (1 − c)·lexical), with c the share of the text that is English words the vectors know
// (coverage.ts). English reads as SIF (c ≈ 0.8–1), Chinese as lexical (c = 0), a mixed entry as both. The lexical
// vector has the word vectors' dims so the two can be added; both are fixed, so embeddings never drift.
import { plainBlocks } from "../text/markdown";
import { sentencesOf } from "../text/sentences";
import type { Sentence } from "../text/types";
import { coverageShares, isLatinScriptWord, nonLatinUnits } from "./coverage";
import { allTokens, contentTokens, lexicalVector } from "./lexical";
import { combineSif, removeComponent, sifAverage } from "./sif";
import type { Embedding, SentenceEmbedder, SentenceEmbedding } from "./types";
import { unit } from "../vectors";
import {
  defaultWordVectorsDir,
  loadWordVectors,
  readWordVectorsHeader,
  type WordVectors,
  type WordVectorsHeader,
} from "./word-vectors";

/**
 * Bump when the way words become a vector changes (tokens, weighting, component removal, the blend) without
 * the vector file changing: the id changes with it and stored embeddings are redone.
 * v2: SIF blended with the lexical vector by English coverage; coverage counts lexically read text.
 */
const LOCAL_ALGORITHM_VERSION = 2;

/** `local:wink-sg-100d@1.1.0:sif-pc1+lex:v2:<12 hex of the vector file's content hash>` */
function localEmbedderId(header: WordVectorsHeader): string {
  return `local:wink-sg-100d@${header.source.version}:sif-pc1+lex:v${LOCAL_ALGORITHM_VERSION}:${header.contentHash.slice(0, 12)}`;
}

/** What the embedder reads of some sentences: the SIF average of their words, tokens for the lexical vector, non-Latin units. */
type Reading = {
  sentences: readonly Sentence[];
  sif: ReturnType<typeof sifAverage>;
  tokens: string[];
  lexical: number;
};

export class LocalEmbedder implements SentenceEmbedder {
  readonly id: string;
  readonly dims: number;
  private table: WordVectors | undefined;

  /** Reads only the file's header here (throws if the vectors are missing); the vectors load on first use. */
  constructor(private readonly dir: string = defaultWordVectorsDir()) {
    const header = readWordVectorsHeader(dir);
    this.id = localEmbedderId(header);
    this.dims = header.dims;
  }

  /** The loaded vectors (about 0.3 s the first time in a process, then shared). */
  vectors(): WordVectors {
    return (this.table ??= loadWordVectors(this.dir));
  }

  /** SIF's a / (a + p(w)) for a word the vectors know: near 0 for "the", near 1 for rare words and names. */
  wordRarity(word: string): number {
    const { index, weights } = this.vectors();
    const rank = index.get(word);
    return rank === undefined ? 1 : weights[rank]!;
  }

  /**
   * What a sentence says, for the learned sentence reader (lib/text/learned), whatever embedder the owner
   * configured: for English the unit SIF vector of its Latin-script words (zeros when the vectors know none), for
   * Chinese the hashed vector of all its words, function words included (就, 以后, 要 carry a resolution), since
   * the word vectors know no Chinese.
   */
  meaningOf(sentence: Sentence): Float32Array {
    if (sentence.lang === "zh") return lexicalVector(allTokens(sentence), this.dims);
    return this.sifMeaning(sifAverage(this.vectors(), sentence.words.filter(isLatinScriptWord)));
  }

  /** The unit SIF vector, common component removed (zeros when no word has a vector). */
  private sifMeaning({ sum, counts }: ReturnType<typeof sifAverage>): Float32Array {
    return counts.withVector > 0 ? unit(removeComponent(sum, this.vectors().component)) : new Float32Array(this.dims);
  }

  /** A sentence's content tokens (lexical.ts), telling English from other Latin-script text by the vectors. */
  tokensOf(sentence: Sentence): string[] {
    const { index, english } = this.vectors();
    return contentTokens(sentence, {
      isEnglish: (word) => {
        const rank = index.get(word);
        return rank !== undefined && english[rank] === 1;
      },
    });
  }

  private read(sentences: readonly Sentence[]): Reading {
    const words: string[] = [];
    const tokens: string[] = [];
    let lexical = 0;
    for (const s of sentences) {
      words.push(...s.words.filter(isLatinScriptWord));
      tokens.push(...this.tokensOf(s));
      lexical += nonLatinUnits(s.text);
    }
    return { sentences, sif: sifAverage(this.vectors(), words), tokens, lexical };
  }

  /** The blend of one reading; `unread` non-Latin units outside every sentence count against coverage. */
  private embedReading(reading: Reading, unread = 0): Embedding {
    const { sif } = reading;
    const { coverage, english } = coverageShares({ ...sif.counts, lexical: reading.lexical, unread });
    const vector = new Float64Array(this.dims);
    if (sif.counts.withVector > 0 && english > 0) {
      const meaning = this.sifMeaning(sif);
      for (let d = 0; d < this.dims; d++) vector[d] = english * meaning[d]!;
    }
    if (english < 1) {
      // Stop words only ("我也是。") still say something, and a text with coverage has a direction.
      const tokens = reading.tokens.length > 0 ? reading.tokens : reading.sentences.flatMap(allTokens);
      const lexical = lexicalVector(tokens, this.dims);
      for (let d = 0; d < this.dims; d++) vector[d]! += (1 - english) * lexical[d]!;
    }
    return { vector: unit(vector), coverage };
  }

  /**
   * An entry's embedding: the blend over ALL the entry's words at once (not the mean of its sentence vectors).
   * Nothing readable (only emoji, digits, punctuation) → zero vector, coverage 0.
   */
  embedText(markdown: string): Embedding {
    const reading = this.read(sentencesOf(markdown));
    const unread = Math.max(0, nonLatinUnits(plainBlocks(markdown).join("\n")) - reading.lexical);
    return this.embedReading(reading, unread);
  }

  /**
   * The entry and each of its sentences from sentences already parsed (`sentencesOf(markdown)`), reading every
   * sentence once: what `embedText` and `sentenceEmbeddings` give, for half the work (an import reads millions
   * of words).
   */
  embedEntry(markdown: string, parsed: readonly Sentence[]): { entry: Embedding; sentences: SentenceEmbedding[] } {
    const readings = parsed.map((s) => this.read([s]));
    // The entry's SIF average from its sentences' (the same words, each read once).
    const whole: Reading = {
      sentences: parsed,
      sif: combineSif(
        readings.map((r) => r.sif),
        this.dims,
      ),
      tokens: readings.flatMap((r) => r.tokens),
      lexical: readings.reduce((sum, r) => sum + r.lexical, 0),
    };
    const unread = Math.max(0, nonLatinUnits(plainBlocks(markdown).join("\n")) - whole.lexical);
    return {
      entry: this.embedReading(whole, unread),
      sentences: readings.map((r, k) => {
        const s = parsed[k]!;
        const meaning = s.lang === "zh" ? this.meaningOf(s) : this.sifMeaning(r.sif);
        return { text: s.text, ...this.embedReading(r), tokens: r.tokens, meaning };
      }),
    };
  }

  /** Each sentence (as sentencesOf splits it) with its embedding and content tokens, in order. */
  sentenceEmbeddings(markdown: string): SentenceEmbedding[] {
    return sentencesOf(markdown).map((s) => {
      const reading = this.read([s]);
      return { text: s.text, ...this.embedReading(reading), tokens: reading.tokens };
    });
  }

  async embed(texts: string[]): Promise<Embedding[]> {
    return texts.map((text) => this.embedText(text));
  }

  async embedSentences(markdown: string): Promise<SentenceEmbedding[]> {
    return this.sentenceEmbeddings(markdown);
  }
}
