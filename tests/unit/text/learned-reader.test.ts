// The learned sentence reader: its fit, its shipped weights and what it reads in sentences it never saw.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalEmbedder } from "@/lib/embedding/local";
import { FEATURE_NAMES, sentenceFeatures } from "@/lib/text/learned/features";
import { fitLogistic, predict } from "@/lib/text/learned/logistic";
import { parseReaderWeights, readSentence } from "@/lib/text/learned/reader";
import shipped from "@/lib/text/learned/weights.json";
import { sentencesOf } from "@/lib/text/sentences";
import { textSignals } from "@/lib/text/valence";

const embedder = new LocalEmbedder();

function read(text: string) {
  const [sentence] = sentencesOf(text);
  const signals = textSignals([sentence!]);
  return readSentence(
    sentenceFeatures(
      sentence!,
      signals.sentences[0]!,
      signals.sentenceValences[0]!.valence,
      embedder.meaningOf(sentence!),
    ),
  );
}

describe("fitLogistic", () => {
  it("recovers the direction of a planted model and reaches its optimum", () => {
    // y ~ Bernoulli(σ(−1 + 2·a − 3·b)), with a deterministic pseudo-random design.
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const X: Float64Array[] = [];
    const y: number[] = [];
    for (let n = 0; n < 2000; n++) {
      const a = rand() * 2 - 1;
      const b = rand() * 2 - 1;
      X.push(Float64Array.from([1, a, b]));
      y.push(rand() < 1 / (1 + Math.exp(-(-1 + 2 * a - 3 * b))) ? 1 : 0);
    }
    const w = fitLogistic(X, y, 1e-6);
    expect(w[0]).toBeLessThan(-0.5);
    expect(w[1]).toBeGreaterThan(1.3);
    expect(w[2]).toBeLessThan(-2.2);
    // At the optimum the gradient vanishes: Σ (p − y) x + l2·N·w = 0 (the bias unpenalised).
    for (let k = 0; k < 3; k++) {
      const g = X.reduce((s, x, n) => s + (predict(w, x) - y[n]!) * x[k]!, 0) + (k > 0 ? 1e-6 * X.length * w[k]! : 0);
      expect(Math.abs(g)).toBeLessThan(1e-6);
    }
  });
});

describe("the shipped sentence reader", () => {
  it("was fitted on the tune journals only, on its own features, and beat the rule scores across writers", () => {
    const weights = parseReaderWeights(shipped);
    const dir = (set: string) => path.join(process.cwd(), "tests", "fixtures", "journals", set);
    // Between rounds (a scored round joined tune/, the next not written yet) held-out/ may not exist.
    const names = (set: string) =>
      (fs.existsSync(dir(set)) ? fs.readdirSync(dir(set)) : []).map((f) => f.replace(/\.json$/, "")).sort();
    expect([...weights.trainedOn].sort()).toEqual(names("tune"));
    for (const heldOut of names("held-out")) expect(weights.trainedOn).not.toContain(heldOut);
    expect(weights.features).toEqual(FEATURE_NAMES);
    expect(weights.crossValidated.lesson).toBeGreaterThan(weights.crossValidated.lessonCues!);
    expect(weights.crossValidated.rumination).toBeGreaterThan(weights.crossValidated.ruminationCues!);
  });

  it("refuses weights that do not match its features", () => {
    expect(() => parseReaderWeights({ ...shipped, features: FEATURE_NAMES.slice(1) })).toThrow(/train:sentences/);
  });

  it("reads lessons and rumination without a stock phrase, and not a bare word", () => {
    expect(read("Turns out the walk before work is what keeps me sane, so that stays.").lesson).toBeGreaterThan(0.3);
    expect(read("I learned that saying no early saves me a week of dread.").lesson).toBeGreaterThan(0.5);
    expect(read("Nor think he did well that writ it, though a most learned man.").lesson).toBeLessThan(0.3);
    expect(read("The kid learned to ride a bike today.").lesson).toBeLessThan(0.3);
    expect(read("Yelled at Leo in the car and I still can't stop thinking about it.").rumination).toBeGreaterThan(0.5);
    expect(read("Lay awake going over what I said to Mum, word by word, again.").rumination).toBeGreaterThan(0.4);
    expect(read("Which should have been from this tour.").rumination).toBeLessThan(0.4);
    expect(read("Tried a new recipe for lentil soup.").rumination).toBeLessThan(0.4);
  });
});
