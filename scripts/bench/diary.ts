// A real diary through the app's own functions (`npm run bench -- --diary PATH`; the diary in ../shared/data by
// default when it is there): import until the first model, the journal's memory panel the first time since the
// server started, the first time after a change and on repeated views, and saves. The figures of the memory issue are the targets (targets.ts).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { BenchContext } from "./context";
import type { Figure, SectionResult } from "./figures";
import { quantile, since } from "./stats";

const diarySchema = z.array(z.object({ date: z.string(), body: z.string(), mood: z.number().int().optional() }));

/** A diary file as [{date, body, mood?}]; throws saying what is wrong with one that is not. */
export function readDiary(file: string): z.infer<typeof diarySchema> {
  return diarySchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

export const DEFAULT_DIARY = path.resolve(__dirname, "..", "..", "..", "shared", "data", "pepys-diary.json");

const REPEATS = 20;
const SAVES = 10;

export async function benchDiary(context: BenchContext, file: string | null): Promise<SectionResult> {
  if (!file || !fs.existsSync(file)) {
    return { figures: [], notes: [`No diary to read (${file ?? "none given"}): pass --diary PATH.`] };
  }
  const { signUp } = await import("../../lib/auth/accounts");
  const { importEntries } = await import("../../lib/journal/import");
  const { retrainMemory } = await import("../../lib/journal/memory-training");
  const { readMemoryPanel } = await import("../../lib/journal/memory-panel");
  const { saveEntry } = await import("../../lib/journal/entries");
  const { afterEntrySaved } = await import("../../lib/journal/memory-hooks");
  const { addDays } = await import("../../lib/dates");

  const records = readDiary(file);
  const account = await signUp({ email: "diary@bench.invalid", password: "benchmark only" });
  if (!account.ok) throw new Error(`sign-up failed: ${account.reason}`);
  const userId = account.user.id;

  let started = performance.now();
  await importEntries(
    userId,
    records.map((r) => ({ date: r.date, body: r.body, mood: r.mood ?? null, tags: [] })),
  );
  const trained = await retrainMemory(userId);
  const importSeconds = since(started) / 1000;
  context.log(`  diary: ${records.length} entries imported, read and trained in ${importSeconds.toFixed(1)} s`);

  const last = records
    .map((r) => r.date)
    .sort()
    .at(-1)!;
  const day = addDays(last, 1);
  // The writer opens their journal (the server's first view of it: every row read, the whole forward pass),
  // then writes: what follows is the view "the first time after a change".
  started = performance.now();
  await readMemoryPanel(userId, last);
  const coldView = since(started);
  const saves: number[] = [];
  for (let k = 0; k < SAVES; k++) {
    started = performance.now();
    const entry = await saveEntry(userId, day, {
      body: `Up betimes and to the office. Troubled in mind about my accounts (${k}), but resolved to mend it.`,
      mood: null,
    });
    await afterEntrySaved(userId, entry);
    saves.push(since(started));
  }
  started = performance.now();
  await readMemoryPanel(userId, day);
  const firstAfterChange = since(started);
  const repeated: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    started = performance.now();
    await readMemoryPanel(userId, day);
    repeated.push(since(started));
  }

  const figure = (key: string, label: string, unit: Figure["unit"], runs: number[], detail?: string): Figure => ({
    key: `diary.${key}`,
    section: "diary",
    label,
    unit,
    runs,
    detail,
  });
  return {
    figures: [
      figure(
        "import.total",
        "Diary: import, reading and first training",
        "s",
        [importSeconds],
        `${trained.kind} model, ${records.length} entries`,
      ),
      figure("panel.cold", "Diary: memory panel, first view since the server started", "ms", [coldView]),
      figure("panel.first", "Diary: memory panel, first view after a save", "ms", [firstAfterChange]),
      figure("panel.repeat.p95", "Diary: memory panel, repeated views p95", "ms", [quantile(repeated, 0.95)]),
      figure("save.p95", "Diary: saving an entry (analysis, themes, retrain queued) p95", "ms", [
        quantile(saves, 0.95),
      ]),
    ],
    notes: [`Diary: ${path.basename(file)}, ${records.length} entries, ${trained.entries} read by the memory.`],
  };
}
