// The memory by theme, end to end on real parts (a real SQLite file, the offline word vectors, the real model):
// a month is imported as a user would and read by the worker; the panel lists themes; letting go of a theme
// removes every part of it, survives retraining and undo, and a theme that comes back says so; a Chinese
// journal gets lists; marks from memory version 1 are carried to themes; an old stored model leads to a refit.
import { beforeAll, describe, expect, it } from "vitest";
import { phraseContext, sayPhrases } from "@/i18n/phrases";
import { createUser } from "../setup/users";
import { busDriverMonth, nurseWeeks, type Day } from "./small-journals";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { saveEntry } from "@/lib/journal/entries";
import { analyzeEntries, staleAnalyses } from "@/lib/journal/analysis";
import { importEntries } from "@/lib/journal/import";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { loadMemoryInputs } from "@/lib/journal/memory-inputs";
import { setThemeMark } from "@/lib/journal/memory-marks";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { retrainMemory } from "@/lib/journal/memory-training";
import { runDueJobs } from "@/lib/jobs/memory-worker";
import { contributions } from "@/lib/memory/contributions";
import { runMemory } from "@/lib/memory/model";
import { asMemoryEntries } from "@/lib/journal/memory-inputs";
import { readThemes } from "@/lib/memory/theme-reading";

async function journalOf(email: string, days: Day[]): Promise<string> {
  const userId = await createUser(email);
  await importEntries(
    userId,
    days.map((d) => ({ ...d, tags: [] })),
  );
  await retrainMemory(userId);
  return userId;
}

const month = busDriverMonth();
const last = month.at(-1)!.date;
let userId: string;

beforeAll(async () => {
  userId = await journalOf("driver@example.com", month);
}, 120_000);

async function readyPanel(user: string, day: string) {
  const panel = await readMemoryPanel(user, day);
  if (panel.state !== "ready") throw new Error("panel not ready");
  return panel;
}

const mentions = (name: string) => (item: { quotes: { text: string }[] }) =>
  item.quotes.some((q) => q.text.includes(name));

// An item's "why" in English words, as the panel says it on that day.
const said = (item: { explanation: Parameters<typeof sayPhrases>[0] }, day: string) =>
  sayPhrases(item.explanation, phraseContext("en", day));

describe("themes in the panel", () => {
  it("groups the sentences of a worry across entries, and lists it under Let go as it keeps coming back", async () => {
    const panel = await readyPanel(userId, last);
    const worry = panel.letGo.find(mentions("Marek"));
    expect(worry, JSON.stringify(panel.letGo)).toBeDefined();
    expect(worry!.days.length).toBeGreaterThanOrEqual(3);
    expect(worry!.lastDate).toBe(last);
    expect(said(worry!, last)).toMatch(/On \d+ days/);
    // A worry still returning is never "already let go".
    expect(panel.alreadyLetGo.some(mentions("Marek"))).toBe(false);
    // Lessons are kept, and never filed as worries.
    expect(panel.keep.length).toBeGreaterThan(0);
    expect(panel.keep.every((item) => item.quotes.some((q) => /learned|Lesson/i.test(q.text)))).toBe(true);
    expect(panel.letGo.some((item) => item.quotes.some((q) => /learned/.test(q.text)))).toBe(false);
  });

  it("adds up: every theme's share of today's memory and the rest sum to 1", async () => {
    const inputs = await loadMemoryInputs(userId);
    const run = runMemory(inputs.model, asMemoryEntries(inputs.entries), inputs.releases);
    const at = inputs.entries.length - 1;
    const { themes, rest } = readThemes(
      run,
      at,
      inputs.entries.map((e) => e.date),
      inputs.themes,
      inputs.marks,
    );
    const total = themes.reduce((s, t) => s + t.memoryShare, 0) + rest;
    expect(total).toBeCloseTo(1, 12);
    // The rest is the c_0 term and entries outside every theme: small here, since every entry has a theme.
    expect(Math.abs(rest)).toBeLessThan(0.05);
    expect(contributions(run, at).kappa.length).toBe((at + 1) * run.units);
  });
});

describe("letting go of a theme", () => {
  it("removes every part of it, survives retraining, says when it comes back, and can be undone", async () => {
    const before = await readyPanel(userId, last);
    const worry = before.letGo.find(mentions("Marek"))!;
    expect(worry.memoryShare).toBeGreaterThan(0);
    expect(await setThemeMark(userId, worry.themeId, "let-go", true)).toBe(true);

    const after = await readyPanel(userId, last);
    const released = after.alreadyLetGo.find((i) => i.themeId === worry.themeId);
    expect(said(released!, last)).toMatch(/^You let this go/);
    expect(released!.memoryShare).toBe(0);
    expect(after.letGo.some((i) => i.themeId === worry.themeId)).toBe(false);

    // Retraining does not bring it back.
    await retrainMemory(userId);
    const retrained = await readyPanel(userId, last);
    expect(retrained.alreadyLetGo.find((i) => i.themeId === worry.themeId)!.memoryShare).toBe(0);

    // It comes back twice (in the words of the theme's own sentences, so grouping is not what is tested here):
    // the panel says so, and the new parts are held again.
    const own = worry.quotes[0]!.text;
    for (const [k, body] of [
      [1, `Train again today. ${own}`],
      [2, `Quiet shift. ${own}`],
    ] as const) {
      const entry = await saveEntry(userId, addDays(last, k), { body, mood: 2 });
      await afterEntrySaved(userId, entry);
    }
    const back = await readyPanel(userId, addDays(last, 2));
    const loop = back.letGo.find((i) => i.themeId === worry.themeId);
    expect(loop && said(loop, addDays(last, 2)), JSON.stringify(back.letGo)).toMatch(/came back twice since/);
    expect(loop!.memoryShare).toBeGreaterThan(0);

    // Undo: the whole theme is held again.
    await setThemeMark(userId, worry.themeId, "let-go", false);
    const undone = await readyPanel(userId, addDays(last, 2));
    expect(undone.letGo.find((i) => i.themeId === worry.themeId)!.memoryShare).toBeGreaterThan(loop!.memoryShare);
  }, 120_000);

  it("answers false for another user's theme", async () => {
    const other = await createUser("other-driver@example.com");
    const theme = await db.theme.findFirstOrThrow({ where: { userId }, select: { id: true } });
    expect(await setThemeMark(other, theme.id, "let-go", true)).toBe(false);
    expect(await db.memoryMark.count({ where: { userId: other } })).toBe(0);
  });
});

describe("a journal in Chinese", () => {
  it("gets themes, tone and lists", async () => {
    const weeks = nurseWeeks();
    const nurse = await journalOf("nurse@example.com", weeks);
    const panel = await readyPanel(nurse, weeks.at(-1)!.date);
    expect(panel.letGo.some(mentions("小刘")), JSON.stringify(panel.letGo)).toBe(true);
    expect(panel.keep.some((i) => i.quotes.some((q) => /学到|意识到/.test(q.text)))).toBe(true);
    expect(panel.day.unreadable).toBe(false);
  }, 120_000);
});

describe("upgrades", () => {
  it("carries a mark made on an entry (memory version 1) to that entry's theme", async () => {
    const user = await journalOf("legacy@example.com", busDriverMonth("2026-06-01", 12));
    const entry = await db.entry.findFirstOrThrow({
      where: { userId: user, date: "2026-06-02" },
      select: { id: true },
    });
    await db.memoryMark.create({ data: { userId: user, entryId: entry.id, kind: "keep" } });
    const main = await db.themeSentence.findFirstOrThrow({
      where: { entryId: entry.id },
      orderBy: { share: "desc" },
      select: { themeId: true },
    });
    // Read before the worker carried it: the panel already treats it as a mark on the entry's main theme.
    expect((await loadMemoryInputs(user)).marks.pinned.has(main.themeId)).toBe(true);
    await retrainMemory(user);
    const mark = await db.memoryMark.findFirstOrThrow({ where: { userId: user }, select: { themeId: true } });
    expect(mark.themeId).toBe(main.themeId);
  }, 60_000);

  it("a new reading of every entry regroups their sentences, and marks follow them to their new themes", async () => {
    const user = await journalOf("regrouped@example.com", busDriverMonth("2026-06-01", 14));
    const theme = await db.theme.findFirstOrThrow({ where: { userId: user, size: { gte: 2 } }, select: { id: true } });
    expect(await setThemeMark(user, theme.id, "let-go", true)).toBe(true);
    const texts = (await db.themeSentence.findMany({ where: { themeId: theme.id }, select: { text: true } })).map(
      (r) => r.text,
    );
    // As after an upgrade of the analysis: every entry's reading is stale and is done again.
    await db.entryAnalysis.updateMany({ where: { userId: user }, data: { bodyHash: "an older analysis" } });
    await analyzeEntries(user, await staleAnalyses(user));
    expect(await db.themeSentence.count({ where: { themeId: theme.id } })).toBe(0);
    const mark = await db.memoryMark.findFirstOrThrow({
      where: { userId: user },
      select: { themeId: true, kind: true },
    });
    expect(mark.kind).toBe("let-go");
    expect(mark.themeId).not.toBe(theme.id);
    const now = await db.themeSentence.findMany({ where: { themeId: mark.themeId! }, select: { text: true } });
    expect(now.some((r) => texts.includes(r.text))).toBe(true);
  }, 60_000);

  it("an unreadable stored model (an older format) means the prior until a refit, never an error", async () => {
    const user = await journalOf("old-format@example.com", busDriverMonth("2026-06-01", 10));
    // The newest stored model is in the format of memory version 1.
    const row = await db.memoryModel.findFirstOrThrow({ where: { userId: user }, orderBy: { version: "desc" } });
    await db.memoryModel.create({
      data: {
        ...row,
        id: undefined,
        version: row.version + 1,
        weights: JSON.stringify({ format: "cellstate-memory", formatVersion: 1, weights: {} }),
      },
    });
    const panel = await readMemoryPanel(user, "2026-06-10");
    expect(panel.status.unreadableModel).toBe(true);
    expect(panel.status.kind).toBe("prior");
    // The worker refits it.
    const job = await db.trainingJob.findUniqueOrThrow({ where: { userId: user } });
    expect(job.status).toBe("queued");
    await db.trainingJob.update({ where: { userId: user }, data: { notBefore: new Date(0) } });
    await runDueJobs(() => {});
    expect((await loadMemoryInputs(user)).unreadableModel).toBe(false);
  }, 60_000);
});
