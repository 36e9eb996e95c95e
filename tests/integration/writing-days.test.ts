// The writing days read from a real database: only the user's own entries, the lengths measured by the database
// (characters, so a Chinese entry is not counted in bytes), and cheap on a ten-year journal.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { readWritingDays } from "@/lib/journal/writing-days";

const MONDAY = 1;
let writer: string;
let other: string;

beforeAll(async () => {
  writer = await createUser("writer@example.com");
  other = await createUser("other@example.com");
  // 3,411 days, as the diary in ../shared/data: every day from 2017-08-30 to 2026-12-31 but each 8th, long entries.
  const days = Array.from({ length: 3900 }, (_, k) => addDays("2016-04-11", k)).filter((_, k) => k % 8 !== 3);
  const dates = days.slice(-3411);
  await db.entry.createMany({
    data: dates.map((date, k) => ({ userId: writer, date, body: "A long day. ".repeat(40 + (k % 200)) })),
  });
  await db.entry.createMany({
    data: [
      { userId: other, date: "2026-12-30", body: "今天很好。".repeat(4) },
      { userId: other, date: "2026-12-31", body: "x".repeat(30) },
    ],
  });
});

describe("readWritingDays", () => {
  it("reads only the user's own days, and each day's length in characters", async () => {
    const { stats, grid, years } = await readWritingDays(other, 2026, "2026-12-31", MONDAY);
    expect(stats).toMatchObject({ daysWritten: 2, currentRun: { start: "2026-12-30", end: "2026-12-31", days: 2 } });
    expect(years).toEqual([2026]);
    const cells = grid.weeks.flat().filter((c) => c !== null && c.shade > 0);
    // Twenty characters (60 bytes in UTF-8) against thirty: counted in characters, the Chinese day is the lighter.
    expect(cells.map((c) => [c!.day, c!.shade])).toEqual([
      ["2026-12-30", 1],
      ["2026-12-31", 3],
    ]);
  });

  it("reads a 3,411-entry journal in well under a tenth of a second a request", async () => {
    await readWritingDays(writer, 2026, "2026-12-31", MONDAY); // warm
    const runs = 10;
    const started = performance.now();
    let last;
    for (let k = 0; k < runs; k++) last = await readWritingDays(writer, 2026, "2026-12-31", MONDAY);
    const ms = (performance.now() - started) / runs;
    expect(last!.stats.daysWritten).toBe(3411);
    expect(last!.years[0]).toBe(2026);
    expect(last!.grid.written).toBe(last!.grid.byMonth.reduce((s, m) => s + m.written, 0));
    console.log(`readWritingDays on 3,411 entries: ${ms.toFixed(1)} ms a request`);
    expect(ms).toBeLessThan(150);
  });
});
