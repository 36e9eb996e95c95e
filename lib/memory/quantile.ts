// The one quantile the project uses (the memory's bootstrap and return threshold, the benchmark's percentiles):
// nearest rank, an observed value, never interpolated.

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending: the value at rank ⌈p·n⌉ (the smallest at p = 0). */
export function sortedQuantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile ${p} is not between 0 and 1`);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

/** The p-quantile of values in any order. */
export function quantile(values: readonly number[], p: number): number {
  return sortedQuantile(
    [...values].sort((a, b) => a - b),
    p,
  );
}
