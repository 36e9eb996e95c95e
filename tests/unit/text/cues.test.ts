import { describe, expect, it } from "vitest";
import { CUES, LESSON_CUES, LESSON_LABELS, RUMINATION_CUES } from "@/lib/text/cue-lists";
import { combineScores, entryCues, sentenceCues } from "@/lib/text/cues";
import { sentencesOf } from "@/lib/text/sentences";

function cuesOf(text: string) {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  return sentenceCues(sentences[0]!);
}

const labels = (text: string) => cuesOf(text).matches.map((m) => m.label);
const lesson = (text: string) => cuesOf(text).lessonScore;
const rumination = (text: string) => cuesOf(text).ruminationScore;

describe("cue lists", () => {
  it("have unique labels, weights in (0, 1] and patterns", () => {
    expect(new Set(CUES.map((c) => c.label)).size).toBe(CUES.length);
    expect(CUES).toHaveLength(LESSON_CUES.length + RUMINATION_CUES.length);
    for (const cue of CUES) {
      expect(cue.weight).toBeGreaterThan(0);
      expect(cue.weight).toBeLessThanOrEqual(1);
      expect(cue.patterns.length).toBeGreaterThan(0);
    }
    expect(LESSON_LABELS.has("learned")).toBe(true);
    expect(LESSON_LABELS.has("should have")).toBe(false);
  });
});

describe("lesson language is the writer's own statement", () => {
  it("finds first-person lessons, with or without a written subject", () => {
    expect(labels("I learned to ask before I assume.")).toEqual(["learned"]);
    expect(labels("I've finally learned that rest is part of the work.")).toEqual(["learned"]);
    expect(labels("Learned the hard way that cheap boots leak.")).toEqual(["learned"]);
    expect(labels("I realised I had been stubborn about the move.")).toEqual(["I realized"]);
    expect(labels("I know now that the first offer is never the last.")).toEqual(["now I understand"]);
    expect(labels("It hit me that I never ask for anything.")).toEqual(["it hit me"]);
    expect(labels("What I take from the whole mess is to write things down.")).toEqual(["what I take from"]);
    expect(labels("From now on my laptop stays shut after nine.")).toEqual(["from now on"]);
    expect(labels("Note to self: book the dentist before the holidays.")).toEqual(["note to self"]);
    expect(labels("I've decided to stop answering work mail at weekends.")).toEqual(["I've decided"]);
  });

  it("does not take another person's learning, a learned man or a school lesson for the writer's lesson", () => {
    expect(lesson("...nor think he did well that writ it, though a most learned man.")).toBe(0);
    expect(lesson("He learned to swim at six.")).toBe(0);
    expect(lesson("My sister learned Portuguese in a year.")).toBe(0);
    expect(lesson("Learned men have argued about it for centuries.")).toBe(0);
    expect(lesson("The lesson plan is due Friday.")).toBe(0);
    expect(lesson("My piano lesson was fun.")).toBe(0);
    expect(lesson("We ordered a takeaway.")).toBe(0);
  });

  it("reads 'next time' and 'from now on' as lessons only with the writer or an instruction after them", () => {
    expect(lesson("Next time I'll check the tyres first.")).toBe(1);
    expect(lesson("Next time, ask for the quote in writing.")).toBeGreaterThanOrEqual(0.5);
    expect(lesson("The next time the market is on, it will be in the square.")).toBe(0);
    expect(lesson("From now on the shop opens at nine.")).toBe(0);
  });

  it("keeps plans and negated lessons below a lesson", () => {
    expect(lesson("I will go shopping tomorrow.")).toBeLessThan(0.5);
    expect(lesson("I never learned to drive.")).toBe(0);
    expect(lesson("I didn't learn anything from that course.")).toBe(0);
    expect(lesson("She taught me to knit.")).toBeLessThan(0.9);
  });

  it("does not take news found out for a lesson", () => {
    expect(lesson("This morning I learned from Mr. Hale that the ship is come in.")).toBeLessThan(0.5);
    expect(lesson("I learned today that the library closes early on Fridays.")).toBeLessThan(0.5);
    expect(lesson("I realised I'd left my umbrella on the train.")).toBeLessThan(0.5);
    expect(lesson("I realised that I always rush when I'm nervous.")).toBe(1);
    expect(lesson("I learned that a phone call settles what a week of messages can't.")).toBe(1);
  });

  it("reads general advice as a lesson only where the writer is in it", () => {
    expect(lesson("The trick is to let the dough rest overnight.")).toBe(0);
    expect(lesson("What helped was writing three tasks down before opening email.")).toBeGreaterThanOrEqual(0.5);
  });

  it("counts a painful lesson as a lesson", () => {
    const cues = cuesOf("Losing the contract hurt, but I learned to get terms in writing.");
    expect(cues.lessonScore).toBeGreaterThanOrEqual(0.5);
    expect(cues.ruminationScore).toBe(0);
  });
});

describe("ruminative language is about the writer", () => {
  it("finds counterfactuals with the writer as subject", () => {
    expect(labels("I should have called her back.")).toEqual(["should have"]);
    expect(labels("Shouldn't have said that to Anna.")).toEqual(["should have"]);
    expect(labels("Should I have told him straight away?")).toEqual(["should have"]);
    expect(labels("If only I had listened to her.")).toEqual(["if only"]);
    expect(labels("Had I known, I'd have stayed.")).toEqual(["if I had"]);
    expect(labels("I wish I hadn't sent that email.")).toEqual(["I wish I had"]);
    expect(labels("Why'd I say that?")).toEqual(["why did I"]);
    expect(labels("I could have handled the meeting better.")).toEqual(["could have done better"]);
    expect(rumination("What was I thinking?")).toBeGreaterThanOrEqual(0.5);
  });

  it("does not read a complaint about things or other people as rumination", () => {
    expect(rumination("...which should have been from this tour.")).toBe(0);
    expect(rumination("The bus should have been here at eight.")).toBe(0);
    expect(rumination("My brother should have told me sooner.")).toBe(0);
    expect(rumination("You should have seen his face!")).toBe(0);
    expect(rumination("If only the weather had held.")).toBe(0);
    expect(rumination("It could have been worse.")).toBe(0);
    expect(rumination("I should have a rest tomorrow.")).toBe(0);
    expect(rumination("I wish I had a dog.")).toBe(0);
  });

  it("finds self-blame, in stock phrases and in its grammar, but not when negated", () => {
    expect(labels("Honestly, it was my fault.")).toEqual(["my fault"]);
    expect(labels("I blame myself for the whole thing.")).toEqual(["my fault"]);
    expect(labels("I’m such an idiot.")).toEqual(["I'm so stupid"]);
    expect(labels("I was so rude to her at dinner.")).toEqual(["I was rude"]);
    expect(labels("Was a coward about the whole thing.")).toEqual(["I was coward"]);
    expect(rumination("It was not my fault.")).toBe(0);
    expect(rumination("I don't blame myself.")).toBe(0);
    expect(rumination("He was rude to me.")).toBe(0);
    expect(rumination("I was sad all day.")).toBe(0);
  });

  it("finds replaying, and reads contractions as their expansion", () => {
    expect(labels("I can't stop thinking about it.")).toEqual(["can't stop thinking"]);
    expect(labels("I cannot stop replaying it.")).toEqual(["can't stop thinking"]);
    expect(labels("I keep going over the phone call.")).toEqual(["keep replaying"]);
    expect(labels("It keeps coming back, the look on her face.")).toEqual(["keeps coming back"]);
    expect(labels("Lay awake thinking about the interview.")).toEqual(["lay awake thinking"]);
    expect(rumination("She can't stop thinking about the trip.")).toBe(0);
  });

  it("finds replaying in less fixed words", () => {
    expect(rumination("That stupid comment keeps going round in my head.")).toBeGreaterThanOrEqual(0.5);
    expect(rumination("Woke at four thinking about the email again.")).toBe(1);
    expect(rumination("I can't believe I said that to him in front of everyone.")).toBeGreaterThanOrEqual(0.5);
    expect(rumination("I feel like such a failure.")).toBe(1);
  });

  it("weighs context-dependent cues by the rest of the sentence", () => {
    expect(rumination("I keep thinking about the argument, it was horrible.")).toBe(1);
    expect(rumination("I keep thinking about getting a dog.")).toBe(0.5);
    expect(rumination("I keep thinking about how lovely the wedding was.")).toBeLessThan(0.5);
    expect(rumination("I can't believe I won the raffle!")).toBe(0);
    expect(rumination("I can't stop thinking about the holiday, it was amazing.")).toBeLessThan(0.5);
    // The cue's own negative word does not make the context negative.
    expect(rumination("My mistake was ordering the large one.")).toBeLessThan(0.5);
    expect(rumination("What if they cancel the contract because of my mistake?")).toBeGreaterThanOrEqual(0.5);
  });

  it("guards regret by negation", () => {
    expect(rumination("I never regret it.")).toBe(0);
    expect(rumination("No regrets.")).toBe(0);
    expect(rumination("I regret snapping at the kids.")).toBeGreaterThan(0);
  });

  it("counts weak cues ('again', 'what if', 'could have') only in a negative sentence", () => {
    expect(labels("Went for a run again, it was lovely.")).toEqual([]);
    expect(labels("I lost my temper again.")).toEqual(["again"]);
    expect(labels("What if we tried the new café?")).toEqual([]);
    expect(labels("What if she stays angry with me?")).toEqual(["what if"]);
    expect(labels("I could have stayed all day, it was lovely.")).toEqual([]);
    expect(labels("Never again.")).toEqual([]);
  });

  it("scores a sentence by the sum of its cue weights, capped at 1, and reports where each cue is", () => {
    expect(rumination("I lost my temper again.")).toBeCloseTo(0.3, 10);
    expect(rumination("I keep replaying the meeting over and over.")).toBe(1);
    expect(rumination("Lunch was nice.")).toBe(0);
    const sentence = sentencesOf("Honestly it was my fault.")[0]!;
    const [match] = sentenceCues(sentence).matches;
    expect(sentence.words.slice(match!.start, match!.end)).toEqual(["my", "fault"]);
  });
});

describe("self-focus and distress per sentence", () => {
  it("marks sentences where the writer speaks of themself, including a dropped subject", () => {
    expect(cuesOf("I went to the market.").selfFocus).toBe(true);
    expect(cuesOf("Felt sick about it all evening.").selfFocus).toBe(true);
    expect(cuesOf("The soup was sickly sweet.").selfFocus).toBe(false);
    expect(cuesOf("Ask before you assume.").selfFocus).toBe(false);
  });

  it("reads distress without a stock phrase, only the writer's", () => {
    expect(cuesOf("Felt sick about it all evening.").distress).toBeGreaterThan(0.5);
    expect(cuesOf("The soup was sickly sweet.").distress).toBe(0);
    expect(cuesOf("She felt sick after the ferry.").distress).toBe(0);
    expect(cuesOf("I didn't feel sick at all.").distress).toBe(0);
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
    expect(entry).toMatchObject({ lessonScore: 1, ruminationScore: 1 });
    expect(entry.lessonCues).toEqual(["learned"]);
    expect(entry.ruminationCues).toEqual(["can't stop thinking"]);
    expect(entry.cues).toEqual(["can't stop thinking", "learned"]);
    expect(entry.sentences.map((s) => s.selfFocus)).toEqual([true, true]);
  });

  it("gives zeros for an entry without cues or without words", () => {
    expect(entryCues("Took the bus. Rain.")).toMatchObject({ lessonScore: 0, ruminationScore: 0, cues: [] });
    expect(entryCues("")).toMatchObject({ lessonScore: 0, ruminationScore: 0, cues: [], sentences: [] });
    expect(combineScores([])).toBe(0);
    expect(combineScores([1, 0.2])).toBe(1);
  });

  it("reads a diary's worth of sentences without error, in about a millisecond each at most", () => {
    const lines = [
      "Up early and to the office, where busy all the morning.",
      "I should have called her back, but I keep putting it off.",
      "Losing the contract hurt, but I learned to get terms in writing.",
      "The bus should have been here at eight, which should have been from this tour.",
      "Felt sick about it all evening; couldn't sleep.",
    ];
    const text = Array.from({ length: 1000 }, (_, k) => `${lines[k % lines.length]} Day ${k} was long.`).join("\n\n");
    const started = performance.now();
    const sentences = sentencesOf(text);
    const entry = entryCues(sentences);
    const perSentence = (performance.now() - started) / sentences.length;
    expect(sentences).toHaveLength(2000);
    expect(entry.sentences).toHaveLength(2000);
    expect(entry.lessonScore).toBe(1);
    // A sanity bound, not a timing target: a slow machine under test load stays far below it.
    expect(perSentence).toBeLessThan(5);
  });
});
