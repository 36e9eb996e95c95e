// How a piece of work grows with its input. Linear work costs about 10× from 10 KB to 100 KB; the quadratic
// patterns this guards against cost about 100× (or ran for minutes). Each size is timed a few times and the
// fastest run counts, so a test on a loaded 2-core machine compares the work itself, not whatever else ran;
// the large input is run again only while it is over the limit, which keeps a passing test quick.
export const SMALL_BYTES = 10 * 1024;
export const LARGE_BYTES = 100 * 1024;
const MAX_GROWTH = 20;
// Below this a 10 KB run is mostly timer and collector noise: growth is measured against at least this much. At
// 2 ms the embedding of 100 KB of prose (linear: 10, 30, 70, 110 ms at 10, 50, 100, 200 KB) failed now and then on
// a loaded machine, when one collection of its many arrays landed in every timed run.
const NOISE_FLOOR_MS = 5;

type Growth = { smallMs: number; largeMs: number; allowedMs: number };

// Available when vitest runs with --expose-gc (vitest.config.mts).
const collect = globalThis.gc;

async function timed(run: () => unknown): Promise<number> {
  collect?.();
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function measureGrowth(
  runSmall: () => unknown,
  runLarge: () => unknown,
  { smallRuns = 3, largeRuns = 5 } = {},
): Promise<Growth> {
  let smallMs = Infinity;
  for (let k = 0; k < smallRuns; k++) smallMs = Math.min(smallMs, await timed(runSmall));
  const allowedMs = MAX_GROWTH * Math.max(smallMs, NOISE_FLOOR_MS);
  let largeMs = Infinity;
  for (let k = 0; k < largeRuns && largeMs >= allowedMs; k++) largeMs = Math.min(largeMs, await timed(runLarge));
  return { smallMs, largeMs, allowedMs };
}
