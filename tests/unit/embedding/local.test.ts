import { beforeAll, describe, expect, it } from "vitest";
import { createEmbedder, isMostlyUnknown, LocalEmbedder, MOSTLY_UNKNOWN_BELOW } from "@/lib/embedding";
import { lexicalVector } from "@/lib/embedding/lexical";
import { plainMean, sifEmbedding } from "@/lib/embedding/sif";
import { cosine, norm, unit } from "@/lib/vectors";
import { sentencesOf } from "@/lib/text/sentences";
import { CONVERSION_TIMEOUT_MS, ensureVectors } from "./vectors";

let embedder: LocalEmbedder;
beforeAll(() => {
  ensureVectors();
  embedder = new LocalEmbedder();
}, CONVERSION_TIMEOUT_MS);

const RUMINATION_A = "I can't stop thinking about the argument with my sister last night.";
const RUMINATION_B = "I keep replaying our fight in my head and wondering why I said those things to her.";
const SLEEP_LESSON = "I learned that I sleep much better when I put my phone away an hour before bed.";
const OTHERS = [
  "Next time I will go to bed earlier instead of watching one more episode.",
  "The quarterly report is due on Friday and my manager wants the numbers by Thursday.",
  "Walked the dog in the park and the autumn leaves were beautiful.",
  "Grateful for a long phone call with my brother this evening.",
];
const ALL = [RUMINATION_A, RUMINATION_B, SLEEP_LESSON, ...OTHERS];

const wordsOf = (text: string) => sentencesOf(text).flatMap((s) => s.words);
const sif = (text: string) => embedder.embedText(text).vector;
const mean = (text: string) => plainMean(embedder.vectors(), wordsOf(text));

function pairwise(vectorOf: (text: string) => Float32Array): number[] {
  const vectors = ALL.map(vectorOf);
  const out: number[] = [];
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) out.push(cosine(vectors[i]!, vectors[j]!));
  return out;
}

describe("local SIF embeddings", () => {
  it("have unit length", async () => {
    const embeddings = await embedder.embed(ALL);
    for (const e of embeddings) expect(Math.abs(norm(e.vector) - 1)).toBeLessThan(1e-5);
    expect(embedder.dims).toBe(100);
    expect(embeddings[0]!.vector.length).toBe(100);
  });

  it("score two ruminations on the same argument clearly above rumination vs a lesson about sleep", () => {
    const same = cosine(sif(RUMINATION_A), sif(RUMINATION_B));
    const unrelated = Math.max(
      cosine(sif(RUMINATION_A), sif(SLEEP_LESSON)),
      cosine(sif(RUMINATION_B), sif(SLEEP_LESSON)),
    );
    expect(same - unrelated).toBeGreaterThan(0.15);
    // The plain mean cannot tell them apart: everything is "an English sentence" to it.
    const meanSame = cosine(mean(RUMINATION_A), mean(RUMINATION_B));
    const meanUnrelated = Math.max(
      cosine(mean(RUMINATION_A), mean(SLEEP_LESSON)),
      cosine(mean(RUMINATION_B), mean(SLEEP_LESSON)),
    );
    expect(same - unrelated).toBeGreaterThan(meanSame - meanUnrelated + 0.15);
  });

  it("spread journal sentences much wider than the plain mean does", () => {
    const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    const sifCosines = pairwise(sif);
    const meanCosines = pairwise(mean);
    expect(Math.min(...meanCosines)).toBeGreaterThan(0.6); // the squeeze SIF exists to undo
    expect(range(sifCosines)).toBeGreaterThan(2 * range(meanCosines));
    expect(Math.min(...sifCosines)).toBeLessThan(0);
  });

  it("embed an entry as the blend over all its words, not as the mean of its sentences", () => {
    const entry = `${RUMINATION_A} ${SLEEP_LESSON}\n\n- ${OTHERS[2]}`;
    // c = the English share; 1 − c goes to the lexical vector of the entry's content words.
    const { vector: sifVector, coverage: c } = sifEmbedding(embedder.vectors(), wordsOf(entry));
    const tokens = sentencesOf(entry).flatMap((s) => embedder.tokensOf(s));
    const lexical = lexicalVector(tokens, 100);
    const expected = unit(Array.from(sifVector, (x, d) => c * x + (1 - c) * lexical[d]!));
    expect(c).toBeGreaterThan(0.9);
    expect(cosine(sif(entry), expected)).toBeCloseTo(1, 6);
    expect(cosine(sif(entry), sifVector)).toBeGreaterThan(0.95);
    const sentences = embedder.sentenceEmbeddings(entry);
    expect(sentences.map((s) => s.text)).toEqual([RUMINATION_A, SLEEP_LESSON, OTHERS[2]]);
    const sum = new Float64Array(100);
    for (const s of sentences) s.vector.forEach((x, d) => (sum[d]! += x));
    expect(cosine(unit(sum), expected)).toBeLessThan(0.9999);
  });

  it("give each sentence its own vector and coverage, to pick the quote", async () => {
    const entry = `Rain all day. ${RUMINATION_B} Made soup for dinner.`;
    const sentences = await embedder.embedSentences(entry);
    expect(sentences.map((s) => s.text)).toEqual(["Rain all day.", RUMINATION_B, "Made soup for dinner."]);
    for (const s of sentences) {
      expect(Math.abs(norm(s.vector) - 1)).toBeLessThan(1e-5);
      expect(s.coverage).toBeGreaterThan(0.9);
    }
    // And its content words, for grouping sentences into themes.
    expect(sentences.map((s) => s.tokens)).toEqual([
      ["rain"],
      ["replay", "fight", "head", "wonder"],
      ["soup", "dinner"],
    ]);
    const query = sif(RUMINATION_A);
    const best = sentences.reduce((a, b) => (cosine(b.vector, query) > cosine(a.vector, query) ? b : a));
    expect(best.text).toBe(RUMINATION_B);
  });

  it("are deterministic and fixed: the same text gives the same vector, whatever else was embedded", async () => {
    const first = sif(RUMINATION_A);
    await embedder.embed(OTHERS.concat(OTHERS.map((t) => t.toUpperCase())));
    expect(Array.from(sif(RUMINATION_A))).toEqual(Array.from(first));
    const another = createEmbedder({ provider: "local" });
    expect(another.id).toBe(embedder.id);
    expect(another.id).toMatch(/^local:wink-sg-100d@1\.1\.0:sif-pc1\+lex:v\d+:[0-9a-f]{12}$/);
    const [again] = await another.embed([RUMINATION_A]);
    expect(Array.from(again!.vector)).toEqual(Array.from(first));
  });
});

describe("coverage", () => {
  it("is high for English, names and all", () => {
    expect(embedder.embedText(ALL.join(" ")).coverage).toBeGreaterThan(0.95);
    const withNames = embedder.embedText("Lunch with Elinor in Kenosha; she told me about her new job at Qinetiq.");
    expect(withNames.coverage).toBeGreaterThan(0.7);
    expect(isMostlyUnknown(withNames.coverage)).toBe(false);
  });

  it("is low for French, even though many French words have vectors", () => {
    const french = embedder.embedText(
      "Je suis allé au marché ce matin avec ma sœur. Nous nous sommes disputés à propos de l'argent et je " +
        "n'arrêtais pas d'y penser.",
    );
    expect(french.coverage).toBeLessThan(MOSTLY_UNKNOWN_BELOW);
    expect(isMostlyUnknown(french.coverage)).toBe(true);
    expect(norm(french.vector)).toBeCloseTo(1, 5); // there is a vector; it just says little
  });

  it("is high for Chinese, which the lexical vector reads, with a vector", () => {
    const chinese = embedder.embedText("今天我和妹妹去了市场。我们又为钱吵架了，我一直在想这件事。");
    expect(chinese.coverage).toBeGreaterThanOrEqual(MOSTLY_UNKNOWN_BELOW);
    expect(norm(chinese.vector)).toBeCloseTo(1, 5);
    expect(isMostlyUnknown(chinese.coverage)).toBe(false);
  });

  it("reads both halves of a mixed Chinese-English entry", () => {
    const chinese = "今天我和妹妹去了市场。我们又为钱吵架了。";
    const english = "I felt fine about the argument though.";
    const mixed = embedder.embedText(`${chinese} ${english}`);
    expect(mixed.coverage).toBeGreaterThan(0.9);
    expect(cosine(mixed.vector, embedder.embedText(chinese).vector)).toBeGreaterThan(0.3);
    expect(cosine(mixed.vector, embedder.embedText(english).vector)).toBeGreaterThan(0.1);
  });

  it("puts two Chinese sentences about the same worry closer than one about lunch", () => {
    const a = embedder.embedText("我一直在想那次演示失败的事，心里很难受。").vector;
    const b = embedder.embedText("下周还要重新做一次演示，我担心又会失败。").vector;
    const lunch = embedder.embedText("中午和同事去吃了牛肉面，很好吃。").vector;
    expect(cosine(a, b) - cosine(a, lunch)).toBeGreaterThan(0.2);
  });

  it("is zero, with a zero vector, for an entry without words", async () => {
    const [empty, rule, symbols] = await embedder.embed(["", "---\n\n***", "🙂🙂 123 !! 42"]);
    for (const e of [empty!, rule!, symbols!]) {
      expect(e.coverage).toBe(0);
      expect(norm(e.vector)).toBe(0);
    }
    await expect(embedder.embedSentences("")).resolves.toEqual([]);
  });

  it("has a documented threshold", () => {
    expect(isMostlyUnknown(0)).toBe(true);
    expect(isMostlyUnknown(0.49)).toBe(true);
    expect(isMostlyUnknown(0.5)).toBe(false);
    expect(isMostlyUnknown(1)).toBe(false);
    expect(isMostlyUnknown(Number.NaN)).toBe(true);
  });
});

describe("embedEntry", () => {
  it("gives what embedText and sentenceEmbeddings give, from one parse", () => {
    const embedder = new LocalEmbedder();
    const text = "Walked to the river after work. 今天很开心。 The heron was back on its post.\n\nSlept well.";
    const both = embedder.embedEntry(text, sentencesOf(text));
    const entry = embedder.embedText(text);
    expect(both.entry.coverage).toBeCloseTo(entry.coverage, 12);
    // The entry's SIF average is combined from its sentences' (a different order of the same sums).
    both.entry.vector.forEach((x, d) => expect(x).toBeCloseTo(entry.vector[d]!, 6));
    expect(both.sentences.map(({ meaning: _, ...s }) => s)).toEqual(embedder.sentenceEmbeddings(text));
  });

  it("gives each sentence the meaning the sentence reader would read in it", () => {
    const embedder = new LocalEmbedder();
    const text = "I keep replaying what I said to Marek. 我以后开会前要先把三句话写下来。 Slept well.";
    const parsed = sentencesOf(text);
    const { sentences } = embedder.embedEntry(text, parsed);
    sentences.forEach((s, k) => expect(Array.from(s.meaning!)).toEqual(Array.from(embedder.meaningOf(parsed[k]!))));
    expect(sentences[0]!.meaning!.some((x) => x !== 0)).toBe(true);
  });
});
