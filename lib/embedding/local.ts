// The default embedder: SIF over the converted GloVe-style word vectors, entirely on this server, offline.
import { plainBlocks } from "../text/markdown";
import { sentencesOf } from "../text/sentences";
import { unreadLetterUnits } from "./coverage";
import { sifEmbedding } from "./sif";
import type { Embedding, SentenceEmbedder, SentenceEmbedding } from "./types";
import {
  defaultWordVectorsDir,
  loadWordVectors,
  readWordVectorsHeader,
  type WordVectors,
  type WordVectorsHeader,
} from "./word-vectors";

/**
 * Bump when the way words become a vector changes (tokens, weighting, component removal) without the vector
 * file changing: the id changes with it and stored embeddings are redone.
 */
const LOCAL_ALGORITHM_VERSION = 1;

/** `local:wink-sg-100d@1.1.0:sif-pc1:v1:<12 hex of the vector file's content hash>` */
export function localEmbedderId(header: WordVectorsHeader): string {
  return `local:wink-sg-100d@${header.source.version}:sif-pc1:v${LOCAL_ALGORITHM_VERSION}:${header.contentHash.slice(0, 12)}`;
}

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

  /**
   * An entry's embedding: SIF over ALL the entry's words at once (not the mean of its sentence vectors), the
   * fixed common component removed, unit length. No known word → zero vector, coverage 0.
   */
  embedText(markdown: string): Embedding {
    const words = sentencesOf(markdown).flatMap((s) => s.words);
    return sifEmbedding(this.vectors(), words, unreadLetterUnits(plainBlocks(markdown).join("\n")));
  }

  /** Each sentence's embedding, computed the same way as an entry's, for picking an entry's quote. */
  sentenceEmbeddings(markdown: string): SentenceEmbedding[] {
    const table = this.vectors();
    return sentencesOf(markdown).map((s) => ({
      text: s.text,
      ...sifEmbedding(table, s.words, unreadLetterUnits(s.text)),
    }));
  }

  async embed(texts: string[]): Promise<Embedding[]> {
    return texts.map((text) => this.embedText(text));
  }

  async embedSentences(markdown: string): Promise<SentenceEmbedding[]> {
    return this.sentenceEmbeddings(markdown);
  }
}
