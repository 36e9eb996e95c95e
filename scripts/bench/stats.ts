// Summaries of repeated measurements. Every figure in the report is the median over repeated runs with the
// smallest and largest run beside it, so one noisy run (the machine is shared) shows up as spread instead of
// moving the figure.

/** The q-th percentile (0..100) of the values, nearest-rank on the sorted list: an observed value, never interpolated. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((q / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds since `started` (a performance.now() reading). */
export function since(started: number): number {
  return performance.now() - started;
}
