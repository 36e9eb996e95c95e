// Grouping sentences into themes: incremental, stable, kind-aware, and bounded in what a sentence is compared with.
import { describe, expect, it } from "vitest";
import {
  occurrenceSummary,
  sentenceKind,
  sentenceShares,
  ThemeBook,
  themeSimilarity,
  WORRY_MAX_LESSON,
  type ThemeSentence,
} from "@/lib/memory/themes";
import { addDays } from "@/lib/dates";

// A unit vector along axis k (of 8), slightly tilted by `noise` so sentences of one topic are alike, not equal.
function axis(k: number, noise = 0): Float32Array {
  const v = new Float32Array(8);
  v[k] = 1;
  v[(k + 1) % 8] = noise;
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

function sentence(
  date: string,
  topic: number,
  tokens: string[],
  kind: "lesson" | "worry" | "other" = "other",
  noise = 0.1,
) {
  return { date, vector: axis(topic, noise), tokens, kind } satisfies ThemeSentence;
}

function book() {
  let n = 0;
  return new ThemeBook(() => `t${n++}`);
}

describe("a sentence's kind", () => {
  it("is a lesson when it reads more as one, a worry only when it reads as no lesson at all", () => {
    expect(sentenceKind(0.6, 0.5)).toBe("lesson");
    expect(sentenceKind(0.05, 0.8)).toBe("worry");
    // Mostly a worry by its words, but partly a lesson: not grouped with worries (nor listed under Let go).
    expect(sentenceKind(WORRY_MAX_LESSON + 0.02, 0.8)).toBe("other");
    expect(sentenceKind(0.05, 0.2)).toBe("other");
  });
});

describe("themes", () => {
  it("puts sentences about the same thing together and founds a new theme for something else", () => {
    const b = book();
    const a1 = b.add(sentence("2026-03-01", 0, ["leo", "car"]));
    const other = b.add(sentence("2026-03-01", 3, ["soup"]));
    const a2 = b.add(sentence("2026-03-04", 0, ["leo", "shout"], "other", 0.2));
    expect(a2).toBe(a1);
    expect(other).not.toBe(a1);
    expect(b.themes.get(a1)!.size).toBe(2);
    expect(b.themes.get(a1)!.lastDate).toBe("2026-03-04");
  });

  it("lets a worry that comes back in other words join its theme, where a lesson or an event would not", () => {
    // Meaning far apart (cos ≈ 0.1) and a quarter of the words shared: sim ≈ 0.17, between the two thresholds.
    const first = (kind: "lesson" | "worry" | "other") => sentence("2026-03-01", 0, ["brother", "call", "video"], kind);
    const again = (kind: "lesson" | "worry" | "other") => ({
      ...sentence("2026-03-06", 0, ["brother", "dream", "factory", "shout"], kind),
      vector: Float32Array.from([0.1, 0, 0.995, 0, 0, 0, 0, 0]),
    });
    for (const kind of ["worry", "lesson", "other"] as const) {
      const b = book();
      const a = b.add(first(kind));
      const sim = themeSimilarity(again(kind), b.themes.get(a)!);
      expect(sim).toBeGreaterThan(0.1);
      expect(sim).toBeLessThan(0.25);
      expect(b.add(again(kind)) === a).toBe(kind === "worry");
    }
  });

  it("never groups a lesson with a worry, however alike", () => {
    const b = book();
    const worry = b.add(sentence("2026-03-01", 0, ["leo", "car"]));
    const lesson = b.add(sentence("2026-03-02", 0, ["leo", "car"], "lesson"));
    expect(lesson).not.toBe(worry);
    expect(b.add(sentence("2026-03-09", 0, ["car"], "lesson"))).toBe(lesson);
  });

  it("keeps ids stable: appending entries never moves an earlier sentence, and a reloaded book continues", () => {
    const days = Array.from({ length: 40 }, (_, k) => addDays("2026-01-01", k));
    const first = book();
    const ids = days.map((d, k) => first.add(sentence(d, k % 3, [`w${k % 3}`])));
    const again = book();
    const replay = days.slice(0, 30).map((d, k) => again.add(sentence(d, k % 3, [`w${k % 3}`])));
    expect(replay).toEqual(ids.slice(0, 30));
    // A book loaded from stored themes assigns the next sentence as the one that never stopped.
    const reloaded = new ThemeBook(
      () => "fresh",
      [...first.themes.values()].map((t) => ({ ...t, tokens: new Map(t.tokens) })),
    );
    expect(reloaded.add(sentence("2026-02-15", 1, ["w1"]))).toBe(first.add(sentence("2026-02-15", 1, ["w1"])));
  });

  it("lets a theme that has not been seen for months start over", () => {
    const b = book();
    const old = b.add(sentence("2025-01-01", 2, ["garden"]));
    expect(b.add(sentence("2025-12-01", 2, ["garden"]))).not.toBe(old);
  });

  it("takes a sentence out again when its entry changes", () => {
    const b = book();
    const s = sentence("2026-03-01", 0, ["leo"]);
    const id = b.add(s);
    b.add(sentence("2026-03-02", 0, ["leo"]));
    b.remove(id, s);
    const theme = b.themes.get(id)!;
    expect(theme.size).toBe(1);
    expect(themeSimilarity(sentence("2026-03-03", 0, ["leo"]), theme)).toBeGreaterThan(0.9);
  });

  it("shares an entry's write by content words, and counts returns by distinct days", () => {
    expect(sentenceShares([3, 1, 0])).toEqual([0.75, 0.25, 0]);
    expect(sentenceShares([0, 0])).toEqual([0.5, 0.5]);
    expect(occurrenceSummary(["2026-03-02", "2026-03-01", "2026-03-02", "2026-03-09"])).toEqual({
      days: ["2026-03-01", "2026-03-02", "2026-03-09"],
      returns: 2,
      lastDate: "2026-03-09",
    });
  });
});
