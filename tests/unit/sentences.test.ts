import { describe, expect, it } from "vitest";
import { hanShare, sentencesOf } from "@/lib/text/sentences";

describe("sentencesOf", () => {
  it("splits Markdown blocks and sentences, with normalised words, negation and POS tags", () => {
    const sentences = sentencesOf(
      "## What I learned\n- I can't stop thinking about it. Next time I will ask.\n- Walk more",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "What I learned",
      "I can't stop thinking about it.",
      "Next time I will ask.",
      "Walk more",
    ]);
    const thinking = sentences[1]!;
    expect(thinking.lang).toBe("en");
    expect(thinking.words).toEqual(["i", "can", "not", "stop", "thinking", "about", "it"]);
    expect(thinking.negated.slice(0, 4)).toEqual([false, false, false, true]);
    expect(thinking.pos).toEqual(["PRON", "AUX", "PART", "VERB", "VERB", "ADP", "PRON"]);
  });

  it("gives lemmas and the clause breaks punctuation makes inside a sentence", () => {
    const [sentence] = sentencesOf("Losing it hurt, but I felt better; really.");
    expect(sentence!.words).toEqual(["losing", "it", "hurt", "but", "i", "felt", "better", "really"]);
    expect(sentence!.lemmas?.[5]).toBe("feel");
    expect(sentence!.breaks).toEqual([false, false, false, true, false, false, false, true]);
  });

  it("keeps a contraction wink leaves whole as one word", () => {
    expect(sentencesOf("I’m so tired.")[0]!.words[0]).toBe("i’m");
  });

  it("gives nothing for text without words", () => {
    expect(sentencesOf("---\n\n***")).toEqual([]);
  });

  it("sends blocks whose letters are mostly Han characters to the Chinese reader", () => {
    const sentences = sentencesOf("今天和Anna去了IKEA，买了一张桌子。\n\nWe had 饺子 for dinner tonight.");
    expect(sentences.map((s) => s.lang)).toEqual(["zh", "en"]);
    expect(sentences[1]!.words).toContain("dinner");
  });
});

describe("hanShare", () => {
  it("is the share of letters that are Han characters", () => {
    expect(hanShare("今天很好")).toBe(1);
    expect(hanShare("Good day")).toBe(0);
    expect(hanShare("123 !")).toBe(0);
    expect(hanShare("去了IKEA")).toBeCloseTo(2 / 6, 10);
  });
});
