import { describe, expect, it } from "vitest";
import { tokensOf } from "@/lib/text/english-tokens";
import { PatternIndex } from "@/lib/text/patterns";
import { sentencesOf } from "@/lib/text/sentences";

const tokens = (text: string) => tokensOf(sentencesOf(text)[0]!);

function matches(patterns: string[], text: string): string[] {
  const index = new PatternIndex(patterns, (pattern) => [pattern]);
  const all = tokens(text);
  return index.find(all).map(
    ({ item, start, end }) =>
      `${item}: ${all
        .slice(start, end)
        .map((t) => t.word)
        .join(" ")}`,
  );
}

describe("PatternIndex", () => {
  it("matches alternatives, optional words, any word and gaps, longest first", () => {
    expect(matches(["should not? have"], "I should have gone.")).toEqual(["should not? have: should have"]);
    expect(matches(["let * down"], "I let her down.")).toEqual(["let * down: let her down"]);
    expect(matches(["could have ~ better"], "I could have handled it much better.")).toEqual([
      "could have ~ better: could have handled it much better",
    ]);
    expect(matches(["could have ~ better"], "I could have gone to the match and played better.")).toEqual([]);
  });

  it("matches past forms with @past", () => {
    expect(matches(["wish i had @past"], "I wish I had said no.")).toEqual(["wish i had @past: wish i had said"]);
    expect(matches(["wish i had @past"], "I wish I had a dog.")).toEqual([]);
  });

  it("never runs across punctuation inside a sentence", () => {
    expect(matches(["next time"], "It was the next, time to go.")).toEqual([]);
  });

  it("refuses a pattern that does not start with words", () => {
    expect(() => new PatternIndex(["~ better"], (p) => [p])).toThrow();
  });
});
