// Weekly summaries on real parts: a real SQLite file, the offline word vectors, a real trained model. Nine
// weeks of a synthetic journal (a week with no entries, a thin week of two) in Berlin's time zone, across the
// end of summer time. Tests that only read share one journal whose summaries are built once; a test that
// builds, deletes or writes has a journal of its own, so no test depends on another or on their order.
import { summaryWords } from "@/i18n/summary-words";
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { generateJournal } from "@/tests/fixtures/synthetic-journal/journal";
import { addDays } from "@/lib/dates";
import { db } from "@/lib/db";
import { importEntries } from "@/lib/journal/import";
import { saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { asMemoryEntries, loadMemoryInputs } from "@/lib/journal/memory-inputs";
import { buildSummaries, dueWeeks, listSummaries, readSummary } from "@/lib/journal/weekly-summaries";
import { runDueJobs } from "@/lib/jobs/memory-worker";
import { requestRetrain } from "@/lib/journal/training-queue";
import { buildAllDueSummaries, buildDueSummaries, startSummaryScheduler } from "@/lib/jobs/summary-schedule";
import { readMemory } from "@/lib/memory/model";
import { lastCompletedWeek, weeksBetween } from "@/lib/summaries/iso-week";
import { summaryMarkdown } from "@/lib/summaries/document";
import { letGoIntro, opening } from "@/lib/summaries/words";
import { parseImportData } from "@/lib/validations/import";

// W36–W39 daily, W40 nothing, W41 Tuesday and Thursday, W42–W44 daily (to Sunday 1 November 2026).
const days = (from: string, n: number) => Array.from({ length: n }, (_, k) => addDays(from, k));
const dates = [...days("2026-08-31", 28), "2026-10-06", "2026-10-08", ...days("2026-10-12", 21)];
// A worry that keeps coming back from W41 on, and six lessons.
const journal = generateJournal({
  seed: 11,
  dates,
  moodRate: 0.9,
  plan: {
    worries: [
      { theme: "workMistake", trigger: 31, returns: [33, 35, 36, 38, 41, 44, 47], resolution: null, focus: 0.8 },
    ],
    lessons: [
      { id: "askForHelp", at: [5] },
      { id: "waitADay", at: [12] },
      { id: "walkBeforeWork", at: [20, 40] },
      { id: "phoneInKitchen", at: [34] },
      { id: "threeTasks", at: [45] },
    ],
  },
});
// Wednesday of W45, noon in Berlin: W36–W44 are over.
const NOW = new Date("2026-11-04T11:00:00Z");
const WEEKS = weeksBetween("2026-W36", "2026-W44");
// The shared journal, read and never changed (what a test changes, it puts back before it ends).
let userId: string;
let journals = 0;

/** A user with the journal imported and its model trained, and no summary built yet. */
async function journalUser(): Promise<string> {
  const email = `weeks-${++journals}@example.com`;
  const id = await createUser(email);
  await db.user.update({ where: { id }, data: { timeZone: "Europe/Berlin" } });
  const parsed = parseImportData(journal.records, { latestDay: "2099-12-31" });
  if (!parsed.ok) throw new Error("the synthetic journal does not validate");
  await importEntries(id, parsed.records);
  // The worker trains, then builds the summaries that waited for the model (up to today's last finished week).
  await runDueJobs(() => {});
  expect(await db.trainingJob.findUnique({ where: { userId: id }, select: { status: true } })).toEqual({
    status: "done",
  });
  await db.weeklySummary.deleteMany({ where: { userId: id } });
  return id;
}

/** The weeks one run of the scheduler built for this user (it builds for every user; the others are ignored). */
async function schedulerBuilt(user: string, now: Date): Promise<string[]> {
  const lines: string[] = [];
  await buildAllDueSummaries(now, (line) => lines.push(line));
  const mine = lines.find((line) => line.startsWith(`summaries: user ${user}: built `));
  return mine ? mine.slice(mine.indexOf(" built ") + 7).split(", ") : [];
}

function runCli(...args: string[]): string {
  return execFileSync("npx", ["tsx", "scripts/summaries.ts", ...args], { encoding: "utf8", stdio: "pipe" });
}

async function storedContents(): Promise<Map<string, string>> {
  const rows = await db.weeklySummary.findMany({ where: { userId }, select: { week: true, content: true } });
  return new Map(rows.map((r) => [r.week, r.content]));
}

beforeAll(async () => {
  userId = await journalUser();
  expect(await buildDueSummaries(userId, NOW)).toEqual(WEEKS);
}, 180_000);

describe("weekly summaries", { timeout: 120_000 }, () => {
  it("are built by the scheduler for every week that is over, once", async () => {
    const user = await journalUser();
    expect(await dueWeeks(user, NOW)).toEqual(WEEKS);
    expect(await schedulerBuilt(user, NOW)).toEqual(WEEKS);
    expect((await listSummaries(user)).map((s) => s.week)).toEqual([...WEEKS].reverse());
    // Running again builds nothing and stores nothing twice.
    expect(await schedulerBuilt(user, NOW)).toEqual([]);
    expect(await db.weeklySummary.count({ where: { userId: user } })).toBe(WEEKS.length);
  });

  it("catches up on every missed week as soon as the scheduler starts, then runs hourly", async () => {
    const user = await journalUser();
    const expected = weeksBetween("2026-W36", lastCompletedWeek("Europe/Berlin"));
    const job = startSummaryScheduler(() => {});
    try {
      await expect
        .poll(() => db.weeklySummary.count({ where: { userId: user } }), { timeout: 60_000 })
        .toBe(expected.length);
      expect(job.nextRun()!.getUTCMinutes()).toBe(5);
    } finally {
      job.stop();
    }
  });

  it("are the same from the CLI as from the scheduler, and the same every time", async () => {
    const before = await storedContents();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const output = runCli("--week", "2026-W42", "--user", email);
    expect(output).toContain(`${email}: built 2026-W42.`);
    const after = await storedContents();
    expect(after.get("2026-W42")).toBe(before.get("2026-W42"));
    expect(after.size).toBe(before.size);
    const [again] = await buildSummaries(userId, ["2026-W42"]);
    expect(JSON.stringify(again!.content)).toBe(before.get("2026-W42"));
  });

  it("says so for a week with no entries and for a thin week", async () => {
    const empty = (await readSummary(userId, "2026-W40"))!.content;
    expect(empty.writing.entries).toBe(0);
    expect(empty.gates.days).toEqual([]);
    expect(empty.letGo).toEqual([]);
    expect(opening(empty, summaryWords("en", empty.end))).toContain("You didn't write this week");
    const thin = (await readSummary(userId, "2026-W41"))!.content;
    expect(thin.writing).toEqual({ entries: 2, days: ["2026-10-06", "2026-10-08"], bestRun: 1, streakAtEnd: 0 });
    expect(letGoIntro(thin, summaryWords("en", thin.end))).toBe(
      "You wrote twice this week; not enough to say what was let go.",
    );
    expect(summaryMarkdown(thin, summaryWords("en", thin.end))).toContain("not enough to say what was let go");
  });

  it("reads its numbers from the stored model at the week's end", async () => {
    const s = (await readSummary(userId, "2026-W43"))!.content;
    expect(s.model.kind).toBe("trained");
    expect(s.entriesSoFar).toBe(28 + 2 + 14);
    expect(s.writing).toMatchObject({ entries: 7, bestRun: 7 });
    expect(s.writing.streakAtEnd).toBe(14);

    // Gates: the model's own reading of each day of the week.
    const inputs = await loadMemoryInputs(userId);
    const reading = readMemory(inputs.model, asMemoryEntries(inputs.entries));
    const byDate = new Map(reading.perEntry.map((r) => [r.date, r]));
    expect(s.gates.days.map((d) => d.date)).toEqual(days("2026-10-19", 7));
    for (const d of s.gates.days) {
      expect(d.f).toBeCloseTo(byDate.get(d.date)!.f, 12);
      expect(d.i).toBeCloseTo(byDate.get(d.date)!.i, 12);
    }
    const meanF = s.gates.days.reduce((a, d) => a + d.f, 0) / 7;
    expect(s.gates.mean!.f).toBeCloseTo(meanF, 12);

    // What was kept at the week's end is what the panel showed for that Sunday.
    const panel = await readMemoryPanel(userId, "2026-10-25");
    if (panel.state !== "ready") throw new Error("panel not ready");
    expect(s.kept.map((item) => item.themeId)).toEqual(panel.keep.map((item) => item.themeId));
    // Still on your mind: every worry the panel would let go of that came up during the week.
    const inWeek = (d: string) => d >= s.start && d <= s.end;
    const listed = new Set(s.rumination.map((item) => item.themeId));
    for (const item of panel.letGo.filter((i) => i.days.some(inWeek)).slice(0, 5)) {
      expect(listed.has(item.themeId)).toBe(true);
    }
    expect(s.memoryReady).toBe(true);

    // Mood: the week's own moods and the four weeks before.
    const moods = journal.records.filter((r) => r.mood !== undefined);
    const week = moods.filter((r) => r.date >= "2026-10-19" && r.date <= "2026-10-25").map((r) => r.mood!);
    expect(s.mood.mean).toBeCloseTo(week.reduce((a, b) => a + b, 0) / week.length, 12);
  });

  it("lists new lessons only from the week, with the input gate of the entry that wrote them", async () => {
    for (const week of WEEKS) {
      const s = (await readSummary(userId, week))!.content;
      for (const lesson of s.newLessons) {
        expect(lesson.date >= s.start && lesson.date <= s.end).toBe(true);
        expect(lesson.inputGate).toBeGreaterThan(0);
        expect(lesson.inputGate).toBeLessThan(1);
      }
    }
    const all = (await Promise.all(WEEKS.map((w) => readSummary(userId, w)))).flatMap((s) => s!.content.newLessons);
    const lessonDates = new Set(journal.records.filter((_, k) => journal.truth[k]!.lesson).map((r) => r.date));
    expect(all.length).toBeGreaterThan(0);
    // The sentence reader is learned (lib/text/learned), not a phrase list, and the generator's filler is not
    // what it learned from: most new lessons, not every one, come from the days that wrote one. Measured 0.7 with
    // the reader fitted on 13 journals: the filler "No exercise this week and I can feel it." reads as a small
    // lesson (and nearly is one).
    const onLessonDays = all.filter((lesson) => lessonDates.has(lesson.date));
    expect(onLessonDays.length / all.length).toBeGreaterThan(0.6);
  });

  it("builds a week again when it is written into later, and only that week", async () => {
    const user = await journalUser();
    expect(await buildDueSummaries(user, NOW)).toEqual(WEEKS);
    const saved = await saveEntry(user, "2026-10-07", { body: "Made soup and slept early.", mood: 3, tags: [] });
    await afterEntrySaved(user, saved);
    expect(await dueWeeks(user, NOW)).toEqual(["2026-W41"]);
    // The scheduler leaves it to the worker, which builds it once the memory has retrained on the new entry.
    expect(await schedulerBuilt(user, NOW)).toEqual([]);
    await requestRetrain(user, 0); // as when the save's debounce has passed
    expect(await runDueJobs(() => {})).toBeGreaterThanOrEqual(1);
    expect(await dueWeeks(user, NOW)).toEqual([]);
    expect((await readSummary(user, "2026-W41"))!.content.writing.entries).toBe(3);
  });

  it("knows when a week is over in the user's time zone, across a DST change", async () => {
    // Summer time ends in Berlin on Sunday 25 October 2026 (W43): that week ends at 23:00 UTC, not 22:00.
    const user = await journalUser();
    await buildDueSummaries(user, new Date("2026-10-25T22:30:00Z"));
    await db.weeklySummary.deleteMany({ where: { userId: user, week: "2026-W41" } });
    expect(await dueWeeks(user, new Date("2026-10-25T22:30:00Z"))).toEqual(["2026-W41"]);
    expect(await dueWeeks(user, new Date("2026-10-25T23:00:00Z"))).toEqual(["2026-W41", "2026-W43"]);
    expect(lastCompletedWeek("America/Los_Angeles", new Date("2026-10-25T23:00:00Z"))).toBe("2026-W42");
  });

  it("leaves out a stored summary it cannot read, instead of failing the page", async () => {
    const where = { userId_week: { userId, week: "2026-W42" } };
    const { content } = await db.weeklySummary.findUniqueOrThrow({ where, select: { content: true } });
    await db.weeklySummary.update({ where, data: { content: '{"format": 1, "week": "2026-W42"}' } });
    try {
      expect(await readSummary(userId, "2026-W42")).toBeNull();
      const listed = (await listSummaries(userId)).map((s) => s.week);
      expect(listed).not.toContain("2026-W42");
      expect(listed.length).toBeGreaterThan(0);
    } finally {
      await db.weeklySummary.update({ where, data: { content } });
    }
  });
});
