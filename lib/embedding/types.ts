// What the rest of Cellstate sees of text embeddings. Framework-free: nothing from Next, React or Prisma.
import type { Sentence } from "../text/types";

/**
 * One text's embedding.
 * - `vector` has unit length, except for a text with no word the model has a vector for (empty, only
 *   punctuation, or entirely in a script or language the model does not know): then it is all zeros and
 *   `coverage` is 0. Callers must treat a zero vector as "no meaning", not as a direction.
 * - `coverage` (0..1) is how much of the text the model understood. Local: the share of the text that is
 *   English words the vectors know or Chinese (and other non-Latin) text read by the lexical vector (see
 *   `lib/embedding/README.md`); HTTP providers report 1 for any non-blank text. Use `isMostlyUnknown(coverage)` before showing anything derived from it.
 */
export type Embedding = { vector: Float32Array; coverage: number };

export type Embedder = {
  /**
   * Provider + model + version, e.g. `local:wink-sg-100d@1.1.0:sif-pc1+lex:v2:3faac1cb50cf` or `ollama:nomic-embed-text`.
   * Store it with every embedding: when it differs from the configured embedder's id, re-embed.
   */
  id: string;
  /** Vector length. HTTP providers without a configured `dims` report 0 until the first answer tells them. */
  dims: number;
  /** One embedding per text, in order. Texts are entries' Markdown (the structure marks are ignored). */
  embed(texts: string[]): Promise<Embedding[]>;
};

/**
 * A sentence of an entry (as `sentencesOf` splits it) with its own embedding, for picking quotes and grouping
 * themes. `tokens`: its content words (lib/embedding/lexical.ts `contentTokens`), from the local embedder;
 * HTTP providers leave it out (compute it with `contentTokens(sentence)`).
 */
export type SentenceEmbedding = Embedding & {
  text: string;
  tokens?: string[];
  /** What the sentence means to the learned sentence reader (`LocalEmbedder.meaningOf`), when the local embedder read it. */
  meaning?: Float32Array;
};

export type SentenceEmbedder = Embedder & {
  /** How informative a word is, 0..1 (the local vectors' SIF weight; 1 for words they lack). */
  wordRarity?(word: string): number;
  /** The entry and its sentences at once from sentences already parsed (when the embedder can: local). */
  embedEntry?(markdown: string, parsed: readonly Sentence[]): { entry: Embedding; sentences: SentenceEmbedding[] };
  /** Each sentence of the Markdown with its embedding, in order; sentences without words are left out. */
  embedSentences(markdown: string): Promise<SentenceEmbedding[]>;
};

/** Settings of an HTTP provider. Nothing is sent anywhere unless the server's owner configures `url`. */
export type HttpEmbedderOptions = {
  /** Base URL: `https://api.openai.com/v1`-style for `openai` (we POST `{url}/embeddings`), `http://host:11434` for `ollama`. */
  url: string;
  model: string;
  /** Expected vector length; answers of another length are an error. Learned from the first answer when absent. */
  dims?: number;
  /** Per request, in milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** Texts per request. Default 64. */
  batchSize?: number;
};

/**
 * Which embedder to use. The caller reads the settings (lib/embedding never reads the environment) and passes
 * them in. `local` is the default and the only one that works offline; the others send entry text to `url`.
 */
export type EmbeddingConfig =
  | {
      provider: "local";
      /** Folder of the converted vectors; default `<cwd>/generated/word-vectors`. */
      vectorsDir?: string;
    }
  | ({
      provider: "openai";
      /** Sent as `Authorization: Bearer …` when set. */
      apiKey?: string;
    } & HttpEmbedderOptions)
  | ({ provider: "ollama" } & HttpEmbedderOptions);
