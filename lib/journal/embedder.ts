// The embedder the owner configured (lib/env.ts), one per server process: the local word vectors are loaded
// once (about 0.1 s, 70 MB) and shared by every request.
import { createEmbedder, LocalEmbedder, type SentenceEmbedder } from "@/lib/embedding";
import { env } from "@/lib/env";

let embedder: SentenceEmbedder | undefined;

export function currentEmbedder(): SentenceEmbedder {
  embedder ??= createEmbedder(env.embedding);
  return embedder;
}

let local: LocalEmbedder | undefined;

/** The local word vectors, for what English sentences mean to the learned sentence reader, whatever embedder. */
export function meaningReader(): LocalEmbedder {
  const current = currentEmbedder();
  if (current instanceof LocalEmbedder) return current;
  local ??= new LocalEmbedder();
  return local;
}
