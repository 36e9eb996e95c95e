import { describe, expect, it } from "vitest";
import { wordScores } from "@/lib/text/afinn";
import { distressOf, GENERAL_CAP } from "@/lib/text/distress";
import { selfFocusOf, tokensOf } from "@/lib/text/english-tokens";
import { sentencesOf } from "@/lib/text/sentences";

function distress(text: string): number {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  const tokens = tokensOf(sentences[0]!);
  return distressOf(tokens, wordScores(sentences[0]!), selfFocusOf(tokens));
}

describe("distressOf", () => {
  it("reads the writer's bodily and affective distress, with or without a stock phrase", () => {
    for (const text of [
      "Felt sick about it all evening.",
      "My stomach dropped when she said it.",
      "I feel awful.",
      "I was so ashamed.",
      "Cringed all the way home.",
      "Dreading the meeting tomorrow.",
      "Couldn't sleep.",
      "There was a knot in my stomach the whole day.",
      "I wanted the ground to swallow me.",
      "I was much troubled at it.",
    ])
      expect(distress(text), text).toBeGreaterThan(0.5);
  });

  it("is nothing outside the writer: things, other people, or no feeling at all", () => {
    expect(distress("The soup was sickly sweet.")).toBe(0);
    expect(distress("She felt sick after the ferry.")).toBe(0);
    expect(distress("Mum cried in the kitchen.")).toBe(0);
    expect(distress("I watched a dreadful film.")).toBe(0);
    expect(distress("I walked to the shop.")).toBe(0);
  });

  it("respects negation", () => {
    expect(distress("I didn't feel sick at all.")).toBe(0);
    expect(distress("I'm not ashamed of it.")).toBe(0);
    expect(distress("I'm not sad.")).toBe(0);
  });

  it("counts everyday states and stray negative words less than clear distress", () => {
    const tired = distress("Tired after the gym.");
    expect(tired).toBeGreaterThan(0);
    expect(tired).toBeLessThan(distress("So ashamed."));
    const keys = distress("I lost my keys.");
    expect(keys).toBeGreaterThan(0);
    expect(keys).toBeLessThanOrEqual(GENERAL_CAP);
  });

  it("is not self-criticism: a judgement of one's own conduct is not read as a feeling", () => {
    expect(distress("I was so rude to her.")).toBeLessThanOrEqual(GENERAL_CAP);
  });
});
