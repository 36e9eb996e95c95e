// How much of one theme the memory held after each entry since it first came up: the data of its chart, read
// from the kept pass (memory-run-cache.ts). Null when the theme is not this user's or not in memory yet.
import { themeRetentionOverTime } from "@/lib/memory/theme-contributions";
import { themeParts } from "@/lib/memory/theme-reading";
import { memoryRun } from "./memory-run-cache";
import { lastIndexOnOrBefore, loadMemoryInputs } from "./memory-inputs";

export async function readThemeRetention(userId: string, themeId: string, day: string) {
  const inputs = await loadMemoryInputs(userId);
  const theme = inputs.themes.find((t) => t.id === themeId);
  const at = lastIndexOnOrBefore(inputs.entries, day);
  if (!theme || at < 0 || theme.occurrences[0]!.index > at) return null;
  const run = memoryRun(userId, inputs.modelKey, inputs.model, inputs.entries, inputs.releases);
  const points = themeRetentionOverTime(run, themeParts([theme]), inputs.marks.letGo.get(themeId)?.atStep, at);
  return points.map((p) => ({ date: inputs.entries[p.index]!.date, retention: Math.exp(p.logRetention) }));
}
