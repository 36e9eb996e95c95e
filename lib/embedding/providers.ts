// The two HTTP protocols. Both send entry text to the configured URL, and only there: nothing is contacted
// unless the server's owner chose the provider and gave the URL (the default, `local`, never uses the network).
import { z } from "zod";
import { HttpEmbedder, type HttpProtocol } from "./http";
import type { HttpEmbedderOptions } from "./types";

// The vectors themselves are checked by HttpEmbedder, which says which text's is wrong.
const openAiAnswerSchema = z.object({
  data: z.array(
    z.object({ embedding: z.unknown(), index: z.number().optional().catch(undefined) }).catch({ embedding: undefined }),
  ),
});
const ollamaAnswerSchema = z.object({ embeddings: z.array(z.unknown()) });

/** OpenAI-compatible: `POST {url}/embeddings` `{model, input: [...]}` → `{data: [{embedding, index}]}`. */
export function createOpenAiEmbedder(options: HttpEmbedderOptions & { apiKey?: string }): HttpEmbedder {
  const protocol: HttpProtocol = {
    provider: "openai",
    path: "/embeddings",
    headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : undefined,
    body: (model, input) => ({ model, input }),
    vectors(answer) {
      const parsed = openAiAnswerSchema.safeParse(answer);
      if (!parsed.success) throw new Error("no `data` list");
      const items = parsed.data.data;
      // `index` says which input each item belongs to; services that omit it answer in input order.
      const ordered = items.every((d) => d.index !== undefined)
        ? [...items].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
        : items;
      return ordered.map((d) => d.embedding);
    },
  };
  return new HttpEmbedder(protocol, options);
}

/** Ollama: `POST {url}/api/embed` `{model, input}` → `{embeddings: [[...], ...]}`. */
export function createOllamaEmbedder(options: HttpEmbedderOptions): HttpEmbedder {
  const protocol: HttpProtocol = {
    provider: "ollama",
    path: "/api/embed",
    body: (model, input) => ({ model, input }),
    vectors(answer) {
      const parsed = ollamaAnswerSchema.safeParse(answer);
      if (!parsed.success) throw new Error("no `embeddings` list");
      return parsed.data.embeddings;
    },
  };
  return new HttpEmbedder(protocol, options);
}
