// Entries are Markdown. For reading them as language (previews, sentences, embeddings) the structure marks
// (headings, quotes, list bullets, emphasis, link syntax) are noise; ordinary punctuation is not.

// The plain text of each block (paragraph, heading, list item, quote line), in order.
export function plainBlocks(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n|\n(?=\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s)/)
    .map((block) =>
      block
        .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
        .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, "") // table separator rows
        .replace(/\|/g, " ")
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__|\*|_|~~|`)(\S(?:.*?\S)?)\1/g, "$2")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}
