import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/dates";
import { dayNumber, writingStats } from "@/lib/writing/writing-days";

// Consecutive days from `start`.
function run(start: string, days: number): string[] {
  return Array.from({ length: days }, (_, k) => addDays(start, k));
}

describe("writingStats", () => {
  it("counts an empty journal as nothing written, with no runs", () => {
    expect(writingStats([], "2026-05-10")).toEqual({
      daysWritten: 0,
      thisMonth: 0,
      thisYear: 0,
      currentRun: null,
      longestRun: null,
      lastWritten: null,
    });
  });

  it("keeps a run that reached yesterday open today, and ends it only after a whole day without writing", () => {
    const days = run("2026-05-05", 5); // 5th to 9th
    expect(writingStats(days, "2026-05-09").currentRun).toEqual({ start: "2026-05-05", end: "2026-05-09", days: 5 });
    expect(writingStats(days, "2026-05-10").currentRun).toEqual({ start: "2026-05-05", end: "2026-05-09", days: 5 });
    expect(writingStats(days, "2026-05-11").currentRun).toBeNull();
    // The longest run and the days written stay: a pause takes nothing away.
    expect(writingStats(days, "2026-05-11")).toMatchObject({ daysWritten: 5, longestRun: { days: 5 } });
  });

  it("splits runs at gaps and takes the earliest of equally long runs as the longest", () => {
    const days = [...run("2026-01-01", 3), ...run("2026-01-10", 2), ...run("2026-02-01", 3), "2026-02-05"];
    const stats = writingStats(days, "2026-02-05");
    expect(stats.longestRun).toEqual({ start: "2026-01-01", end: "2026-01-03", days: 3 });
    expect(stats.currentRun).toEqual({ start: "2026-02-05", end: "2026-02-05", days: 1 });
    expect(stats).toMatchObject({ daysWritten: 9, thisMonth: 4, thisYear: 9 });
  });

  it("ignores repeats, order, unreal dates and days after today", () => {
    const days = ["2026-03-03", "2026-03-01", "2026-03-02", "2026-03-02", "2026-02-30", "not a day", "2026-03-09"];
    const stats = writingStats(days, "2026-03-03");
    expect(stats.daysWritten).toBe(3);
    expect(stats.currentRun).toEqual({ start: "2026-03-01", end: "2026-03-03", days: 3 });
    expect(stats.lastWritten).toBe("2026-03-03");
  });

  it("runs through a leap day, and from 28 February straight to 1 March in other years", () => {
    expect(writingStats(["2024-02-28", "2024-02-29", "2024-03-01"], "2024-03-01").currentRun?.days).toBe(3);
    expect(writingStats(["2024-02-28", "2024-03-01"], "2024-03-01").longestRun?.days).toBe(1);
    expect(writingStats(["2023-02-28", "2023-03-01"], "2023-03-01").currentRun?.days).toBe(2);
    expect(writingStats(["2024-02-29"], "2024-02-29")).toMatchObject({ thisMonth: 1, thisYear: 1 });
  });

  it("counts runs over daylight-saving changes and the year's end as one day a day", () => {
    // Clocks went forward in New York on 2026-03-08 and back on 2026-11-01: each still one calendar day.
    expect(writingStats(run("2026-03-06", 5), "2026-03-10").currentRun?.days).toBe(5);
    expect(writingStats(run("2026-10-30", 4), "2026-11-02").currentRun?.days).toBe(4);
    expect(dayNumber("2026-03-09") - dayNumber("2026-03-08")).toBe(1);
    const newYear = writingStats(run("2025-12-30", 4), "2026-01-02");
    expect(newYear).toMatchObject({ thisYear: 2, thisMonth: 2, currentRun: { start: "2025-12-30", days: 4 } });
  });

  it("reads today in the user's time zone: the same instant is a different day on either side of the date line", () => {
    const instant = new Date("2026-03-08T10:30:00Z");
    const days = run("2026-03-01", 7); // up to the 7th
    // Kiritimati (UTC+14) is already on the 9th: the run ended with the 7th. Pago Pago (UTC−11) is on the 7th.
    expect(todayIn("Pacific/Kiritimati", instant)).toBe("2026-03-09");
    expect(writingStats(days, todayIn("Pacific/Kiritimati", instant)).currentRun).toBeNull();
    expect(todayIn("Pacific/Pago_Pago", instant)).toBe("2026-03-07");
    expect(writingStats(days, todayIn("Pacific/Pago_Pago", instant)).currentRun?.days).toBe(7);
    // New York, the morning its clocks went forward: still the 8th, so the run to the 7th is open.
    expect(writingStats(days, todayIn("America/New_York", instant)).currentRun?.days).toBe(7);
  });

  it("reads a ten-year journal in a few milliseconds", () => {
    const days = run("2017-01-01", 3411);
    const started = performance.now();
    const stats = writingStats(days, "2026-12-31");
    expect(stats.daysWritten).toBe(3411);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
