// The stored format of a user's memory model (JSON in the MemoryModel table), version 2, parsed with zod.
//
// `parseStoredModel` never throws: anything malformed, and any other format version (version 1 had other
// inputs, 6 extra features instead of 8, and no test-part metrics), gives null, and the app uses the prior and
// refits. `serializeModel` gives plain numbers only; Float32 weights survive JSON exactly (a double prints
// losslessly), and the trainer never stores −0, which JSON cannot hold.

import { z } from "zod";
import type { LstmWeights } from "./cell";
import { EXTRA_FEATURE_COUNT } from "./features";
import { trainingMetricsSchema, type TrainingMetrics } from "./metrics";
import type { PredictionHead } from "./prediction-head";

/** Bump when the stored shape or the meaning of the weights (the inputs x_t) changes. */
export const MEMORY_FORMAT_VERSION = 2;

export type MemoryModel = {
  formatVersion: typeof MEMORY_FORMAT_VERSION;
  kind: "prior" | "trained";
  weights: LstmWeights;
  head: PredictionHead;
  /** Null for the prior. */
  metrics: TrainingMetrics | null;
  /** Entries the model was fitted on. */
  entriesUsed: number;
  /** Version of the trainer that produced the weights (0 for the prior). */
  trainerVersion: number;
};

const numbers = z.array(z.number());
const positive = z.int().positive();

const storedSchema = z
  .object({
    format: z.literal("cellstate-memory"),
    formatVersion: z.literal(MEMORY_FORMAT_VERSION),
    kind: z.enum(["prior", "trained"]),
    entriesUsed: z.int().nonnegative(),
    trainerVersion: z.int().nonnegative(),
    weights: z.object({
      inputDim: positive,
      units: positive,
      kernel: numbers,
      recurrentKernel: numbers,
      bias: numbers,
    }),
    head: z.object({
      alpha: z.number().gt(0).lt(1),
      embeddingDim: positive,
      outKernel: numbers,
      outBias: numbers,
      moodKernel: numbers,
      moodBias: z.number(),
    }),
    metrics: trainingMetricsSchema.nullable(),
  })
  .superRefine((m, ctx) => {
    const { inputDim, units } = m.weights;
    const D = m.head.embeddingDim;
    const expect = (ok: boolean, message: string) => ok || ctx.addIssue({ code: "custom", message });
    expect(inputDim === D + EXTRA_FEATURE_COUNT, `inputDim must be embeddingDim + ${EXTRA_FEATURE_COUNT}`);
    expect(m.weights.kernel.length === inputDim * 4 * units, "kernel must be inputDim × 4·units");
    expect(m.weights.recurrentKernel.length === units * 4 * units, "recurrentKernel must be units × 4·units");
    expect(m.weights.bias.length === 4 * units, "bias must be 4·units");
    expect(m.head.outKernel.length === units * D, "outKernel must be units × embeddingDim");
    expect(m.head.outBias.length === D, "outBias must be embeddingDim");
    expect(m.head.moodKernel.length === units, "moodKernel must be units");
    expect((m.kind === "prior") === (m.metrics === null), "a trained model has metrics, the prior none");
  });

type MemoryModelJson = z.infer<typeof storedSchema>;

export function serializeModel(model: MemoryModel): MemoryModelJson {
  const w = model.weights;
  const h = model.head;
  return {
    format: "cellstate-memory",
    formatVersion: model.formatVersion,
    kind: model.kind,
    entriesUsed: model.entriesUsed,
    trainerVersion: model.trainerVersion,
    weights: {
      inputDim: w.inputDim,
      units: w.units,
      kernel: Array.from(w.kernel),
      recurrentKernel: Array.from(w.recurrentKernel),
      bias: Array.from(w.bias),
    },
    head: {
      alpha: h.alpha,
      embeddingDim: h.embeddingDim,
      outKernel: Array.from(h.outKernel),
      outBias: Array.from(h.outBias),
      moodKernel: Array.from(h.moodKernel),
      moodBias: h.moodBias,
    },
    metrics: model.metrics,
  };
}

/** The stored model, or null for anything malformed or of another format version (then: prior, and refit). */
export function parseStoredModel(json: unknown): MemoryModel | null {
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return null;
  const m = parsed.data;
  return {
    formatVersion: m.formatVersion,
    kind: m.kind,
    weights: {
      inputDim: m.weights.inputDim,
      units: m.weights.units,
      kernel: Float32Array.from(m.weights.kernel),
      recurrentKernel: Float32Array.from(m.weights.recurrentKernel),
      bias: Float32Array.from(m.weights.bias),
    },
    head: {
      alpha: m.head.alpha,
      embeddingDim: m.head.embeddingDim,
      outKernel: Float32Array.from(m.head.outKernel),
      outBias: Float32Array.from(m.head.outBias),
      moodKernel: Float32Array.from(m.head.moodKernel),
      moodBias: m.head.moodBias,
    },
    metrics: m.metrics,
    entriesUsed: m.entriesUsed,
    trainerVersion: m.trainerVersion,
  };
}
