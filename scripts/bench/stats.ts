// Summaries of repeated measurements. Every figure in the report is the median over repeated runs with the
// smallest and largest run beside it, so one noisy run (the machine is shared) shows up as spread instead of
// moving the figure.

export { quantile } from "../../lib/memory/quantile";

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
