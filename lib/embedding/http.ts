// Embeddings from an HTTP service the server's owner configured (an OpenAI-compatible API or Ollama).
// PRIVACY: this is the only code in lib/embedding that sends anything off the machine, and it runs only when
// the owner set a provider other than `local` and gave its URL. With the default (`local`) nothing leaves.
import { z } from "zod";
import { plainBlocks } from "../text/markdown";
import { sentencesOf } from "../text/sentences";
import type { Embedding, HttpEmbedderOptions, SentenceEmbedder, SentenceEmbedding } from "./types";
import { norm, unit } from "../vectors";

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_BATCH_SIZE = 64;

/** A failed embedding request. `status` is the HTTP status when the service answered. */
export class EmbeddingRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "EmbeddingRequestError";
  }
}

/** How one provider's API differs: where to POST, what to send, where the vectors are in the answer. */
export type HttpProtocol = {
  provider: string;
  path: string;
  headers?: Record<string, string>;
  body(model: string, inputs: string[]): unknown;
  /** The answer's vectors in input order; throw a plain Error with what is wrong if the shape is unexpected. */
  vectors(answer: unknown): unknown[];
};

/** The URL without user:password, for messages. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return url;
  }
}

// The first of these that fits is the service's own sentence.
const serviceMessageSchema = z.union([
  z.object({ error: z.string() }).transform((b) => b.error),
  z.object({ error: z.object({ message: z.string() }) }).transform((b) => b.error.message),
  z.object({ message: z.string() }).transform((b) => b.message),
  z.object({ detail: z.string() }).transform((b) => b.detail),
]);

const vectorSchema = z.array(z.number()).nonempty();

/** The service's own words for what went wrong: OpenAI `{error:{message}}`, Ollama `{error}`, or the text. */
function messageOf(text: string): string {
  try {
    const said = serviceMessageSchema.safeParse(JSON.parse(text));
    if (said.success) return said.data;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  const trimmed = text.trim().replace(/\s+/g, " ");
  return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed || "(empty answer)";
}

export class HttpEmbedder implements SentenceEmbedder {
  readonly id: string;
  private knownDims: number | undefined;
  private readonly endpoint: string;
  private readonly timeoutMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly protocol: HttpProtocol,
    private readonly options: HttpEmbedderOptions,
  ) {
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new Error(`${protocol.provider} embeddings: "${options.url}" is not a URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error(`${protocol.provider} embeddings: the URL must start with http:// or https://`);
    }
    if (!options.model.trim()) throw new Error(`${protocol.provider} embeddings: no model given`);
    this.endpoint = options.url.replace(/\/+$/, "") + protocol.path;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!(this.timeoutMs > 0)) throw new Error(`${protocol.provider} embeddings: timeoutMs must be positive`);
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new Error(`${protocol.provider} embeddings: batchSize must be a positive whole number`);
    }
    this.knownDims = options.dims;
    this.id = `${protocol.provider}:${options.model}`;
  }

  get dims(): number {
    return this.knownDims ?? 0;
  }

  async embed(texts: string[]): Promise<Embedding[]> {
    // Markdown structure marks are noise to any model: send the plain text. Blank texts are not sent.
    const plain = texts.map((t) => plainBlocks(t).join("\n"));
    const wanted = plain.map((t, i) => [t, i] as const).filter(([t]) => t.trim() !== "");
    const out: (Embedding | undefined)[] = Array.from({ length: texts.length }, () => undefined);
    for (let start = 0; start < wanted.length; start += this.batchSize) {
      const batch = wanted.slice(start, start + this.batchSize);
      const vectors = await this.request(batch.map(([t]) => t));
      batch.forEach(([, i], k) => {
        const vector = unit(vectors[k]!);
        out[i] = { vector, coverage: norm(vector) > 0 ? 1 : 0 };
      });
    }
    return out.map((e) => e ?? { vector: new Float32Array(this.dims), coverage: 0 });
  }

  async embedSentences(markdown: string): Promise<SentenceEmbedding[]> {
    const sentences = sentencesOf(markdown);
    const embeddings = await this.embed(sentences.map((s) => s.text));
    return sentences.map((s, i) => ({ text: s.text, ...embeddings[i]! }));
  }

  private async request(inputs: string[]): Promise<number[][]> {
    const { provider } = this.protocol;
    const where = shown(this.endpoint);
    let status = 0;
    let text: string;
    try {
      const response = await fetch(this.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...this.protocol.headers },
        body: JSON.stringify(this.protocol.body(this.options.model, inputs)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      text = await response.text();
      if (!response.ok) {
        throw new EmbeddingRequestError(
          `${provider} embeddings: ${where} answered ${response.status} ${response.statusText}: ${messageOf(text)}`,
          response.status,
        );
      }
    } catch (error) {
      if (error instanceof EmbeddingRequestError) throw error;
      const name = (error as Error).name;
      if (name === "TimeoutError" || name === "AbortError") {
        throw new EmbeddingRequestError(`${provider} embeddings: no answer from ${where} within ${this.timeoutMs} ms`);
      }
      const cause = (error as { cause?: { message?: string; code?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new EmbeddingRequestError(`${provider} embeddings: could not reach ${where}: ${reason}`);
    }
    const fail = (what: string) => new EmbeddingRequestError(`${provider} embeddings: ${where} ${what}`, status);
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      throw fail(`did not answer JSON: ${messageOf(text)}`);
    }
    let vectors: unknown[];
    try {
      vectors = this.protocol.vectors(answer);
    } catch (error) {
      throw fail(`answered in an unexpected shape: ${(error as Error).message}`);
    }
    if (vectors.length !== inputs.length) {
      throw fail(`returned ${vectors.length} embeddings for ${inputs.length} texts`);
    }
    return vectors.map((item, k) => {
      const vector = vectorSchema.safeParse(item);
      if (!vector.success) throw fail(`returned something other than a list of numbers for text ${k + 1}`);
      const v = vector.data;
      this.knownDims ??= v.length;
      if (v.length !== this.knownDims) {
        throw fail(`returned ${v.length} dimensions where ${this.knownDims} were expected`);
      }
      return v;
    });
  }
}
