// What the panel says about the model, as data and in phrases the interface words (./phrase.ts). Every claim is the test part's verdict
// (evaluate.ts), never the training loss:
// - below MIN_ENTRIES_TO_TRAIN: the prior, "needs N more entries";
// - prediction: "better than an average" only when the bootstrap says the model beats the EMA on the test part,
//   else "no better than an average";
// - retention: `retentionMeaning` "returns" only when its age-matched AUC for "comes back" is significantly above
//   0.5 (what constant gates give); else "recency", and the message says that "held" then means "recent".

import type { MemoryModel } from "./model-json";
import { phrase, type Phrase } from "./phrase";
import { PRIOR_ALPHA } from "./prior";
import { entriesNeeded } from "./split";

type RetentionMeaning = "returns" | "recency";

export type MemoryStatus =
  | {
      kind: "prior";
      entries: number;
      needed: number;
      retentionMeaning: "recency";
      phrases: Phrase[];
    }
  | {
      kind: "trained";
      entries: number;
      /** Prediction against the moving average on the test part ("better" only when significant). */
      verdict: "better" | "tie" | "worse";
      /** (EMA − model) / EMA next-entry loss on the test part; may be negative. */
      improvement: number;
      prediction: {
        model: number;
        ema: number;
        repeatLast: number;
        plainLstm: number | null;
        betterThanRepeatLast: boolean;
        betterThanPlainLstm: boolean | null;
      };
      retention: { auc: number | null; similarityAuc: number | null; aboveChance: boolean };
      retentionMeaning: RetentionMeaning;
      phrases: Phrase[];
    };

export function memoryStatus(model: MemoryModel, currentEntries: number = model.entriesUsed): MemoryStatus {
  if (model.kind === "prior" || !model.metrics) {
    const needed = entriesNeeded(currentEntries);
    return {
      kind: "prior",
      entries: currentEntries,
      needed,
      retentionMeaning: "recency",
      phrases: [
        needed > 0
          ? phrase("status.needsMore", { needed, alpha: PRIOR_ALPHA })
          : phrase("status.enough", { alpha: PRIOR_ALPHA }),
      ],
    };
  }
  const m = model.metrics;
  const p = m.prediction;
  const verdict = p.vsEma.verdict;
  const aboveChance = m.retention.modelAboveChance.verdict === "better";
  const retentionMeaning: RetentionMeaning = aboveChance ? "returns" : "recency";
  const words: Phrase[] = [];
  if (verdict === "better") {
    const key = p.vsRepeatLast.verdict === "better" ? "status.betterThanBoth" : "status.better";
    words.push(phrase(key, { improvement: p.improvementOverEma }));
  } else {
    words.push(phrase("status.noBetter"));
  }
  if (aboveChance) {
    const auc = m.retention.auc.model ?? 0.5;
    const sim = m.retention.auc.similarity;
    words.push(sim !== null ? phrase("status.comesBackSimilarity", { auc, sim }) : phrase("status.comesBack", { auc }));
  } else {
    words.push(phrase("status.recency"));
  }
  if (m.refitEpochs === 0) words.push(phrase("status.untilLearns", { alpha: model.head.alpha }));
  return {
    kind: "trained",
    entries: model.entriesUsed,
    verdict,
    improvement: p.improvementOverEma,
    prediction: {
      model: p.model,
      ema: p.ema.loss,
      repeatLast: p.repeatLast,
      plainLstm: p.plainLstm?.loss ?? null,
      betterThanRepeatLast: p.vsRepeatLast.verdict === "better",
      betterThanPlainLstm: p.vsPlainLstm ? p.vsPlainLstm.verdict === "better" : null,
    },
    retention: { auc: m.retention.auc.model, similarityAuc: m.retention.auc.similarity, aboveChance },
    retentionMeaning,
    phrases: words,
  };
}
