// "Does this entry's content come back?": theme labels while they tell entries apart, embeddings when they do not.
import { describe, expect, it } from "vitest";
import type { MemoryEntry } from "@/lib/memory/features";
import { lastReturns, returnCandidates, returnThreshold } from "@/lib/memory/returns";

const day = (k: number) => new Date(Date.UTC(2026, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);

/** Daily entries; entry k is about topic k mod `topics` (a unit axis) and carries `themesOf(k)`. */
function journal(n: number, topics: number, themesOf: (k: number) => string[]): MemoryEntry[] {
  return Array.from({ length: n }, (_, k) => {
    const embedding = Array.from({ length: 8 }, (_, d) => 0.3 * Math.sin(k * (d + 1) * 12.9898));
    embedding[k % topics]! += 1;
    return { embedding, valence: 0, mood: null, date: day(k), themes: themesOf(k) };
  });
}

const returningShare = (entries: MemoryEntry[]) => {
  const c = returnCandidates(entries);
  const last = lastReturns(c, entries.length, returnThreshold(c, entries.length));
  const judged = entries.length - 121; // entries whose 120 days are inside the journal
  return { mode: c.mode, share: Array.from(last.slice(0, judged)).filter((k) => k >= 0).length / judged };
};

describe("return labels", () => {
  it("use themes when they tell entries apart", () => {
    // Every fourth entry belongs to a recurring theme; the rest stand alone.
    const r = returningShare(journal(300, 4, (k) => (k % 4 === 0 ? ["loop"] : [`alone-${k}`])));
    expect(r.mode).toBe("themes");
    expect(r.share).toBeGreaterThan(0.2);
    expect(r.share).toBeLessThan(0.3);
  });

  it("fall back to embeddings when nearly every entry shares a theme with a later one (long entries)", () => {
    // Every entry has a sentence in the same broad theme, beside its own.
    const r = returningShare(journal(300, 4, (k) => ["weather", `alone-${k}`]));
    expect(r.mode).toBe("embeddings");
    expect(r.share).toBeLessThan(0.5);
  });
});
