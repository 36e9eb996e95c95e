// The body of the writer's i-th entry: about 5 KB (longer than a save reads at once, so the worker reads it later and the writer is quick), so the database grows to megabytes and a backup takes a while.
export function entryText(i: number): string {
  return `Entry ${i}. ` + `Walked to the river and thought about the week, number ${i}. `.repeat(85);
}

/** The i-th day from 2020-01-01. */
export function dayNumber(i: number): string {
  return new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}
