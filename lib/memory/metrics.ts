// What a fit reports (train.ts makes it, evaluate.ts fills the test-part sections), as one zod schema: the type
// is inferred from it and model-json.ts parses stored metrics with it, so the two cannot drift apart. Every
// number is finite (JSON has no Infinity or NaN): undefined quantities are null.

import { z } from "zod";

const num = z.number();
const maybe = z.number().nullable();
const count = z.int().nonnegative();

/** A bootstrap verdict that may be undefined (too little data): all numbers null, verdict "tie". */
const maybeVerdictSchema = z.object({
  estimate: maybe,
  lower: maybe,
  upper: maybe,
  verdict: z.enum(["better", "tie", "worse"]),
});

const validationLossesSchema = z.object({ next: maybe, mood: maybe, rank: maybe, auc: maybe });

export const trainingMetricsSchema = z.object({
  /** Entries in each chronological part (split.ts). */
  split: z.object({ train: count, validation: count, test: count }),
  /** Choosing the number of epochs: fitted on the training part, scored on the validation part. */
  selection: z.object({
    epochsRun: count,
    chosenEpoch: count,
    stopReason: z.enum(["patience", "maxEpochs", "timeBudget", "fixed"]),
    validation: validationLossesSchema,
  }),
  /** The stored weights: refitted on every entry for `chosenEpoch` epochs. */
  refitEpochs: count,
  /**
   * Next-entry cosine loss on the test part, for weights fitted on train + validation. Each `vs…` is the
   * moving-block bootstrap of baseline − model per target: "better" means the model's loss is lower.
   */
  prediction: z.object({
    targets: count,
    model: num,
    repeatLast: num,
    ema: z.object({ alpha: num, loss: num }),
    /** The EMA-equivalent cell (constant gates, epoch 0): predicts exactly the EMA, so the same loss. */
    constantGates: num,
    plainLstm: z.object({ loss: num, epochs: count }).nullable(),
    /** (EMA − model) / EMA. */
    improvementOverEma: num,
    vsRepeatLast: maybeVerdictSchema,
    vsEma: maybeVerdictSchema,
    vsPlainLstm: maybeVerdictSchema.nullable(),
  }),
  /** Mood head on the test part (scaled −1..1): its MSE and that of predicting the fitted mean. */
  mood: z.object({ testMse: maybe, meanBaselineMse: maybe }),
  /**
   * Age-matched AUC of ln retention for "comes back more than 14 days later", at evaluation points in the test
   * part (weights fitted on train + validation, labels from entries after each point).
   */
  retention: z.object({
    labels: z.enum(["themes", "embeddings"]),
    threshold: maybe,
    points: count,
    items: count,
    returning: count,
    auc: z.object({ model: maybe, similarity: maybe, age: maybe, averagedGates: maybe }),
    /** Bootstrap of the model's AUC against 0.5 (constant gates). */
    modelAboveChance: maybeVerdictSchema,
    /** Bootstrap of AUC(model) − AUC(similarity) against 0. */
    modelVsSimilarity: maybeVerdictSchema,
  }),
  /** Of the stored (refitted) weights over every entry (timescales.ts). */
  timescales: z.object({
    meanGapDays: num,
    halfLivesEntries: z.array(maybe),
    halfLivesDays: z.array(maybe),
    slowUnits: z.array(count),
    slowWriteShare: z.object({ returning: maybe, notReturning: maybe }),
  }),
  lossWeights: z.object({ mood: num, rank: num, weightDecay: num }),
  entriesUsed: count,
  backend: z.enum(["wasm", "cpu"]),
  /** Wall time of the whole fit (selection, train + validation fit, refit, baselines, evaluation). */
  trainMs: num,
});

export type TrainingMetrics = z.infer<typeof trainingMetricsSchema>;
type MaybeVerdict = z.infer<typeof maybeVerdictSchema>;

/** A bootstrap verdict with NaN turned into null (JSON-safe). */
export function maybeVerdict(v: { estimate: number; lower: number; upper: number; verdict: MaybeVerdict["verdict"] }) {
  const f = (x: number) => (Number.isFinite(x) ? x : null);
  return { estimate: f(v.estimate), lower: f(v.lower), upper: f(v.upper), verdict: v.verdict };
}

/** NaN or ±∞ → null. */
export function finiteOrNull(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}
