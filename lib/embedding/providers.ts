// The two HTTP protocols. Both send entry text to the configured URL, and only there: nothing is contacted
// unless the server's owner chose the provider and gave the URL (the default, `local`, never uses the network).
import { HttpEmbedder, type HttpProtocol } from "./http";
import type { HttpEmbedderOptions } from "./types";

/** OpenAI-compatible: `POST {url}/embeddings` `{model, input: [...]}` → `{data: [{embedding, index}]}`. */
export function createOpenAiEmbedder(options: HttpEmbedderOptions & { apiKey?: string }): HttpEmbedder {
  const protocol: HttpProtocol = {
    provider: "openai",
    path: "/embeddings",
    headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : undefined,
    body: (model, input) => ({ model, input }),
    vectors(answer) {
      const data = (answer as { data?: unknown }).data;
      if (!Array.isArray(data)) throw new Error("no `data` list");
      const items = data as { embedding?: unknown; index?: unknown }[];
      // `index` says which input each item belongs to; services that omit it answer in input order.
      const ordered = items.every((d) => typeof d?.index === "number")
        ? [...items].sort((a, b) => (a.index as number) - (b.index as number))
        : items;
      return ordered.map((d) => d?.embedding);
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
      const embeddings = (answer as { embeddings?: unknown }).embeddings;
      if (!Array.isArray(embeddings)) throw new Error("no `embeddings` list");
      return embeddings;
    },
  };
  return new HttpEmbedder(protocol, options);
}
