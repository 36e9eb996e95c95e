import { describe, expect, it } from "vitest";
import { weekRange } from "@/lib/summaries/iso-week";
import { gateStats, moodStats, writingStats } from "@/lib/summaries/week-stats";

const W48 = weekRange("2026-W48")!; // Monday 23 – Sunday 29 November 2026

describe("week stats", () => {
  it("counts the days written, the best run and the streak carried into Sunday", () => {
    const written = new Set([
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-23",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    expect(writingStats(W48, written)).toEqual({
      entries: 6,
      days: ["2026-11-23", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"],
      bestRun: 5,
      streakAtEnd: 5,
    });
    // The run that reaches back into the week before counts for the streak, not for the week's best run.
    written.add("2026-11-24");
    expect(writingStats(W48, written)).toMatchObject({ entries: 7, bestRun: 7, streakAtEnd: 10 });
  });

  it("has no streak when Sunday was not written, and nothing in an empty week", () => {
    expect(writingStats(W48, new Set(["2026-11-27", "2026-11-28"]))).toMatchObject({ bestRun: 2, streakAtEnd: 0 });
    expect(writingStats(W48, new Set(["2026-11-30", "2026-11-16"]))).toEqual({
      entries: 0,
      days: [],
      bestRun: 0,
      streakAtEnd: 0,
    });
  });

  it("compares the week's mood with the four weeks before, ignoring anything older or later", () => {
    const moods = [
      { date: "2026-10-25", mood: 1 }, // five weeks before: not counted
      { date: "2026-10-26", mood: 2 },
      { date: "2026-11-22", mood: 4 },
      { date: "2026-11-23", mood: 5 },
      { date: "2026-11-29", mood: 4 },
      { date: "2026-11-30", mood: 1 }, // next week
    ];
    expect(moodStats(W48, moods)).toEqual({
      days: [moods[3], moods[4]],
      mean: 4.5,
      previousMean: 3,
    });
    expect(moodStats(W48, [])).toEqual({ days: [], mean: null, previousMean: null });
  });

  it("averages the gates over the days written, each day weighing the same", () => {
    const days = [
      { date: "2026-11-23", i: 0.1, f: 0.9, o: 0.5 },
      { date: "2026-11-24", i: 0.3, f: 0.7, o: 0.4 },
    ];
    const stats = gateStats(days);
    expect(stats.days).toEqual(days);
    expect(stats.mean!.i).toBeCloseTo(0.2, 12);
    expect(stats.mean!.f).toBeCloseTo(0.8, 12);
    expect(stats.mean!.o).toBeCloseTo(0.45, 12);
    expect(gateStats([])).toEqual({ days: [], mean: null });
  });
});
