// The kept forward pass: reused while nothing changed, extended by one step when today's entry is written or
// edited, and always equal to a new pass over the whole journal.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { monthWithRecurringWorry } from "@/tests/fixtures/synthetic-journal/journal";
import { saveEntry } from "@/lib/journal/entries";
import { importEntries } from "@/lib/journal/import";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { asMemoryEntries, loadMemoryInputs } from "@/lib/journal/memory-inputs";
import { setThemeMark } from "@/lib/journal/memory-marks";
import { memoryRun } from "@/lib/journal/memory-run-cache";
import { runDueJobs } from "@/lib/jobs/memory-worker";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { readThemeRetention } from "@/lib/journal/memory-retention";
import { themeRetentionOverTime } from "@/lib/memory/theme-contributions";
import { runMemory, type SequenceRun } from "@/lib/memory/model";
import { themeParts } from "@/lib/memory/theme-reading";
import { parseImportData } from "@/lib/validations/import";

let userId: string;

// The theme of entry k's largest part.
async function themeOfEntry(k: number): Promise<string> {
  const inputs = await loadMemoryInputs(userId);
  const id = inputs.entries[k]!.id;
  let best = { theme: "", share: -1 };
  for (const t of inputs.themes)
    for (const o of t.occurrences) if (o.entryId === id && o.share > best.share) best = { theme: t.id, share: o.share };
  return best.theme;
}

async function keptAndFresh(): Promise<[SequenceRun, SequenceRun]> {
  const inputs = await loadMemoryInputs(userId);
  const kept = memoryRun(userId, inputs.modelKey, inputs.model, inputs.entries, inputs.releases);
  return [kept, runMemory(inputs.model, asMemoryEntries(inputs.entries), inputs.releases)];
}

function expectEqual([kept, fresh]: [SequenceRun, SequenceRun]) {
  expect(kept.steps).toBe(fresh.steps);
  for (const k of ["i", "f", "g", "o", "c", "h"] as const) {
    let worst = 0;
    for (let n = 0; n < fresh[k].length; n++) worst = Math.max(worst, Math.abs(kept[k][n]! - fresh[k][n]!));
    expect(worst, k).toBeLessThan(1e-12);
  }
  expect(kept.released).toEqual(fresh.released);
}

async function write(date: string, body: string, mood: number | null = null) {
  const entry = await saveEntry(userId, date, { body, mood });
  await afterEntrySaved(userId, entry);
  return entry;
}

beforeAll(async () => {
  userId = await createUser("runs@example.com");
  const parsed = parseImportData(monthWithRecurringWorry().records, { latestDay: "2099-12-31" });
  if (!parsed.ok) throw new Error("synthetic month does not validate");
  await importEntries(userId, parsed.records);
  await runDueJobs(() => {});
});

describe("the kept forward pass", () => {
  it("is reused while nothing changed", async () => {
    const [first] = await keptAndFresh();
    const [second] = await keptAndFresh();
    expect(second).toBe(first);
  });

  it("equals a new pass after today's entry is written, edited, and something is let go today", async () => {
    const [before] = await keptAndFresh();
    const today = await write("2025-12-01", "Slept badly again. Why did I say that to him?", 2);
    const appended = await keptAndFresh();
    expectEqual(appended);
    // Extended, not run again: a new pass would have made a new initial state.
    expect(appended[0].c0).toBe(before.c0);
    await write("2025-12-01", "Slept badly again. Why did I say that to him? I will call him tomorrow.", 3);
    expectEqual(await keptAndFresh());
    expect(await setThemeMark(userId, await themeOfEntry(5), "let-go", true)).toBe(true);
    expectEqual(await keptAndFresh());
    await write("2025-12-01", "Slept badly again. I will call him tomorrow.", 3);
    expectEqual(await keptAndFresh());
    await write("2025-12-02", "Called him. We are fine.", 4);
    expectEqual(await keptAndFresh());
    // An older day written afterwards: a new pass, still equal.
    await write("2025-11-10", "Found an old note from Mum.");
    expectEqual(await keptAndFresh());
    expect(today.id).toBeTruthy();
  });

  it("keeps the computed panel until what it is read from changes", async () => {
    const inputs = await loadMemoryInputs(userId);
    const day = inputs.entries.at(-1)!.date;
    const first = await readMemoryPanel(userId, day);
    if (first.state !== "ready") throw new Error("panel not ready");
    const again = await readMemoryPanel(userId, day);
    expect(again.state === "ready" && again.dailyGates).toBe(first.dailyGates);
    const pinned = await themeOfEntry(3);
    await setThemeMark(userId, pinned, "keep", true);
    const afterMark = await readMemoryPanel(userId, day);
    expect(afterMark.state === "ready" && afterMark.dailyGates).not.toBe(first.dailyGates);
    expect(afterMark.state === "ready" && afterMark.keep.some((item) => item.themeId === pinned)).toBe(true);
    // Another day's panel does not push this one out.
    const earlier = inputs.entries.at(-8)!.date;
    const other = await readMemoryPanel(userId, earlier);
    const cached = await readMemoryPanel(userId, day);
    expect(cached.state === "ready" && cached.dailyGates).toBe(afterMark.state === "ready" && afterMark.dailyGates);
    expect(other.state === "ready" && other.day.date).toBe(earlier);
    await write(day, "Edited: a calmer day after all.", 4);
    const afterEdit = await readMemoryPanel(userId, day);
    expect(afterEdit.state === "ready" && afterEdit.dailyGates).not.toBe(cached.state === "ready" && cached.dailyGates);
  });

  it("gives retention charts from the kept pass, equal to a new pass", async () => {
    const inputs = await loadMemoryInputs(userId);
    const themeId = await themeOfEntry(5);
    const theme = inputs.themes.find((t) => t.id === themeId)!;
    const run = runMemory(inputs.model, asMemoryEntries(inputs.entries), inputs.releases);
    const fresh = themeRetentionOverTime(run, themeParts([theme]), inputs.marks.letGo.get(themeId)?.atStep, 20);
    const chart = await readThemeRetention(userId, themeId, inputs.entries[20]!.date);
    expect(chart).toHaveLength(fresh.length);
    expect(chart!.length).toBeGreaterThan(10);
    chart!.forEach((point, k) => {
      expect(point.date).toBe(inputs.entries[fresh[k]!.index]!.date);
      expect(point.retention).toBeCloseTo(Math.exp(fresh[k]!.logRetention), 12);
      expect(point.retention).toBeLessThanOrEqual(1);
    });
    expect(await readThemeRetention(userId, themeId, "2025-01-01")).toBeNull();
  });
});
