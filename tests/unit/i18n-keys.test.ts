// The keys that code outside React names as plain strings (the memory's phrases, a summary's words, the errors
// registry): TypeScript cannot check them against the messages, so this reads them out of the source and fails
// on one that has no English message (the missing-key test then holds Chinese to the same keys).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";

const root = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

function has(tree: unknown, key: string): boolean {
  let node = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

function keysIn(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].map((m) => m[1]!);
}

describe("message keys named in plain code", () => {
  it("every phrase the memory makes has an English message", () => {
    const sources = ["lib/memory/explain.ts", "lib/memory/status.ts"].map(read).join("\n");
    const keys = keysIn(sources, /phrase\(\s*"([^"]+)"/g);
    // span("ago" | "span") builds `${set}.<unit>` keys.
    for (const set of ["ago", "span"])
      for (const unit of keysIn(read("lib/memory/explain.ts"), /phrase\(`\$\{set\}\.(\w+)`/g))
        keys.push(`${set}.${unit}`);
    const shapes = read("lib/text/lesson-shape.ts").match(/SHAPE_LABELS = \{([^}]*)\}/)![1]!;
    const zhShapes = read("lib/text/zh/lesson-shape.ts").match(/ZH_SHAPE_LABELS = \{([^}]*)\}/)![1]!;
    for (const name of keysIn(shapes, /^\s*(\w+):/gm)) keys.push(`shapes.${name}`);
    for (const name of keysIn(zhShapes, /^\s*(\w+):/gm)) keys.push(`shapesZh.${name}`);
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => !has(messages.en.memory, k))).toEqual([]);
  });

  it("every word of a weekly summary has an English message", () => {
    const sources = ["lib/summaries/words.ts", "lib/summaries/document.ts", "i18n/summary-words.ts"].map(read);
    const keys = sources.flatMap((s) => keysIn(s, /\bt\(\s*"([^"]+)"/g));
    for (const list of ["kept", "letGo", "newLessons", "rumination"]) keys.push(`${list}.heading`);
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => !has(messages.en.summaries, k))).toEqual([]);
  });
});
