// When there is enough to learn from, and the chronological split every fit and every reported number uses.
//
// MIN_ENTRIES_TO_TRAIN = 28: four weeks of daily writing, so a weekly rhythm has been seen four times and the
// validation and test parts have at least 4 and 5 entries. Below it the prior (prior.ts) is used and the app says
// "needs N more".
//
// Split, oldest to newest: train 70% / validation 15% / test 15% (validation at least 4 entries, test at least 5;
// at 28 entries 19 / 4 / 5). The training part fits the weights; the validation part chooses the number of
// epochs; the test part is touched only to report (evaluate.ts). Entries are never shuffled across parts.

export const MIN_ENTRIES_TO_TRAIN = 28;
const VALIDATION_FRACTION = 0.15;
const TEST_FRACTION = 0.15;
const MIN_VALIDATION = 4;
const MIN_TEST = 5;

/** Entries [0, trainEnd) train, [trainEnd, validationEnd) validate, [validationEnd, entries) test. */
export type Split = { entries: number; trainEnd: number; validationEnd: number };

export function chronologicalSplit(entries: number): Split {
  if (!(Number.isInteger(entries) && entries >= MIN_ENTRIES_TO_TRAIN)) {
    throw new RangeError(`a split needs at least ${MIN_ENTRIES_TO_TRAIN} entries, got ${entries}`);
  }
  const test = Math.max(MIN_TEST, Math.round(TEST_FRACTION * entries));
  const validation = Math.max(MIN_VALIDATION, Math.round(VALIDATION_FRACTION * entries));
  const validationEnd = entries - test;
  return { entries, trainEnd: validationEnd - validation, validationEnd };
}

export function entriesNeeded(entries: number): number {
  return Math.max(0, MIN_ENTRIES_TO_TRAIN - entries);
}
