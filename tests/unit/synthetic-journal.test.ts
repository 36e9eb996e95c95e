import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isIsoDay, weekdayIndex } from "@/lib/dates";
import { entryCues } from "@/lib/text/cues";
import { parseImportData, parseImportText } from "@/lib/validations/import";
import { generateJournal, monthWithRecurringWorry } from "../fixtures/synthetic-journal/journal";
import { createRng } from "../fixtures/synthetic-journal/rng";
import { JOURNAL_DEFAULTS, type SyntheticJournal } from "../fixtures/synthetic-journal/types";

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function expectValidDates(journal: SyntheticJournal) {
  const dates = journal.records.map((r) => r.date);
  for (const date of dates) expect(isIsoDay(date)).toBe(true);
  for (let k = 1; k < dates.length; k++) expect(dates[k]! > dates[k - 1]!).toBe(true);
}

describe("createRng", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("generateJournal", () => {
  const year = generateJournal({ entries: 365, seed: 1 });

  it("is deterministic per seed and never uses Math.random", () => {
    const random = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random used");
    });
    try {
      const again = generateJournal({ entries: 365, seed: 1 });
      expect(again).toEqual(year);
      expect(generateJournal({ entries: 365, seed: 2 }).records).not.toEqual(year.records);
    } finally {
      random.mockRestore();
    }
  });

  it("writes the asked number of entries on strictly increasing real dates, ending on `end`", () => {
    expect(year.records).toHaveLength(365);
    expectValidDates(year);
    expect(year.records.at(-1)!.date).toBe(JOURNAL_DEFAULTS.end);
    // Daily-ish with gaps: more days than entries, but not many more.
    const first = new Date(`${year.records[0]!.date}T00:00:00Z`).getTime();
    const days = (new Date(`${JOURNAL_DEFAULTS.end}T00:00:00Z`).getTime() - first) / 86_400_000 + 1;
    expect(days).toBeGreaterThan(380);
    expect(days).toBeLessThan(520);
    const forward = generateJournal({ entries: 20, seed: 3, start: "2024-02-27" });
    expect(forward.records[0]!.date).toBe("2024-02-27");
    expectValidDates(forward);
  });

  it("passes the import validation", () => {
    const parsed = parseImportData(year.records, { latestDay: JOURNAL_DEFAULTS.end });
    expect(parsed.ok).toBe(true);
    expect(parseImportText(JSON.stringify(year.records), { latestDay: "2026-01-01" }).ok).toBe(true);
  });

  it("has worries that come back with ruminative language, and lessons stated once or twice", () => {
    expect(year.worries.length).toBeGreaterThanOrEqual(2);
    for (const worry of year.worries) {
      expect(worry.returns.length).toBeGreaterThanOrEqual(3);
      expect(worry.returns.every((i) => i > worry.trigger)).toBe(true);
      const ruminative = worry.returns.filter((i) => entryCues(year.records[i]!.body).ruminationScore >= 0.5);
      expect(ruminative.length / worry.returns.length).toBeGreaterThanOrEqual(0.75);
      // The returns share the worry's words (what embedding similarity finds).
      const name = worry.title.split(" ").at(-1)!;
      expect(worry.returns.some((i) => year.records[i]!.body.includes(name))).toBe(true);
    }
    expect(year.lessons.length).toBeGreaterThanOrEqual(3);
    for (const lesson of year.lessons) {
      expect(lesson.indices.length).toBeGreaterThanOrEqual(1);
      expect(lesson.indices.length).toBeLessThanOrEqual(2);
      for (const i of lesson.indices) expect(entryCues(year.records[i]!.body).lessonScore).toBeGreaterThanOrEqual(0.5);
    }
    // Everyday entries are mostly free of both.
    const everyday = year.records.filter((_, i) => year.truth[i]!.worry === null && year.truth[i]!.lesson === null);
    const flagged = everyday.filter((r) => {
      const cues = entryCues(r.body);
      return cues.ruminationScore >= 0.5 || cues.lessonScore >= 0.5;
    });
    expect(flagged.length / everyday.length).toBeLessThan(0.05);
  });

  it("correlates moods with content and with the week", () => {
    const moodOf = (pick: (i: number) => boolean) =>
      mean(year.records.filter((r, i) => r.mood !== undefined && pick(i)).map((r) => r.mood!));
    const worried = moodOf(
      (i) => year.truth[i]!.worry?.role === "rumination" || year.truth[i]!.worry?.role === "trigger",
    );
    const lessons = moodOf((i) => year.truth[i]!.lesson !== null);
    const plain = moodOf((i) => year.truth[i]!.worry === null && year.truth[i]!.lesson === null);
    expect(worried).toBeLessThan(plain - 0.5);
    expect(lessons).toBeGreaterThan(worried);
    const weekend = moodOf((i) => year.truth[i]!.weekend);
    const weekday = moodOf((i) => !year.truth[i]!.weekend);
    expect(weekend).toBeGreaterThan(weekday);
    for (const r of year.records) if (r.mood !== undefined) expect([1, 2, 3, 4, 5]).toContain(r.mood);
    const withMood = year.records.filter((r) => r.mood !== undefined).length / year.records.length;
    expect(withMood).toBeGreaterThan(0.7);
    expect(withMood).toBeLessThan(1);
  });

  it("writes varied, multi-sentence bodies with some Markdown, and weekends that differ", () => {
    const lengths = year.records.map((r) => r.body.length).sort((a, b) => a - b);
    expect(lengths[0]!).toBeLessThan(80);
    expect(lengths.at(-1)!).toBeGreaterThan(500);
    expect(lengths[Math.floor(lengths.length / 2)]!).toBeGreaterThan(150);
    expect(new Set(year.records.map((r) => r.body)).size).toBeGreaterThan(355);
    expect(year.records.some((r) => /^#{1,2} /m.test(r.body))).toBe(true);
    expect(year.records.some((r) => /\n- /.test(r.body))).toBe(true);
    expect(year.records.some((r) => /\*\*[^*]+\*\*/.test(r.body))).toBe(true);
    expect(year.records.some((r) => r.body.includes("\n\n"))).toBe(true);
    const mentionsWork = (pick: (weekday: number) => boolean) => {
      const bodies = year.records.filter((r) => pick(weekdayIndex(r.date)));
      return bodies.filter((r) => /\b(work|meeting|inbox|office)\b/i.test(r.body)).length / bodies.length;
    };
    expect(mentionsWork((d) => d < 5)).toBeGreaterThan(mentionsWork((d) => d >= 5) + 0.2);
    // A sentence never names another weekday than its own ("Lazy Sunday" on a Saturday).
    const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const wrongDay = year.records.filter((r, i) => {
      if (year.truth[i]!.worry || year.truth[i]!.lesson) return false; // "Sunday lunch ended in…" is the past
      const own = days[weekdayIndex(r.date)]!;
      return days.some((d) => d !== own && r.body.includes(d));
    });
    expect(wrongDay).toEqual([]);
  });

  it("scales to the benchmark sizes", () => {
    const small = generateJournal({ entries: 30, seed: 9 });
    expect(small.records).toHaveLength(30);
    expect(parseImportData(small.records, { latestDay: "2025-12-31" }).ok).toBe(true);
    const large = generateJournal({ entries: 3000, seed: 9 });
    expect(large.records).toHaveLength(3000);
    expectValidDates(large);
    expect(parseImportData(large.records, { latestDay: "2025-12-31" }).ok).toBe(true);
    expect(generateJournal({ entries: 0 }).records).toEqual([]);
    expect(generateJournal({ entries: 1 }).records).toHaveLength(1);
  });
});

describe("monthWithRecurringWorry", () => {
  const month = monthWithRecurringWorry();

  it("is a valid month of entries, the same every time", () => {
    expect(monthWithRecurringWorry()).toEqual(month);
    expectValidDates(month);
    expect(month.records.length).toBeGreaterThanOrEqual(25);
    const first = new Date(`${month.records[0]!.date}T00:00:00Z`).getTime();
    const last = new Date(`${month.records.at(-1)!.date}T00:00:00Z`).getTime();
    expect((last - first) / 86_400_000).toBeLessThanOrEqual(29);
    expect(month.records).toHaveLength(25);
    expect(parseImportData(month.records, { latestDay: month.records.at(-1)!.date }).ok).toBe(true);
  });

  it("has one worry that keeps coming back, ruminative and low in mood", () => {
    expect(month.worries).toHaveLength(1);
    const [worry] = month.worries;
    expect(worry!.resolution).toBeNull();
    expect(worry!.returns.length).toBeGreaterThanOrEqual(6);
    for (const i of worry!.returns) {
      expect(entryCues(month.records[i]!.body).ruminationScore).toBeGreaterThanOrEqual(0.5);
      expect(month.truth[i]!.worry).toEqual({ id: worry!.id, role: "rumination" });
    }
    const worryMoods = worry!.returns.map((i) => month.truth[i]!.latentMood);
    const others = month.truth.filter((t) => t.worry === null).map((t) => t.latentMood);
    expect(mean(worryMoods)).toBeLessThan(mean(others));
  });

  it("states a few clear lessons, none of them in a worry entry", () => {
    expect(month.lessons.map((l) => l.id)).toEqual(["askForHelp", "walkBeforeWork", "phoneInKitchen"]);
    const indices = month.lessons.flatMap((l) => l.indices);
    expect(indices).toHaveLength(4);
    for (const i of indices) {
      const cues = entryCues(month.records[i]!.body);
      expect(cues.lessonScore).toBeGreaterThanOrEqual(0.5);
      expect(cues.ruminationScore).toBeLessThan(0.5);
      expect(month.truth[i]!.worry).toBeNull();
    }
    expect(month.records.some((r) => r.body.includes("asking for help early saves days"))).toBe(true);
  });
});

describe("the command line", () => {
  it("writes the import file the generator makes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-"));
    const out = path.join(dir, "journal.json");
    execFileSync(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "tests/fixtures/synthetic-journal/cli.ts",
        "--entries",
        "30",
        "--seed",
        "4",
        "--out",
        out,
      ],
      { stdio: "pipe" },
    );
    const written: unknown = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(written).toEqual(generateJournal({ entries: 30, seed: 4 }).records);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
