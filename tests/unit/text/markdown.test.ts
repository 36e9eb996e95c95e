import { describe, expect, it } from "vitest";
import { plainBlocks } from "@/lib/text/markdown";
import { boundedPieces } from "@/lib/text/pieces";

describe("plainBlocks", () => {
  it("keeps each block's words and punctuation without the Markdown marks", () => {
    const markdown = [
      "# A *long* day",
      "",
      "I **finally** asked for help, and it was _fine_. See [my notes](https://example.org/a) and ~~not~~ `this`.",
      "> Quoted line",
      "- first item",
      "2. second item",
      "",
      "| Mood | Sleep |",
      "| --- | :-: |",
      "| 3 | 7h |",
      "",
      "",
      "",
      "![a photo](pic.png) at the lake",
    ].join("\n");
    expect(plainBlocks(markdown)).toEqual([
      "A long day",
      "I finally asked for help, and it was fine. See my notes and not this.",
      "Quoted line",
      "first item",
      "second item",
      "Mood Sleep 3 7h",
      "a photo at the lake",
    ]);
  });

  it("leaves marks that open nothing, and marks inside a span", () => {
    expect(plainBlocks("2 * 3 = 6 and a_b_c in `snake_case`")).toEqual(["2 * 3 = 6 and abc in snake_case"]);
    expect(plainBlocks("*a *a [a](")).toEqual(["*a *a [a]("]);
  });
});

describe("boundedPieces", () => {
  it("cuts long text after a sentence end, else at a space, else at the limit, losing no word", () => {
    const sentence = "Short sentence here. ";
    const pieces = boundedPieces(sentence.repeat(100), 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.every((p) => p.endsWith("."))).toBe(true);
    expect(pieces.join(" ")).toBe(sentence.repeat(100).trim());
    expect(boundedPieces("word ".repeat(50), 32).join(" ")).toBe("word ".repeat(50).trim());
    expect(boundedPieces("a".repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });

  it("never splits a surrogate pair", () => {
    const pieces = boundedPieces("a" + "😀".repeat(60), 50);
    expect(pieces.join("")).toBe("a" + "😀".repeat(60));
    expect(pieces.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});
