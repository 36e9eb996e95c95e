// The memory end to end on real parts: a real SQLite file, the offline word vectors, the real model. A month
// with a recurring worry and a few clear lessons is imported as a user would; the worker reads and trains;
// the panel must show the lessons under Keep and the worry under Let go, with honest numbers.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { monthWithRecurringWorry } from "@/scripts/synthetic-journal";
import { db } from "@/lib/db";
import { importEntries } from "@/lib/journal/import";
import { saveEntry, getEntryByDate } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { setMemoryMark } from "@/lib/journal/memory-marks";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { runDueJobs } from "@/lib/jobs/memory-worker";
import { returnsOf } from "@/lib/journal/entry-links";
import { loadMemoryInputs } from "@/lib/journal/memory-inputs";
import { recurrenceWithDates } from "@/lib/memory/surface";
import { parseImportData } from "@/lib/validations/import";

const journal = monthWithRecurringWorry();
const last = journal.records[journal.records.length - 1]!.date;
let userId: string;

function datesOf(predicate: (k: number) => boolean): Set<string> {
  return new Set(journal.records.filter((_, k) => predicate(k)).map((r) => r.date));
}
const worryDates = datesOf((k) => journal.truth[k]!.worry !== null);
const lessonDates = datesOf((k) => journal.truth[k]!.lesson !== null);

beforeAll(async () => {
  userId = await createUser("month@example.com");
  const parsed = parseImportData(journal.records, { latestDay: "2099-12-31" });
  if (!parsed.ok) throw new Error("the synthetic month does not validate");
  await importEntries(userId, parsed.records);
  expect(await runDueJobs(() => {})).toBe(1);
}, 120_000);

describe("memory pipeline", () => {
  it("reads every imported entry and stores a versioned model", async () => {
    const analyses = await db.entryAnalysis.count({ where: { userId } });
    expect(analyses).toBe(journal.records.length);
    const models = await db.memoryModel.findMany({ where: { userId }, select: { version: true, kind: true } });
    expect(models).toEqual([{ version: 1, kind: "prior" }]);
  });

  it("finds recurrence from the stored links exactly as comparing every pair would", async () => {
    const { entries } = await loadMemoryInputs(userId);
    const pairwise = recurrenceWithDates(
      entries.map((e) => e.vector),
      entries.map((e) => e.date),
    );
    const links = await returnsOf(userId, last);
    expect(entries.map((e) => links.get(e.id) ?? [])).toEqual(pairwise.map((r) => r.dates));
    expect(pairwise.some((r) => r.count >= 2)).toBe(true);
  });

  it("shows the lessons under Keep and the worry under Let go", async () => {
    const panel = await readMemoryPanel(userId, last);
    if (panel.state !== "ready") throw new Error("panel not ready");
    expect(panel.keep.length).toBeGreaterThan(0);
    expect(panel.letGo.length).toBeGreaterThan(0);
    for (const item of panel.keep) expect(lessonDates.has(item.date), `Keep ${item.date}: ${item.quote}`).toBe(true);
    for (const item of panel.letGo) expect(worryDates.has(item.date), `Let go ${item.date}: ${item.quote}`).toBe(true);
    const worry = panel.letGo[0]!;
    expect(worry.returns).toBeGreaterThanOrEqual(2);
    expect(worry.explanation).toMatch(/came back in \d+ entries/);
    expect(worry.retention).toBeGreaterThan(0);
    expect(worry.retention).toBeLessThanOrEqual(1);
  });

  it("says honestly that the model is a prior until there are enough entries", async () => {
    const panel = await readMemoryPanel(userId, last);
    expect(panel.status.kind).toBe("prior");
    expect(panel.status.message).toMatch(/Needs \d+ more entr/);
  });

  it("lets go of a worry: it moves to Already let go, and back on undo", async () => {
    const before = await readMemoryPanel(userId, last);
    if (before.state !== "ready") throw new Error("panel not ready");
    const worry = before.letGo[0]!;
    expect(await setMemoryMark(userId, worry.entryId, "let-go", true)).toBe(true);
    const after = await readMemoryPanel(userId, last);
    if (after.state !== "ready") throw new Error("panel not ready");
    expect(after.letGo.map((i) => i.entryId)).not.toContain(worry.entryId);
    expect(after.alreadyLetGo.find((i) => i.entryId === worry.entryId)?.released).toBe(true);
    // Survives retraining: the mark is re-applied by every read of every model version.
    const { requestRetrain } = await import("@/lib/jobs/training-queue");
    await requestRetrain(userId, 0);
    await runDueJobs(() => {});
    const retrained = await readMemoryPanel(userId, last);
    if (retrained.state !== "ready") throw new Error("panel not ready");
    expect(retrained.alreadyLetGo.find((i) => i.entryId === worry.entryId)?.released).toBe(true);
    await setMemoryMark(userId, worry.entryId, "let-go", false);
    const undone = await readMemoryPanel(userId, last);
    if (undone.state !== "ready") throw new Error("panel not ready");
    expect(undone.alreadyLetGo.find((i) => i.entryId === worry.entryId)).toBeUndefined();
  });

  it("refuses marks on another user's entry", async () => {
    const other = await createUser("other@example.com");
    const entry = await getEntryByDate(userId, last);
    expect(await setMemoryMark(other, entry!.id, "keep", true)).toBe(false);
  });

  it("reads a saved entry at once and shows its gates for the day", async () => {
    const day = "2025-12-01";
    const entry = await saveEntry(userId, day, {
      body: "I learned that a short walk before work settles me. Next time I will walk first.",
      mood: 4,
    });
    await afterEntrySaved(userId, entry);
    const panel = await readMemoryPanel(userId, day);
    if (panel.state !== "ready") throw new Error("panel not ready");
    expect(panel.day.hasEntry).toBe(true);
    const gates = panel.day.gates!;
    for (const g of [gates.i, gates.f, gates.o]) (expect(g).toBeGreaterThan(0), expect(g).toBeLessThan(1));
    expect(gates.written).toBeGreaterThan(0);
    const job = await db.trainingJob.findUnique({ where: { userId } });
    expect(job?.status).toBe("queued");
  });

  it("has an empty state for a user with no entries", async () => {
    const fresh = await createUser("fresh@example.com");
    const panel = await readMemoryPanel(fresh, "2025-12-01");
    expect(panel.state).toBe("empty");
    expect(panel.status.message).toMatch(/Needs 28 more entries/);
  });
});
