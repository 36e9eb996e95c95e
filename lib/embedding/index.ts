// Text embeddings for Cellstate: what the app imports. Framework-free (no Next, React or Prisma) and it never
// reads the environment: the caller passes the settings in.
import { LocalEmbedder } from "./local";
import { createOllamaEmbedder, createOpenAiEmbedder } from "./providers";
import type { EmbeddingConfig, SentenceEmbedder } from "./types";

export type {
  Embedder,
  Embedding,
  EmbeddingConfig,
  HttpEmbedderOptions,
  SentenceEmbedder,
  SentenceEmbedding,
} from "./types";
export { isMostlyUnknown, MOSTLY_UNKNOWN_BELOW } from "./coverage";
export { cosine } from "../vectors";
export { EmbeddingRequestError } from "./http";
export { LocalEmbedder } from "./local";

/**
 * The embedder the settings ask for. `local` (the default) works offline from the converted word vectors and
 * throws if they are missing. `openai` and `ollama` send entry text to the configured URL, and nowhere else.
 */
export function createEmbedder(config: EmbeddingConfig = { provider: "local" }): SentenceEmbedder {
  switch (config.provider) {
    case "local":
      return new LocalEmbedder(config.vectorsDir);
    case "openai":
      return createOpenAiEmbedder(config);
    case "ollama":
      return createOllamaEmbedder(config);
    default:
      throw new Error(`Unknown embedding provider: ${String((config as { provider?: unknown }).provider)}`);
  }
}
