import { describe, expect, it } from "vitest";
import {
  addWeeks,
  isIsoWeek,
  isoWeekOf,
  lastCompletedWeek,
  weekEndsAt,
  weekRange,
  weeksBetween,
} from "@/lib/summaries/iso-week";

describe("ISO weeks", () => {
  it("puts days at the turn of the year in the week that holds their Thursday", () => {
    expect(isoWeekOf("2026-01-01")).toBe("2026-W01"); // a Thursday
    expect(isoWeekOf("2027-01-01")).toBe("2026-W53"); // a Friday: 2026 has 53 weeks
    expect(isoWeekOf("2027-01-04")).toBe("2027-W01");
    expect(isoWeekOf("2024-12-30")).toBe("2025-W01"); // a Monday in week 1 of the next year
    expect(isoWeekOf("2026-11-27")).toBe("2026-W48");
  });

  it("gives each week's Monday and Sunday, and refuses weeks that do not exist", () => {
    expect(weekRange("2026-W48")).toEqual({ week: "2026-W48", start: "2026-11-23", end: "2026-11-29" });
    expect(weekRange("2026-W53")).toEqual({ week: "2026-W53", start: "2026-12-28", end: "2027-01-03" });
    expect(weekRange("2025-W53")).toBeNull();
    for (const bad of ["2026-W00", "2026-W54", "2026-48", "2026-W4", "26-W48", ""]) expect(isIsoWeek(bad)).toBe(false);
  });

  it("counts weeks across a year with 53 of them", () => {
    expect(addWeeks("2026-W52", 1)).toBe("2026-W53");
    expect(addWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addWeeks("2027-W01", -2)).toBe("2026-W52");
    expect(weeksBetween("2026-W52", "2027-W02")).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    expect(weeksBetween("2027-W02", "2026-W52")).toEqual([]);
  });

  it("ends a week at the user's own midnight before Monday", () => {
    expect(weekEndsAt("2026-W48", "UTC").toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekEndsAt("2026-W48", "Asia/Kolkata").toISOString()).toBe("2026-11-29T18:30:00.000Z");
    expect(weekEndsAt("2026-W48", "America/New_York").toISOString()).toBe("2026-11-30T05:00:00.000Z");
    expect(weekEndsAt("2026-W48", "Pacific/Kiritimati").toISOString()).toBe("2026-11-29T10:00:00.000Z");
  });

  it("makes a week with a DST change 167 or 169 hours long", () => {
    const hours = (week: string, zone: string) =>
      (weekEndsAt(week, zone).getTime() - weekEndsAt(addWeeks(week, -1), zone).getTime()) / 3_600_000;
    // Berlin: summer time starts Sunday 29 March 2026 (W13) and ends Sunday 25 October 2026 (W43).
    expect(hours("2026-W13", "Europe/Berlin")).toBe(167);
    expect(weekEndsAt("2026-W13", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(hours("2026-W43", "Europe/Berlin")).toBe(169);
    expect(weekEndsAt("2026-W43", "Europe/Berlin").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    // The US changes on other Sundays: 8 March (W10) and 1 November (W44).
    expect(hours("2026-W10", "America/Los_Angeles")).toBe(167);
    expect(hours("2026-W44", "America/Los_Angeles")).toBe(169);
    expect(hours("2026-W43", "America/Los_Angeles")).toBe(168);
  });

  it("knows which week is over, in the user's time zone", () => {
    const justBefore = new Date("2026-10-25T22:59:59Z");
    const justAfter = new Date("2026-10-25T23:00:00Z");
    expect(lastCompletedWeek("Europe/Berlin", justBefore)).toBe("2026-W42");
    expect(lastCompletedWeek("Europe/Berlin", justAfter)).toBe("2026-W43");
    for (const zone of ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"]) {
      const week = "2026-W48";
      const end = weekEndsAt(week, zone);
      expect(lastCompletedWeek(zone, new Date(end.getTime() - 1000))).toBe("2026-W47");
      expect(lastCompletedWeek(zone, end)).toBe(week);
    }
    // The same instant: a Monday already in Kiritimati, still Sunday in Los Angeles.
    const instant = new Date("2026-11-29T12:00:00Z");
    expect(lastCompletedWeek("Pacific/Kiritimati", instant)).toBe("2026-W48");
    expect(lastCompletedWeek("America/Los_Angeles", instant)).toBe("2026-W47");
  });
});
