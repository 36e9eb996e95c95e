// `npx tsx scripts/bench-word-vectors.ts`: how long loading the converted word vectors takes and how much
// memory it adds, in a fresh process, plus embedding speed. Prints numbers; asserts nothing (timings vary by
// machine; the tests check behaviour). Run `npx tsx scripts/convert-word-vectors.ts` first.
import path from "node:path";
import { LocalEmbedder } from "../lib/embedding/local";
import { loadWordVectors } from "../lib/embedding/word-vectors";
import { sentencesOf } from "../lib/text/sentences";

const dir = path.resolve(__dirname, "..", "generated", "word-vectors");
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

sentencesOf("Warm up the tokeniser so its model is not counted as vector memory.");
global.gc?.();
const before = process.memoryUsage();
const started = performance.now();
const vectors = loadWordVectors(dir);
const loadMs = performance.now() - started;
global.gc?.();
const after = process.memoryUsage();

console.log(`words ${vectors.count.toLocaleString("en")} × ${vectors.dims} dims, id ${new LocalEmbedder(dir).id}`);
console.log(`load ${loadMs.toFixed(0)} ms`);
console.log(
  `memory added: rss ${mb(after.rss - before.rss)}, heap ${mb(after.heapUsed - before.heapUsed)}, ` +
    `buffers ${mb(after.arrayBuffers - before.arrayBuffers)}; process rss now ${mb(after.rss)}`,
);

const embedder = new LocalEmbedder(dir);
const entry =
  "Slept badly again. I can't stop thinking about what I said to Sam at dinner; why did I bring up the money?\n\n" +
  "Walked to work in the rain, which helped. Next time I will wait until I am calm before I talk about it.";
const rounds = 2_000;
let t = performance.now();
for (let i = 0; i < rounds; i++) embedder.embedText(entry);
const entryMs = (performance.now() - t) / rounds;
t = performance.now();
for (let i = 0; i < rounds; i++) embedder.sentenceEmbeddings(entry);
const sentencesMs = (performance.now() - t) / rounds;
console.log(`embed a 4-sentence entry: ${entryMs.toFixed(3)} ms; its sentences: ${sentencesMs.toFixed(3)} ms`);
