// `npm run eval:memory -- --diary PATH`: a real, unlabelled diary through the same pipeline, and what the panel
// says on its last day and three earlier days, to be read as its writer would. Also times the panel.
import fs from "node:fs";
import { z } from "zod";

const diarySchema = z.array(z.object({ date: z.string(), body: z.string(), mood: z.number().optional() }));

type UserWith = (
  email: string,
  records: { date: string; body: string; mood?: number }[],
) => Promise<{ userId: string; trained: { kind: string; entries: number; ms: number } }>;

export async function diaryReport(file: string, userWith: UserWith): Promise<void> {
  const { readMemoryPanel } = await import("../../lib/journal/memory-panel");
  const { phraseContext, sayPhrases } = await import("../../i18n/phrases");
  const records = diarySchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const started = performance.now();
  const { userId, trained } = await userWith("diary@eval.invalid", records);
  console.log(
    `\nDiary ${file}: ${records.length} entries; import, reading and training took ${((performance.now() - started) / 1000).toFixed(1)} s (${trained.kind} model, ${trained.ms} ms training).`,
  );
  const { loadMemoryInputs } = await import("../../lib/journal/memory-inputs");
  const m = (await loadMemoryInputs(userId)).model.metrics;
  if (m) {
    const pct = (v: number | null) => (v === null ? "–" : `${(100 * v).toFixed(0)}%`);
    const { auc, modelAboveChance, modelVsSimilarity } = m.retention;
    console.log(
      `Selection: ${m.selection.epochsRun} epochs run, epoch ${m.selection.chosenEpoch} chosen (${m.selection.stopReason}), refitted for ${m.refitEpochs}. ` +
        `Test part: next-entry loss ${m.prediction.model.toFixed(4)} vs EMA ${m.prediction.ema.loss.toFixed(4)} (${m.prediction.vsEma.verdict}); ` +
        `age-matched AUC of retention for a return after 14 days ${pct(auc.model)} (above chance: ${modelAboveChance.verdict}), ` +
        `similarity ${pct(auc.similarity)} (model − similarity: ${modelVsSimilarity.verdict}), age ${pct(auc.age)}, ` +
        `averaged gates ${pct(auc.averagedGates)}; ${m.retention.items} items, ${m.retention.returning} returning (${m.retention.labels}).`,
    );
  }
  const dates = records.map((r) => r.date).sort();
  const days = [0.25, 0.5, 0.75, 1].map((q) => dates[Math.min(dates.length - 1, Math.floor(q * (dates.length - 1)))]!);
  for (const day of days) {
    const t0 = performance.now();
    const panel = await readMemoryPanel(userId, day);
    const first = performance.now() - t0;
    const t1 = performance.now();
    await readMemoryPanel(userId, day);
    const again = performance.now() - t1;
    console.log(`\n=== ${day} (panel ${first.toFixed(0)} ms first, ${again.toFixed(0)} ms again) ===`);
    const english = phraseContext("en", day);
    console.log(sayPhrases(panel.status.phrases, english));
    if (panel.state !== "ready") continue;
    for (const [name, items] of [
      ["Keep", panel.keep],
      ["Let go", panel.letGo],
      ["Already let go", panel.alreadyLetGo],
    ] as const) {
      console.log(`\n${name}:`);
      if (items.length === 0) console.log("  (nothing)");
      for (const item of items) {
        for (const q of item.quotes) console.log(`  “${q.text.slice(0, 160)}” (${q.date})`);
        console.log(`    ${sayPhrases(item.explanation, english)}`);
      }
    }
  }
}
