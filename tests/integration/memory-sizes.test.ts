// The memory at the sizes a journal passes through: one entry (the prior, nothing to surface yet) and enough
// entries to train (the real tfjs training through the worker's code path, stored as a trained model).
import { describe, expect, it } from "vitest";
import { phraseContext, sayPhrases } from "@/i18n/phrases";
import type { Phrase } from "@/lib/memory/phrase";
import { createUser } from "../setup/users";
import { generateJournal } from "@/tests/fixtures/synthetic-journal/journal";
import { db } from "@/lib/db";
import { saveEntry } from "@/lib/journal/entries";
import { importEntries } from "@/lib/journal/import";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { runDueJobs } from "@/lib/jobs/memory-worker";
import { parseImportData } from "@/lib/validations/import";
import { trainingMetricsSchema } from "@/lib/memory/metrics";

// The status in English words, as the panel says it.
const said = (status: { phrases: Phrase[] }) => sayPhrases(status.phrases, phraseContext("en", "2026-01-01"));

describe("memory sizes", () => {
  it("with one entry: the prior, the day's gates, empty lists and how many entries are needed", async () => {
    const userId = await createUser("one@example.com");
    const entry = await saveEntry(userId, "2026-01-05", {
      body: "First day of the new job. Nervous but glad.",
      mood: 4,
    });
    await afterEntrySaved(userId, entry);
    const panel = await readMemoryPanel(userId, "2026-01-05");
    if (panel.state !== "ready") throw new Error("panel not ready");
    expect(panel.status).toMatchObject({ kind: "prior", entries: 1 });
    expect(said(panel.status)).toMatch(/^Needs 27 more entries/);
    expect(panel.day.gates?.written).toBeGreaterThan(0);
    expect([panel.keep, panel.letGo, panel.alreadyLetGo]).toEqual([[], [], []]);

    // The panel is kept between page loads, but a change of mood alone (same text) is seen at once.
    const again = await readMemoryPanel(userId, "2026-01-05");
    expect(again).toEqual(panel);
    await saveEntry(userId, "2026-01-05", { body: "First day of the new job. Nervous but glad.", mood: 1 });
    const changed = await readMemoryPanel(userId, "2026-01-05");
    if (changed.state !== "ready") throw new Error("panel not ready");
    expect(changed.day.gates?.written).not.toBeCloseTo(panel.day.gates!.written, 6);
  });

  it("with enough entries: trains, and says how it compares with both baselines", async () => {
    const userId = await createUser("sixty@example.com");
    const journal = generateJournal({ entries: 60, seed: 11, end: "2025-10-31" });
    const parsed = parseImportData(journal.records, { latestDay: "2099-12-31" });
    if (!parsed.ok) throw new Error("synthetic journal does not validate");
    await importEntries(userId, parsed.records);
    expect(await runDueJobs(() => {})).toBe(1);

    const model = await db.memoryModel.findFirstOrThrow({ where: { userId }, select: { kind: true, metrics: true } });
    expect(model.kind).toBe("trained");
    const metrics = trainingMetricsSchema.parse(JSON.parse(model.metrics));
    // Judged on the test part against every baseline, the bootstrap's verdict included.
    expect(metrics.split.test).toBeGreaterThan(0);
    expect(metrics.prediction.ema.loss).toBeGreaterThan(0);
    expect(metrics.prediction.repeatLast).toBeGreaterThan(0);
    expect(["better", "tie", "worse"]).toContain(metrics.prediction.vsEma.verdict);

    const panel = await readMemoryPanel(userId, "2025-10-31");
    expect(panel.status.kind).toBe("trained");
    expect(said(panel.status)).toMatch(/average/);
  }, 60_000);
});
