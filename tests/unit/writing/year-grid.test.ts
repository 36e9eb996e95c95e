import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { firstDayOfWeek } from "@/lib/writing/week-start";
import { yearGrid } from "@/lib/writing/year-grid";

const SUNDAY = 0;
const MONDAY = 1;

function cells(grid: ReturnType<typeof yearGrid>) {
  return grid.weeks.flat().filter((c) => c !== null);
}

describe("yearGrid", () => {
  it("lays out every day of the year once, in weeks from the reader's first weekday", () => {
    const grid = yearGrid(2026, new Map(), "2026-12-31", MONDAY);
    expect(cells(grid)).toHaveLength(365);
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
    // 1 January 2026 is a Thursday: the fourth slot of a Monday week, the fifth of a Sunday week.
    expect(grid.weeks[0]!.findIndex((c) => c?.day === "2026-01-01")).toBe(3);
    expect(yearGrid(2026, new Map(), "2026-12-31", SUNDAY).weeks[0]!.findIndex((c) => c?.day === "2026-01-01")).toBe(4);
    expect(cells(grid).map((c) => c.day)).toEqual(Array.from({ length: 365 }, (_, k) => addDays("2026-01-01", k)));
  });

  it("has 366 days and 29 February in a leap year", () => {
    const grid = yearGrid(2024, new Map([["2024-02-29", 100]]), "2024-12-31", MONDAY);
    expect(cells(grid)).toHaveLength(366);
    expect(grid.byMonth.find((m) => m.month === "2024-02")).toEqual({ month: "2024-02", written: 1, days: 29 });
  });

  it("marks where each month begins for its label", () => {
    const grid = yearGrid(2026, new Map(), "2026-12-31", MONDAY);
    expect(grid.monthStarts).toHaveLength(12);
    expect(grid.monthStarts[0]).toEqual({ month: "2026-01", week: 0 });
    // 1 February 2026 is a Sunday, the last slot of the fifth Monday week.
    expect(grid.monthStarts[1]).toEqual({ month: "2026-02", week: 4 });
  });

  it("shades written days by quartile of the year's amounts and leaves unwritten days plain", () => {
    const amounts = new Map([
      ["2026-01-01", 10],
      ["2026-01-02", 20],
      ["2026-01-03", 30],
      ["2026-01-04", 40],
      ["2025-12-31", 100_000], // another year: does not stretch this one's scale
    ]);
    const grid = yearGrid(2026, amounts, "2026-12-31", MONDAY);
    const shade = (day: string) => cells(grid).find((c) => c.day === day)!.shade;
    expect(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"].map(shade)).toEqual([1, 2, 3, 4]);
    expect(shade("2026-01-05")).toBe(0);
    expect(grid.written).toBe(4);
  });

  it("counts the current month only up to today and shows later days as not yet come", () => {
    const amounts = new Map([
      ["2026-06-01", 5],
      ["2026-06-03", 5],
    ]);
    const grid = yearGrid(2026, amounts, "2026-06-10", SUNDAY);
    expect(grid.byMonth.find((m) => m.month === "2026-06")).toEqual({ month: "2026-06", written: 2, days: 10 });
    expect(grid.byMonth.find((m) => m.month === "2026-07")).toEqual({ month: "2026-07", written: 0, days: 0 });
    expect(cells(grid).find((c) => c.day === "2026-06-11")).toEqual({ day: "2026-06-11", shade: 0, future: true });
  });
});

describe("firstDayOfWeek", () => {
  it("starts the week where the reader's language does", () => {
    expect(firstDayOfWeek("en")).toBe(SUNDAY);
    expect(firstDayOfWeek("zh")).toBe(MONDAY);
    expect(firstDayOfWeek("en-GB")).toBe(MONDAY);
  });
});
