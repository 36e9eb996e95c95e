// `npm run bench`: how long the memory model takes on this machine. Training time (median of 3 runs) for 365 and
// 3,000 entries, and the plain-TS forward pass: one step on stored state (what saving an entry costs) and a full
// read of the history (what the panel costs). Synthetic journals of D = 100 unit vectors with structure (drifting
// topics plus a theme that returns every Sunday), from tests/unit/memory/fixtures.ts.
// Targets (issue 3): training under 3 s for 365 entries and under 20 s for 3,000.
// CELLSTATE_TF_BACKEND=cpu measures the cpu fallback instead of wasm.
import { ensureBackend } from "../lib/memory/backend";
import { extendMemoryRun, fitMemory, readMemory, readRun, runMemory, type MemoryModel } from "../lib/memory/model";
import { syntheticJournal } from "../tests/unit/memory/fixtures";

const TARGETS_MS: Record<number, number> = { 365: 3_000, 3_000: 20_000 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
  const backend = await ensureBackend();
  console.log(`tfjs backend: ${backend}, node ${process.version}, H = 32, D = 100\n`);
  // Warm-up: wasm start-up and JIT, so the first measured run is not penalised.
  await fitMemory(syntheticJournal(60, "weekly", 99), { maxEpochs: 3 });

  let failed = false;
  for (const n of [365, 3_000]) {
    const entries = syntheticJournal(n, "weekly", 1);
    const times: number[] = [];
    let model: MemoryModel | null = null;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      model = await fitMemory(entries);
      times.push(performance.now() - started);
    }
    const m = model!.metrics!;
    const trainMs = median(times);
    const target = TARGETS_MS[n]!;
    const ok = trainMs < target;
    failed ||= !ok;
    console.log(`${n} entries`);
    console.log(
      `  training: median ${seconds(trainMs)} of [${times.map(seconds).join(", ")}]; target < ${seconds(target)}: ${ok ? "met" : "NOT MET"}`,
    );
    console.log(
      `  ${m.epochs} epochs (best ${m.bestEpoch}, stopped by ${m.stopReason}); held-out cosine loss ${m.heldOutLoss.toFixed(4)}` +
        ` vs EMA(α=${m.baselines.ema.alpha}) ${m.baselines.ema.loss.toFixed(4)} and repeat-last ${m.baselines.repeatLast.toFixed(4)}` +
        ` (${(100 * m.comparison.improvement).toFixed(1)}% better, verdict ${m.comparison.verdict})`,
    );

    // Reading the whole history (what the panel does): median of 5.
    const reads: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      readMemory(model!, entries, [{ index: Math.floor(n / 2), atStep: n - 1 }]);
      reads.push(performance.now() - started);
    }
    const readMs = median(reads);
    console.log(
      `  read whole history (forward, gates, κ, drivers): ${readMs.toFixed(1)} ms, ${((1000 * readMs) / n).toFixed(1)} µs per entry`,
    );

    // Writing today's entry: one step on the kept pass, then the panel's reading of it (what the app does).
    const kept = runMemory(model!, entries.slice(0, n - 1));
    const repeats = 20;
    const started = performance.now();
    for (let k = 0; k < repeats; k++) {
      readRun(model!, extendMemoryRun(model!, kept, entries[n - 1]!, entries[n - 2]!.date), entries);
    }
    const stepMs = (performance.now() - started) / repeats;
    console.log(`  today's entry on the kept pass (one step + reading): ${stepMs.toFixed(2)} ms\n`);
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
