// The HTTP providers against a real local server (node:http on 127.0.0.1, port 0) that answers like the
// OpenAI embeddings API and Ollama's /api/embed. No mocked fetch: requests really go over a socket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createEmbedder, EmbeddingRequestError } from "@/lib/embedding";
import { norm } from "@/lib/vectors";

// What both protocols send; a request without it is answered 400, which the test that sent it then shows.
const sentSchema = z.object({ model: z.string(), input: z.array(z.string()) });

type Seen = { method: string; url: string; authorization?: string; body: z.infer<typeof sentSchema> };
type Reply = (seen: Seen, res: http.ServerResponse) => void;

// Vector for a text: [3, 4, length] scaled by 10, so nothing arrives unit length and each text is distinct.
const rawVector = (text: string) => [30, 40, 10 * text.length];

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

const openAiLike: Reply = (seen, res) => {
  if (seen.url !== "/v1/embeddings") return json(res, 404, { error: { message: `no route ${seen.url}` } });
  // Answer out of order, as the API may; `index` says which input each item is for.
  const data = seen.body.input.map((text, index) => ({ object: "embedding", index, embedding: rawVector(text) }));
  json(res, 200, { object: "list", data: data.reverse(), model: seen.body.model });
};

const ollamaLike: Reply = (seen, res) => {
  if (seen.url !== "/api/embed") return json(res, 404, { error: `no route ${seen.url}` });
  json(res, 200, { model: seen.body.model, embeddings: seen.body.input.map(rawVector) });
};

let reply: Reply = openAiLike;
const seen: Seen[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        // Answered below as any other body that is not a request for embeddings.
      }
      const sent = sentSchema.safeParse(body);
      if (!sent.success) return json(res, 400, { error: `not an embeddings request: ${raw.slice(0, 100)}` });
      const request: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        authorization: req.headers.authorization,
        body: sent.data,
      };
      seen.push(request);
      reply(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  seen.length = 0;
  reply = openAiLike;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const texts = (n: number) => Array.from({ length: n }, (_, i) => `Entry number ${i}${" x".repeat(i % 7)}`);

describe("openai-compatible provider", () => {
  it("batches 64 texts per request, sends model, input and the bearer key, and keeps the order", async () => {
    const embedder = createEmbedder({
      provider: "openai",
      url: `${base}/v1/`,
      model: "text-embed-test",
      apiKey: "sk-local",
    });
    expect(embedder.id).toBe("openai:text-embed-test");
    const input = texts(150);
    const out = await embedder.embed(input);
    expect(seen.map((s) => s.body.input.length)).toEqual([64, 64, 22]);
    expect(seen.every((s) => s.method === "POST" && s.body.model === "text-embed-test")).toBe(true);
    expect(seen[0]!.authorization).toBe("Bearer sk-local");
    expect(seen.flatMap((s) => s.body.input)).toEqual(input);
    expect(out).toHaveLength(150);
    out.forEach((e, i) => {
      expect(Math.abs(norm(e.vector) - 1)).toBeLessThan(1e-6);
      const raw = rawVector(input[i]!);
      expect(e.vector[2]).toBeCloseTo(raw[2]! / norm(raw), 6); // its own vector, in its own place
      expect(e.coverage).toBe(1);
    });
    expect(embedder.dims).toBe(3);
  });

  it("sends plain text, no key header without a key, and does not send blank texts", async () => {
    const embedder = createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m" });
    const [blank, entry] = await embedder.embed(["   \n", "## Today\n- **slept** well"]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.authorization).toBeUndefined();
    expect(seen[0]!.body.input).toEqual(["Today\nslept well"]);
    expect(blank!.coverage).toBe(0);
    expect(norm(blank!.vector)).toBe(0);
    expect(entry!.coverage).toBe(1);
  });

  it("embeds sentences through the same API", async () => {
    const embedder = createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m" });
    const sentences = await embedder.embedSentences("Slept badly. Walked to work in the rain.");
    expect(sentences.map((s) => s.text)).toEqual(["Slept badly.", "Walked to work in the rain."]);
    expect(seen[0]!.body.input).toEqual(["Slept badly.", "Walked to work in the rain."]);
  });

  it("fails with the status and the service's message on a 500", async () => {
    reply = (_seen, res) => json(res, 500, { error: { message: "model overloaded, try later" } });
    const embedder = createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m" });
    const error = await embedder.embed(["hello"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingRequestError);
    expect((error as EmbeddingRequestError).status).toBe(500);
    expect((error as Error).message).toMatch(/500 Internal Server Error: model overloaded, try later/);
    expect((error as Error).message).toContain(`${base}/v1/embeddings`);
  });

  it("fails after the timeout when the service does not answer", async () => {
    reply = () => {}; // never answers
    const embedder = createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m", timeoutMs: 200 });
    const started = Date.now();
    await expect(embedder.embed(["hello"])).rejects.toThrow(/no answer from .* within 200 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("rejects answers of the wrong size or shape", async () => {
    const wrongDims = createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m", dims: 768 });
    await expect(wrongDims.embed(["hello"])).rejects.toThrow(/returned 3 dimensions where 768 were expected/);
    reply = (_seen, res) => json(res, 200, { data: [] });
    await expect(createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m" }).embed(["a b"])).rejects.toThrow(
      /returned 0 embeddings for 1 texts/,
    );
    reply = (_seen, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>proxy login</html>");
    };
    await expect(createEmbedder({ provider: "openai", url: `${base}/v1`, model: "m" }).embed(["a b"])).rejects.toThrow(
      /did not answer JSON: <html>proxy login<\/html>/,
    );
  });

  it("says when the service cannot be reached", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const embedder = createEmbedder({ provider: "openai", url: `http://127.0.0.1:${port}/v1`, model: "m" });
    await expect(embedder.embed(["hello"])).rejects.toThrow(/could not reach .*ECONNREFUSED/);
  });

  it("refuses a configuration that is not an http(s) URL", () => {
    expect(() => createEmbedder({ provider: "openai", url: "file:///etc/passwd", model: "m" })).toThrow(/http:\/\//);
    expect(() => createEmbedder({ provider: "ollama", url: "localhost:11434", model: "m" })).toThrow();
  });
});

describe("ollama provider", () => {
  it("posts {model, input} to /api/embed in batches and normalises the answer", async () => {
    reply = ollamaLike;
    const embedder = createEmbedder({ provider: "ollama", url: base, model: "nomic-embed-text", batchSize: 10 });
    expect(embedder.id).toBe("ollama:nomic-embed-text");
    const input = texts(25);
    const out = await embedder.embed(input);
    expect(seen.map((s) => [s.url, s.body.model, s.body.input.length])).toEqual([
      ["/api/embed", "nomic-embed-text", 10],
      ["/api/embed", "nomic-embed-text", 10],
      ["/api/embed", "nomic-embed-text", 5],
    ]);
    expect(seen[0]!.authorization).toBeUndefined();
    for (const e of out) expect(Math.abs(norm(e.vector) - 1)).toBeLessThan(1e-6);
    expect(out[3]!.vector[2]).toBeCloseTo(rawVector(input[3]!)[2]! / norm(rawVector(input[3]!)), 6);
  });

  it("reports Ollama's error message", async () => {
    reply = (_seen, res) => json(res, 404, { error: 'model "nomic-embed-text" not found, try pulling it first' });
    const embedder = createEmbedder({ provider: "ollama", url: base, model: "nomic-embed-text" });
    await expect(embedder.embed(["hello"])).rejects.toThrow(/404 Not Found: model "nomic-embed-text" not found/);
  });
});
