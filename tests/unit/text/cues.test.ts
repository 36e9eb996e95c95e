import { describe, expect, it } from "vitest";
import { combineScores, entryCues, findCues, LESSON_CUES, RUMINATION_CUES, sentenceCues } from "@/lib/text/cues";
import { LESSON_LABELS } from "@/lib/text/cue-lists";
import { sentencesOf } from "@/lib/text/sentences";

function cuesOf(text: string) {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  return sentenceCues(sentences[0]!);
}

const labels = (text: string) => cuesOf(text).matches.map((m) => m.label);

describe("cue lists", () => {
  it("have unique labels, positive weights and parseable patterns", () => {
    const all = [...LESSON_CUES, ...RUMINATION_CUES];
    expect(new Set(all.map((c) => c.label)).size).toBe(all.length);
    for (const cue of all) {
      expect(cue.weight).toBeGreaterThan(0);
      expect(cue.weight).toBeLessThanOrEqual(1);
      expect(cue.patterns.length).toBeGreaterThan(0);
    }
    expect(LESSON_LABELS.has("learned")).toBe(true);
    expect(LESSON_LABELS.has("should have")).toBe(false);
  });
});

describe("ruminative language", () => {
  it("matches on the normalised words, so contractions match their expansion", () => {
    expect(labels("I can't stop thinking about it.")).toEqual(["can't stop thinking"]);
    expect(labels("I cannot stop replaying it.")).toEqual(["can't stop thinking"]);
    expect(labels("Shouldn't have said that to Anna.")).toEqual(["should have"]);
    expect(labels("Why'd I say that?")).toEqual(["why did I"]);
    expect(labels("I’m so stupid.")).toEqual(["I'm so stupid"]);
    expect(labels("I keep replaying the meeting over and over.")).toEqual(["keep replaying", "over and over"]);
  });

  it("reports where each cue is", () => {
    const words = sentencesOf("Honestly it was my fault.")[0]!.words;
    const [match] = findCues(words);
    expect(match).toMatchObject({ kind: "rumination", label: "my fault" });
    expect(words.slice(match!.start, match!.end)).toEqual(["my", "fault"]);
  });

  it("does not read a plain 'should have' plan or a negated cue as rumination", () => {
    expect(labels("I should have a rest tomorrow.")).toEqual([]);
    expect(labels("It was not my fault.")).toEqual([]);
    expect(labels("It could have been worse.")).toEqual([]);
  });

  it("counts weak cues ('again', 'what if') only in a negative sentence", () => {
    expect(labels("Went for a run again, it was lovely.")).toEqual([]);
    expect(labels("I lost my temper again.")).toEqual(["again"]);
    expect(labels("What if we tried the new café?")).toEqual([]);
    expect(labels("What if she stays angry with me?")).toEqual(["what if"]);
    expect(labels("Never again.")).toEqual([]);
  });

  it("scores a sentence by the sum of its cue weights, capped at 1", () => {
    expect(cuesOf("I lost my temper again.").ruminationScore).toBeCloseTo(0.3, 10);
    expect(cuesOf("I keep replaying the meeting over and over.").ruminationScore).toBe(1);
    expect(cuesOf("Lunch was nice.").ruminationScore).toBe(0);
  });
});

describe("lesson language", () => {
  it("finds the common ways of stating a lesson", () => {
    expect(labels("I've learned that asking for help early saves days.")).toEqual(["learned"]);
    expect(labels("I realised I had been stubborn.")).toEqual(["I realized"]);
    expect(labels("Next time I'll ask sooner.")).toEqual(["next time", "I will"]);
    expect(labels("From now on my phone stays in the kitchen.")).toEqual(["from now on"]);
    expect(labels("Going forward, walk before work.")).toEqual(["going forward"]);
    expect(labels("What helped was writing three tasks down.")).toEqual(["what helped"]);
    expect(labels("Lesson learned: wait a day.")).toEqual(["lesson", "learned"]);
  });

  it("does not take plans, negations or dinner for lessons", () => {
    expect(cuesOf("I will go shopping tomorrow.").lessonScore).toBeLessThan(0.5);
    expect(labels("I never learned to swim.")).toEqual([]);
    expect(labels("We ordered a takeaway.")).toEqual([]);
    expect(labels("My main takeaway is to ask early.")).toEqual(["takeaway"]);
  });
});

describe("entry cues", () => {
  it("combines sentences as a noisy-or and lists each cue once, in order", () => {
    const entry = entryCues("What if he is angry with me? I lost my temper again. Later I lost it again.");
    expect(entry.ruminationScore).toBeCloseTo(1 - (1 - 0.5) * (1 - 0.3) * (1 - 0.3), 10);
    expect(entry.cues).toEqual(["what if", "again"]);
    expect(entry.lessonScore).toBe(0);
  });

  it("keeps lesson and rumination apart in a mixed entry", () => {
    const entry = entryCues(
      "I can't stop thinking about the quote. But I learned that asking for help early saves days.",
    );
    expect(entry.lessonScore).toBe(1);
    expect(entry.ruminationScore).toBe(1);
    expect(entry.lessonCues).toEqual(["learned"]);
    expect(entry.ruminationCues).toEqual(["can't stop thinking"]);
    expect(entry.cues).toEqual(["can't stop thinking", "learned"]);
  });

  it("gives zeros for an entry without cues or without words", () => {
    expect(entryCues("Took the bus. Rain.")).toMatchObject({ lessonScore: 0, ruminationScore: 0, cues: [] });
    expect(entryCues("")).toMatchObject({ lessonScore: 0, ruminationScore: 0, cues: [], sentences: [] });
    expect(combineScores([])).toBe(0);
    expect(combineScores([1, 0.2])).toBe(1);
  });
});
