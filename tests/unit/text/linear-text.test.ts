// The text paths a save runs, fed hostile entries at 10 KB and 100 KB: each must grow about linearly. Before
// markdown.ts, pieces.ts and the Chinese patterns were made linear, 100 KB of spaces took 16 s in plainBlocks,
// a line of | 94 s, "*a " 8.6 s, "[[[[" 15 s; a 100 KB word took 16 s in sentencesOf; 100,000 Chinese
// characters without punctuation ran Intl.Segmenter out of heap; and the Chinese "should have" check was
// exponential in the adverbs before it.
import { beforeAll, describe, expect, it } from "vitest";
import { LocalEmbedder } from "@/lib/embedding";
import { plainBlocks } from "@/lib/text/markdown";
import { searchSnippet } from "@/lib/text/search-snippet";
import { indexTerms, queryTerms } from "@/lib/text/search-terms";
import { sentencesOf, type Sentence } from "@/lib/text/sentences";
import { readSentences } from "@/lib/text/learned/read-sentences";
import { textSignals } from "@/lib/text/valence";
import { ADVERSARIAL_SHAPES } from "../../fixtures/adversarial-text";
import { LARGE_BYTES, measureGrowth, SMALL_BYTES } from "../../setup/growth";
import { CONVERSION_TIMEOUT_MS, ensureVectors } from "../embedding/vectors";

let embedder: LocalEmbedder;
beforeAll(() => {
  ensureVectors();
  embedder = new LocalEmbedder();
  // Load the word vectors and wink's model before anything is timed.
  embedder.embedEntry("Warm up. I should have asked.", sentencesOf("Warm up. I should have asked."));
}, CONVERSION_TIMEOUT_MS);

const SNIPPET_QUERY = queryTerms("zebra 斑马");

type Path = { name: string; run: (text: string, sentences: Sentence[]) => unknown };

const PATHS: Path[] = [
  { name: "markdown stripping", run: (text) => plainBlocks(text) },
  { name: "sentence splitting", run: (text) => sentencesOf(text) },
  { name: "cue reading and valence", run: (_, sentences) => textSignals(sentences) },
  { name: "embedding", run: (text, sentences) => embedder.embedEntry(text, sentences) },
  // The learned reader's features (its own readings of form, such as a Chinese sentence's orientation in time).
  { name: "the sentence reader", run: (_, sentences) => readSentences(sentences, () => new Float32Array(100)) },
  { name: "search terms", run: (text) => indexTerms(text) },
  // A query no shape holds, so the whole entry is looked through for a hit.
  { name: "search snippet", run: (text) => searchSnippet(text, SNIPPET_QUERY) },
];

describe("text work grows linearly with the entry", () => {
  for (const shape of ADVERSARIAL_SHAPES) {
    it(
      shape.name,
      async () => {
        const small = shape.make(SMALL_BYTES);
        const large = shape.make(LARGE_BYTES);
        const [smallSentences, largeSentences] = [sentencesOf(small), sentencesOf(large)];
        for (const path of PATHS) {
          const measured = await measureGrowth(
            () => path.run(small, smallSentences),
            () => path.run(large, largeSentences),
          );
          expect(measured.largeMs, `${path.name}: ${JSON.stringify(measured)}`).toBeLessThan(measured.allowedMs);
        }
      },
      60_000,
    );
  }
});
