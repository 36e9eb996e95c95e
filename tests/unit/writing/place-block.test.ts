import { describe, expect, it } from "vitest";
import { placeBlock, promptBlock } from "@/components/prompts/place-block";

// The text after the insertion, with the cursor shown as |.
function insert(text: string, at: number, block: string, cursorAt?: "end" | "first-line") {
  const { piece, cursor } = placeBlock(text, at, block, cursorAt);
  const result = text.slice(0, at) + piece + text.slice(at);
  return `${result.slice(0, cursor)}|${result.slice(cursor)}`;
}

describe("placeBlock", () => {
  it("fills an empty entry and leaves the cursor on a line of its own under the block", () => {
    expect(insert("", 0, "> What went well?")).toBe("> What went well?\n\n|");
  });

  it("keeps everything written, before and after, a blank line away", () => {
    const text = "Morning was slow.\nThen the call.";
    expect(insert(text, text.length, "> Who would you thank?")).toBe(
      "Morning was slow.\nThen the call.\n\n> Who would you thank?\n\n|",
    );
    expect(insert(text, 17, "> Q")).toBe("Morning was slow.\n\n> Q\n\n|\n\nThen the call.");
    expect(insert("A\n\nB", 3, "> Q")).toBe("A\n\n> Q\n\n|\n\nB");
    expect(insert("A\n\nB", 1, "> Q")).toBe("A\n\n> Q\n\n|\n\nB");
  });

  it("puts the cursor under a template's first heading, and drops the template's trailing blank lines", () => {
    expect(insert("", 0, "## Today\n\n\n## Tomorrow\n\n\n", "first-line")).toBe("## Today\n|\n\n## Tomorrow\n\n");
  });

  it("gives a block stored with CRLF line breaks the editor's LF", () => {
    expect(insert("", 0, "## A\r\n\r\n## B\r\n")).toBe("## A\n\n## B\n\n|");
  });

  it("takes the text as the editor holds it, Chinese included", () => {
    expect(insert("今天很累。", 5, "> 今天学到了什么？")).toBe("今天很累。\n\n> 今天学到了什么？\n\n|");
  });
});

describe("promptBlock", () => {
  it("quotes every line of a prompt", () => {
    expect(promptBlock("One?\nTwo?")).toBe("> One?\n> Two?");
  });
});
