// The labelled journals of tests/fixtures/journals (see its README), parsed, and how a theme the memory found
// is matched to the labels: each of its sentences is found in the fixture entry of its day by text, and the
// theme takes the label and the labelled theme most of its sentences carry.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const label = z.enum(["lesson", "rumination", "neutral"]);

const journalSchema = z.object({
  id: z.string(),
  writer: z.string(),
  language: z.enum(["en", "zh"]),
  moods: z.boolean(),
  avoidsCuePhrases: z.boolean(),
  themes: z.record(z.string(), z.object({ kind: label, about: z.string(), activeAtEnd: z.boolean().optional() })),
  entries: z.array(
    z.object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      mood: z.number().int().min(1).max(5).optional(),
      tags: z.array(z.string()).optional(),
      sentences: z.array(z.object({ text: z.string(), label, theme: z.string().nullable() })),
    }),
  ),
});

export type Label = z.infer<typeof label>;
export type Journal = z.infer<typeof journalSchema> & { set: "tune" | "held-out" };

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "journals");

export function loadJournals(sets: readonly ("tune" | "held-out")[]): Journal[] {
  // Between rounds (a scored round joined tune/, the next not written yet) held-out/ may not exist.
  return sets.flatMap((set) =>
    (fs.existsSync(path.join(FIXTURES, set)) ? fs.readdirSync(path.join(FIXTURES, set)) : [])
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => ({ ...journalSchema.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, set, f), "utf8"))), set })),
  );
}

export function bodyOf(journal: Journal, entry: Journal["entries"][number]): string {
  return entry.sentences.map((s) => s.text).join(journal.language === "zh" ? "" : " ");
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** The labelled sentence of that day that a sentence of ours was read from (the longest overlap), or null. */
export function labelOf(journal: Journal, date: string, text: string): { label: Label; theme: string | null } | null {
  const entry = journal.entries.find((e) => e.date === date);
  if (!entry) return null;
  const ours = squash(text);
  let best: { label: Label; theme: string | null; overlap: number } | null = null;
  for (const s of entry.sentences) {
    const theirs = squash(s.text);
    const overlap = ours.includes(theirs) ? theirs.length : theirs.includes(ours) ? ours.length : 0;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { label: s.label, theme: s.theme, overlap };
  }
  return best && { label: best.label, theme: best.theme };
}

/** The label and labelled theme most of a found theme's sentences carry. */
export function majority(
  journal: Journal,
  sentences: readonly { date: string; text: string }[],
): { label: Label; theme: string | null } {
  const labels = new Map<Label, number>();
  const themes = new Map<string, number>();
  for (const s of sentences) {
    const found = labelOf(journal, s.date, s.text);
    if (!found) continue;
    labels.set(found.label, (labels.get(found.label) ?? 0) + 1);
    if (found.theme) themes.set(found.theme, (themes.get(found.theme) ?? 0) + 1);
  }
  const top = <K>(m: Map<K, number>): K | null => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { label: top(labels) ?? "neutral", theme: top(themes) };
}
