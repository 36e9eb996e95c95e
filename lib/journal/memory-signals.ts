// What the memory panel and the weekly summaries both need besides the model's reading: each theme's evidence
// from the user's moods on its days (lib/memory/surface.ts `evidenceOf` does the rest).
import { evidenceOf, type ThemeEvidence } from "@/lib/memory/surface";
import type { ThemeReading } from "@/lib/memory/theme-reading";
import type { AnalysedEntry } from "./memory-inputs";

/** Evidence of themes read over these entries (the journal up to the day read). */
export function evidenceFor(entries: readonly AnalysedEntry[]): (theme: ThemeReading) => ThemeEvidence {
  const moodOn = new Map<string, number>();
  for (const e of entries) if (e.mood !== null) moodOn.set(e.date, e.mood);
  const moods = [...moodOn.values()];
  const meanMood = moods.length > 0 ? moods.reduce((a, b) => a + b, 0) / moods.length : null;
  const cache = new Map<string, ThemeEvidence>();
  return (theme) => {
    let e = cache.get(theme.id);
    if (!e) cache.set(theme.id, (e = evidenceOf(theme, (d) => moodOn.get(d) ?? null, meanMood)));
    return e;
  };
}
