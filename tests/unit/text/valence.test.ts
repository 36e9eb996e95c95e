import Sentiment from "sentiment";
import { describe, expect, it } from "vitest";
import { negationReach, wordScores } from "@/lib/text/afinn";
import { sentencesOf } from "@/lib/text/sentences";
import {
  englishSentenceValence,
  entryValence,
  normaliseValence,
  RUMINATION_POINTS,
  sentenceValence,
  textSignals,
  valenceOf,
} from "@/lib/text/valence";

function only(text: string) {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  return sentences[0]!;
}

const valence = (text: string, rumination = true) => sentenceValence(only(text), { rumination }).valence;

describe("normaliseValence", () => {
  it("maps AFINN points into (-1, 1) with VADER's p / sqrt(p² + 15)", () => {
    expect(normaliseValence(0)).toBe(0);
    expect(normaliseValence(3)).toBeCloseTo(3 / Math.sqrt(24), 10);
    expect(normaliseValence(-3)).toBeCloseTo(-normaliseValence(3), 10);
    expect(normaliseValence(1e6)).toBeLessThanOrEqual(1);
    expect(normaliseValence(-1e6)).toBeGreaterThanOrEqual(-1);
    expect(normaliseValence(2)).toBeLessThan(normaliseValence(4));
  });
});

describe("sentence valence", () => {
  it("reads clear sentences with the right sign and strength", () => {
    expect(valence("I am so happy today!")).toBeGreaterThan(0.5);
    expect(valence("This was an awful, terrible, horrible day.")).toBeLessThan(-0.8);
    expect(valence("Took the bus to work.")).toBe(0);
  });

  it("stays within [-1, 1] however many strong words there are", () => {
    const v = valence("Wonderful amazing fantastic brilliant superb outstanding lovely beautiful happy day.");
    expect(v).toBeGreaterThan(0.9);
    expect(v).toBeLessThanOrEqual(1);
    const w = valence("Awful terrible horrible miserable hopeless tragic disastrous painful day.");
    expect(w).toBeLessThan(-0.9);
    expect(w).toBeGreaterThanOrEqual(-1);
  });

  it("uses wink's negation flags, damped: 'not happy' is negative, 'not terrible' mildly positive", () => {
    expect(valence("I'm not happy about it.")).toBeLessThan(0);
    const notTerrible = valence("It was not terrible.");
    expect(notTerrible).toBeGreaterThan(0);
    expect(notTerrible).toBeLessThan(valence("It was good."));
  });

  it("lets a negation reach only three words, so a later negative word keeps its sign", () => {
    const s = only("I can't stop thinking about how I messed up.");
    expect(negationReach(s.negated)).toEqual(s.words.map((w) => w === "stop" || w === "thinking" || w === "about"));
    const scores = wordScores(s);
    expect(scores[s.words.indexOf("messed")]).toBeLessThan(0);
  });

  it("does not count 'like' as praise when it is a comparison", () => {
    expect(valence("It felt like a long day.")).toBe(0);
    expect(valence("I like my new job.")).toBeGreaterThan(0);
  });

  it("adjusts for rumination that AFINN underrates", () => {
    const text = "I can't stop thinking about how I messed up.";
    // The `sentiment` package alone: only "messed" (-2) and a negated "stop" (+1).
    expect(new Sentiment().analyze(text).score).toBe(-1);
    const plain = valence(text, false);
    const adjusted = valence(text);
    expect(adjusted).toBeLessThan(-0.5);
    expect(adjusted).toBeLessThan(plain);
    // No strong word at all: neutral for AFINN, negative with the adjustment.
    expect(valence("I should have asked Tom to check it.", false)).toBe(0);
    expect(valence("I should have asked Tom to check it.")).toBeCloseTo(normaliseValence(-RUMINATION_POINTS), 10);
  });

  it("drops the positive artefacts of negation inside a ruminative cue but keeps real words", () => {
    const details = englishSentenceValence(only("I can't stop thinking about how I messed up."));
    expect(details.afinn).toBe(-2); // "messed"; the negated "stop" (+0.74) is dropped
    expect(details.adjustment).toBe(-RUMINATION_POINTS);
  });

  it("leaves lesson sentences and clearly positive sentences alone", () => {
    expect(valence("Next time I will ask sooner.")).toBe(0);
    expect(valence("It was a lovely, wonderful evening, though I should have called Mum.")).toBeGreaterThan(0.3);
  });

  it("lets a painful lesson read negative: lessons do not move valence", () => {
    const text = "Losing the contract hurt, but I learned to get terms in writing.";
    expect(valence(text)).toBeLessThan(0);
    expect(valence(text)).toBe(valence(text, false));
  });

  it("makes no rumination adjustment for someone else's 'should have'", () => {
    expect(valence("The bus should have been here at eight.")).toBe(0);
  });
});

describe("entry valence", () => {
  it("is 0 for an entry without words", () => {
    expect(valenceOf("")).toBe(0);
    expect(entryValence("---").sentences).toEqual([]);
  });

  it("averages sentences, counting neutral ones a quarter", () => {
    const happy = valence("I am so happy.");
    const entry = entryValence("Took the bus. I am so happy.");
    expect(entry.valence).toBeCloseTo(happy / 1.25, 10);
    expect(entry.sentences.map((s) => s.scored)).toEqual([false, true]);
  });

  it("reads Markdown and returns the same numbers from textSignals", () => {
    const text =
      "## Sunday\n\nLunch with Sam was nice.\n\n- I keep replaying the argument with Clara.\n- Why did I bring up the money again?";
    const signals = textSignals(text);
    expect(signals.valence).toBeCloseTo(valenceOf(text), 10);
    expect(signals.valence).toBeLessThan(0);
    expect(signals.ruminationScore).toBe(1);
    expect(signals.cues).toEqual(["keep replaying", "why did I", "again"]);
    expect(signals.sentenceValences).toHaveLength(signals.sentences.length);
    expect(signals.parsed.map((s) => s.text)).toEqual(signals.sentences.map((s) => s.text));
  });

  it("reads each sentence in its own language", () => {
    const signals = textSignals("今天很开心。\n\nI should have called her back.");
    expect(signals.parsed.map((s) => s.lang)).toEqual(["zh", "en"]);
    expect(signals.sentenceValences[0]!.valence).toBeGreaterThan(0);
    expect(signals.sentences[1]!.ruminationScore).toBe(1);
    expect(signals.sentenceValences[1]!.valence).toBeCloseTo(normaliseValence(-RUMINATION_POINTS), 10);
  });
});
