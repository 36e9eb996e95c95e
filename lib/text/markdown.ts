// Entries are Markdown. For reading them as language (previews, sentences, embeddings) the structure marks
// (headings, quotes, list bullets, emphasis, link syntax) are noise; ordinary punctuation is not.
//
// Every pattern here runs on whatever a user saves (up to 100 KB), inside a request, so each one is linear:
// no two quantifiers that can take the same characters, and every scan stops where the next attempt would
// start (at the next bracket, paren or delimiter), so no stretch of text is read twice. `*a ` repeated, long
// runs of spaces, `[[[[` or a line of `|` once took seconds to minutes here (tests/unit/text/linear-text.test.ts).

// Blank lines (each line read once: `[^\S\n]*` cannot run into the next line, as `\s*` could), or a line
// break before a heading, quote, bullet or numbered item.
const BLOCK_BREAK = /\n(?:[^\S\n]*\n)+|\n(?=[^\S\n]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])\s)/;
const BLOCK_MARK = /^[^\S\n]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[^\S\n]+/gm;
// A table's separator row ("| --- | :-: |"): a line of only pipes, colons, dashes and spaces, with a pipe.
const TABLE_SEPARATOR = /^[^\S\n]*[:|-][\s:|-]*$/;
// [text](url) and ![alt](url): the text has no brackets, the url no parens, so each scan ends at the next one.
const LINK = /!?\[([^[\]]*)\]\([^()]*\)/g;
// **bold**, __bold__, ~~struck~~, `code`, *em*, _em_: text that neither starts nor ends with a space and holds no
// mark of its own kind, on one line. One pattern for all, so the marks inside a matched span (`a_b`) stay.
const EMPHASIS = new RegExp(
  ["**", "__", "~~", "`", "*", "_"]
    .map((mark) => mark.replace(/[*~`]/g, "\\$&"))
    .map((m) => `${m}(?!\\s)((?:(?!${m})[^\\n])+)(?<!\\s)${m}`)
    .join("|"),
  "g",
);

function withoutTableSeparators(block: string): string {
  return block
    .split("\n")
    .filter((line) => !(line.includes("|") && TABLE_SEPARATOR.test(line)))
    .join("\n");
}

function withoutEmphasis(text: string): string {
  return text.replace(EMPHASIS, (...groups: unknown[]) => groups.slice(1, 7).find((g) => typeof g === "string") ?? "");
}

// The plain text of each block (paragraph, heading, list item, quote line), in order.
export function plainBlocks(markdown: string): string[] {
  return markdown
    .split(BLOCK_BREAK)
    .map((block) =>
      withoutEmphasis(withoutTableSeparators(block.replace(BLOCK_MARK, "")).replace(/\|/g, " ").replace(LINK, "$1"))
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}
