// Text work on hostile entries (tests/fixtures/adversarial-text.ts): the worst shape's time at 100 KB, the
// largest entry the editor accepts, for the Markdown stripping every page and save runs, and for the whole
// reading (sentences, cues, valence, embedding) a save runs inline up to 4 KB and the worker runs beyond.
import { ADVERSARIAL_SHAPES } from "../../tests/fixtures/adversarial-text";
import type { BenchContext } from "./context";
import type { Figure, SectionResult } from "./figures";

const BYTES = 100 * 1024;
const RUNS = 3;

type Path = { key: string; label: string; run: (text: string) => unknown };

export async function benchText({ log }: BenchContext): Promise<SectionResult> {
  const { plainBlocks } = await import("../../lib/text/markdown");
  const { sentencesOf } = await import("../../lib/text/sentences");
  const { textSignals } = await import("../../lib/text/valence");
  const { LocalEmbedder } = await import("../../lib/embedding");
  const embedder = new LocalEmbedder();
  const paths: Path[] = [
    { key: "text.markdown.100kb", label: "Markdown stripping of a 100 KB entry, worst shape", run: plainBlocks },
    {
      key: "text.read.100kb",
      label: "whole reading of a 100 KB entry, worst shape",
      run: (text) => {
        const sentences = sentencesOf(text);
        textSignals(sentences);
        return embedder.embedEntry(text, sentences);
      },
    },
  ];
  paths[1]!.run("Warm up: load the model and the word vectors.");

  const figures: Figure[] = [];
  for (const path of paths) {
    log(`text: ${path.label}`);
    // Each run times every shape; the run's figure is its slowest shape.
    const worst: { ms: number; shape: string }[] = [];
    for (let run = 0; run < RUNS; run++) {
      let slowest = { ms: 0, shape: "" };
      for (const shape of ADVERSARIAL_SHAPES) {
        const text = shape.make(BYTES);
        const started = performance.now();
        path.run(text);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, shape: shape.name };
      }
      worst.push(slowest);
    }
    figures.push({
      key: path.key,
      section: "text",
      label: path.label,
      unit: "ms",
      runs: worst.map((w) => w.ms),
      detail: `slowest: ${[...new Set(worst.map((w) => w.shape))].join(", ")}`,
    });
  }
  return { figures, notes: [] };
}
