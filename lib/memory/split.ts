// When there is enough to learn from, and which entries are held out.
//
// MIN_ENTRIES_TO_TRAIN = 28: four weeks of daily writing, so a weekly rhythm has been seen four times and the
// held-out part has at least 5 entries. Below it the prior (prior.ts) is used and the app says "needs N more".
// Held out: the newest 15% of entries, at least 5 (15% of 28 would be only 4).

export const MIN_ENTRIES_TO_TRAIN = 28;
export const HELD_OUT_FRACTION = 0.15;
export const MIN_HELD_OUT = 5;

export function heldOutCount(entries: number): number {
  return Math.max(MIN_HELD_OUT, Math.round(HELD_OUT_FRACTION * entries));
}

export function entriesNeeded(entries: number): number {
  return Math.max(0, MIN_ENTRIES_TO_TRAIN - entries);
}
