// Small synthetic journals for the memory tests and the benchmark: unit-length D-dim "embeddings" with a known
// structure, so a test can say what a model should and should not be able to learn.
import type { MemoryEntry } from "../../../lib/memory/features";
import { seededRandom } from "../../../lib/memory/initial-weights";

function gaussian(random: () => number): number {
  // Box–Muller; 1 − u keeps log away from 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function unit(v: number[]): number[] {
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
}

function randomUnit(random: () => number, D: number): number[] {
  return unit(Array.from({ length: D }, () => gaussian(random)));
}

function dateAfter(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type JournalKind =
  /** Independent random entries: nothing to learn beyond an average. */
  | "noise"
  /** Slowly drifting topics, and every Sunday the same worry comes back (learnable from the weekday). */
  | "weekly";

/**
 * A daily journal of `n` entries starting on a Monday. "weekly": weekday entries mix a slowly drifting topic
 * with noise; every Sunday's entry is the same recurring theme plus a little noise, with a low mood.
 */
export function syntheticJournal(n: number, kind: JournalKind, seed = 7, D = 100): MemoryEntry[] {
  const random = seededRandom(seed);
  const theme = randomUnit(random, D);
  let topic = randomUnit(random, D);
  const entries: MemoryEntry[] = [];
  for (let t = 0; t < n; t++) {
    const date = dateAfter("2025-01-06", t); // a Monday
    if (kind === "noise") {
      entries.push({
        embedding: randomUnit(random, D),
        valence: 2 * random() - 1,
        mood: 1 + Math.floor(random() * 5),
        date,
      });
      continue;
    }
    const drift = randomUnit(random, D);
    topic = unit(topic.map((x, d) => x + 0.3 * drift[d]!));
    const noise = randomUnit(random, D);
    const sunday = t % 7 === 6;
    const embedding = sunday
      ? unit(theme.map((x, d) => x + 0.4 * noise[d]!))
      : unit(topic.map((x, d) => x + 0.9 * noise[d]!));
    entries.push({ embedding, valence: sunday ? -0.6 : 0.2, mood: sunday ? 2 : 4, date });
  }
  return entries;
}
