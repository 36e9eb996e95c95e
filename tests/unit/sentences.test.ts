import { describe, expect, it } from "vitest";
import { sentencesOf } from "@/lib/text/sentences";

describe("sentencesOf", () => {
  it("splits Markdown blocks and sentences, with normalised words and negation", () => {
    const sentences = sentencesOf(
      "## What I learned\n- I can't stop thinking about it. Next time I will ask.\n- Walk more",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "What I learned",
      "I can't stop thinking about it.",
      "Next time I will ask.",
      "Walk more",
    ]);
    expect(sentences[1]?.words).toEqual(["i", "can", "not", "stop", "thinking", "about", "it"]);
    expect(sentences[1]?.negated.slice(0, 4)).toEqual([false, false, false, true]);
  });

  it("gives nothing for text without words", () => {
    expect(sentencesOf("---\n\n***")).toEqual([]);
  });
});
