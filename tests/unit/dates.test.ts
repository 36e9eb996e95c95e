import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, isIsoDay, todayIn, weekdayIndex } from "@/lib/dates";

// A process time zone with DST, so local-time arithmetic in lib/dates.ts would show up here.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/New_York";
});
afterAll(() => {
  process.env.TZ = savedTz;
});

describe("isIsoDay", () => {
  it.each([
    ["2024-02-29", true],
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-1-1", false],
    ["2026-01-01T00:00", false],
  ])("%s → %s", (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("counts whole days across DST changes", () => {
    // US clocks go forward on 2026-03-08 and back on 2026-11-01.
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-03-01", 14)).toBe("2026-03-15");
    expect(addDays("2026-11-01", 1)).toBe("2026-11-02");
    expect(addDays("2026-11-02", -1)).toBe("2026-11-01");
  });
});

describe("todayIn", () => {
  it("gives the writer's own calendar day", () => {
    const instant = new Date("2026-03-14T20:00:00Z");
    expect(todayIn("Pacific/Auckland", instant)).toBe("2026-03-15");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-03-14");
    expect(todayIn("UTC", new Date("2026-12-31T23:59:59Z"))).toBe("2026-12-31");
  });
});

describe("weekdayIndex", () => {
  it("counts from Monday = 0", () => {
    expect(weekdayIndex("2026-03-02")).toBe(0);
    expect(weekdayIndex("2026-03-04")).toBe(2);
    expect(weekdayIndex("2026-03-08")).toBe(6);
  });
});
