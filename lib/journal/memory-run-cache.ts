// The forward pass of each user's journal, kept in the server process. Writing today's entry (the newest) then
// costs one cell step on the kept pass instead of a new pass over the whole journal: this is the "one forward
// step on save" of the memory contract. Anything else (an edit of an older entry, a new model, a changed let-go)
// runs the pass again.
import { extendMemoryRun, runMemory, type MemoryModel, type Release, type SequenceRun } from "@/lib/memory/model";
import { truncateRun } from "@/lib/memory/cell";
import { addDays } from "@/lib/dates";
import { SIMILARITY_WINDOW_DAYS, THEME_WINDOW_DAYS } from "@/lib/memory/features";
import { SizedLru } from "@/lib/sized-lru";
import { asMemoryEntries, type AnalysedEntry } from "./memory-inputs";

type Kept = { modelKey: string; keys: string[]; releases: Release[]; run: SequenceRun };

// A kept pass costs about 1.5 KB per entry (six gate and state rows of H = 32 doubles). Passes are kept for the
// users seen most recently, up to this many entries in all (about 60 MB: 100 journals of a year, or 13 of 3,000
// entries), so the server's memory does not grow with the number of accounts.
const KEPT_STEPS = 40_000;

const kept = new SizedLru<string, Kept>(KEPT_STEPS, (k) => k.run.steps);

const releaseKey = (r: Release) => `${r.parts.map((p) => `${p.index}:${p.share}`).join("+")}@${r.atStep}`;

function sameReleasesBefore(a: readonly Release[], b: readonly Release[], step: number): boolean {
  const before = (list: readonly Release[]) =>
    list
      .filter((r) => r.atStep < step)
      .map(releaseKey)
      .sort()
      .join(",");
  return before(a) === before(b);
}

function samePrefix(a: readonly string[], b: readonly string[], length: number): boolean {
  for (let k = 0; k < length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export function memoryRun(
  userId: string,
  modelKey: string,
  model: MemoryModel,
  entries: readonly AnalysedEntry[],
  releases: readonly Release[],
): SequenceRun {
  const keys = entries.map((e) => e.key);
  const last = keys.length - 1;
  const old = kept.get(userId);
  let run: SequenceRun | null = null;
  if (old && old.modelKey === modelKey && last >= 0 && last <= old.keys.length && samePrefix(keys, old.keys, last)) {
    const unchanged =
      old.keys.length === keys.length &&
      old.keys[last] === keys[last] &&
      sameReleasesBefore(old.releases, releases, Infinity);
    if (unchanged) return old.run;
    if (sameReleasesBefore(old.releases, releases, last) && !releases.some((r) => r.atStep > last)) {
      const base = old.keys.length === last ? old.run : truncateRun(old.run, last);
      const here = releases.filter((r) => r.atStep === last);
      // The new step's inputs read the entries of the weeks before it (similarity, themes that recur).
      const cutoff = addDays(entries[last]!.date, -(Math.max(SIMILARITY_WINDOW_DAYS, THEME_WINDOW_DAYS) + 1));
      let from = last;
      while (from > 0 && entries[from - 1]!.date >= cutoff) from--;
      const window = asMemoryEntries(entries.slice(from, last + 1));
      run = extendMemoryRun(model, base, window.at(-1)!, window.slice(0, -1), here);
    }
  }
  run ??= runMemory(model, asMemoryEntries(entries), releases);
  kept.set(userId, { modelKey, keys, releases: [...releases], run });
  return run;
}
