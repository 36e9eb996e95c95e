// Where an inserted prompt or template goes in the text: at the writer's cursor (or the end), as a block of its
// own, with a blank line between it and what was written before and after, so nothing already written runs into
// it. Returns the piece to type in at `at` (what the browser's own undo then takes out again) and where the cursor
// lands: under a prompt, on a line of its own; in a template, right under its first line (its first heading).
export function placeBlock(
  text: string,
  at: number,
  block: string,
  cursorAt: "end" | "first-line" = "end",
): { piece: string; cursor: number } {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  // The textarea holds LF line breaks only; a block with CRLF would not be what the browser types.
  const core = block.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const gap = after === "" || after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  const firstBreak = core.indexOf("\n");
  const offset = cursorAt === "first-line" && firstBreak >= 0 ? firstBreak + 1 : core.length + 2;
  return { piece: `${lead}${core}\n\n${gap}`, cursor: at + lead.length + offset };
}

/** A prompt as it stands in the entry: a quoted line, so it reads as the question the writer answered. */
export function promptBlock(prompt: string): string {
  return prompt
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}
