// How a lesson-shape detector does on a labelled set of sentences: shared by the English and Chinese tests.
type Labelled = readonly (readonly [boolean, string])[];

/** True and false positives and misses at score ≥ ½. */
export function shapeCounts(set: Labelled, score: (text: string) => number) {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const [lesson, text] of set) {
    const found = score(text) >= 0.5;
    if (found && lesson) counts.tp++;
    else if (found) counts.fp++;
    else if (lesson) counts.fn++;
  }
  return counts;
}
