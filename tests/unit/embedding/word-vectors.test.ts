import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  decodeWordVectors,
  defaultWordVectorsDir,
  encodeWordVectors,
  loadWordVectors,
  readWordVectorsHeader,
  WORD_VECTORS_FILE,
} from "@/lib/embedding/word-vectors";
import { norm } from "@/lib/vectors";
import { ensureWordVectors, staleReason, wordVectorPaths } from "../../../scripts/lib/word-vectors";
import { CONVERSION_TIMEOUT_MS, ensureVectors } from "./vectors";

beforeAll(ensureVectors, CONVERSION_TIMEOUT_MS);

describe("the converted word vectors", () => {
  it("load from generated/word-vectors with the most frequent words and their ranks", () => {
    const v = loadWordVectors();
    expect(v.dims).toBe(100);
    expect(v.count).toBeGreaterThanOrEqual(100_000);
    expect(v.count).toBeLessThanOrEqual(150_000);
    expect(v.header.vocabularySize).toBe(341_479);
    expect(v.vectors.length).toBe(v.count * v.dims);
    // Known words, with their frequency rank; "replaying" (rank 69k) is why we keep more than 50k.
    expect(v.index.get("the")).toBe(0);
    for (const word of ["argument", "sleep", "grateful", "replaying", "ruminating", "apologize"]) {
      expect(v.index.has(word), word).toBe(true);
    }
    expect(v.index.get("sleep")!).toBeLessThan(v.index.get("insomnia")!);
    // Unknown: not English, one letter (the source has none), beyond the kept words, made up.
    for (const word of ["i", "a", "今天", "fatigué", "zsombor", "qxzvjkqxzv"]) {
      expect(v.index.has(word), word).toBe(false);
    }
    // "the" vector as in the source JSON (Float32 of -0.038194, -0.24487, 0.72812).
    expect(Array.from(v.vectors.subarray(0, 3))).toEqual([
      Math.fround(-0.038194),
      Math.fround(-0.24487),
      Math.fround(0.72812),
    ]);
  });

  it("store a fixed, unit-length common component and English flags", () => {
    const v = loadWordVectors();
    expect(norm(v.component)).toBeCloseTo(1, 5);
    expect(v.header.commonComponent.sentences).toBeGreaterThanOrEqual(200);
    expect(v.english[v.index.get("sleep")!]).toBe(1);
    expect(v.english[v.index.get("suis")!]).toBe(0); // French "am": has a vector, but is not English
    expect(v.header.englishWords).toBeGreaterThan(30_000);
  });

  it("reads the header alone, and the same vectors every time", () => {
    const header = readWordVectorsHeader();
    expect(header.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadWordVectors()).toBe(loadWordVectors());
  });

  it("says how to make the vectors when they are missing, and rejects a damaged file", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-vectors-"));
    expect(() => loadWordVectors(empty)).toThrow(/convert-word-vectors/);
    const bytes = fs.readFileSync(path.join(defaultWordVectorsDir(), WORD_VECTORS_FILE));
    expect(() => decodeWordVectors(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated or damaged/);
    fs.writeFileSync(path.join(empty, WORD_VECTORS_FILE), "not vectors at all");
    expect(() => loadWordVectors(empty)).toThrow(/not a Cellstate word-vector file/);
    fs.rmSync(empty, { recursive: true });
  });

  it("round-trips the binary format", () => {
    const words = ["the", "sleep", "café"];
    const vectors = Float32Array.from([1, 0, 0, 1, 0.5, -0.25]);
    const bytes = encodeWordVectors({
      source: { package: "test", version: "0", bytes: 0 },
      fingerprint: "f",
      dims: 2,
      count: 3,
      vocabularySize: 10,
      sif: { a: 1e-3, zipfExponent: 1 },
      commonComponent: { sentences: 0, explainedShare: 0 },
      createdAt: "2026-01-01T00:00:00.000Z",
      words,
      vectors,
      component: Float32Array.from([0.6, 0.8]),
      english: Uint8Array.from([1, 1, 0]),
    });
    const decoded = decodeWordVectors(bytes);
    expect(decoded.words).toEqual(words);
    expect(Array.from(decoded.vectors)).toEqual(Array.from(vectors));
    expect(Array.from(decoded.component)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    expect(Array.from(decoded.english)).toEqual([1, 1, 0]);
    expect(decoded.index.get("café")).toBe(2);
    expect(decoded.weights[0]!).toBeLessThan(decoded.weights[2]!); // frequent words weigh less
  });
});

describe("the conversion's freshness check", () => {
  it("finds the converted file current, and notices a damaged copy", () => {
    const root = process.cwd();
    expect(staleReason(root)).toBeUndefined();
    expect(ensureWordVectors(root)).toMatch(/^Word vectors: .* is up to date\.$/);
    const paths = wordVectorPaths(root);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-vectors-"));
    const copy = { ...paths, outDir: dir, outFile: path.join(dir, WORD_VECTORS_FILE) };
    expect(staleReason(root, copy)).toBe("missing");
    const bytes = fs.readFileSync(paths.outFile);
    bytes[bytes.length - 2]! ^= 1; // one bit of the word list
    fs.writeFileSync(copy.outFile, bytes);
    expect(staleReason(root, copy)).toBe("damaged (checksum mismatch)");
    fs.rmSync(dir, { recursive: true });
  });
});
