// What the panel says about the model, as data and in plain words. Every claim is the test part's verdict
// (evaluate.ts), never the training loss:
// - below MIN_ENTRIES_TO_TRAIN: the prior, "needs N more entries";
// - prediction: "better than an average" only when the bootstrap says the model beats the EMA on the test part,
//   else "no better than an average";
// - retention: `retentionMeaning` "returns" only when its age-matched AUC for "comes back" is significantly above
//   0.5 (what constant gates give); else "recency", and the message says that "held" then means "recent".

import type { MemoryModel } from "./model-json";
import { PRIOR_ALPHA } from "./prior";
import { entriesNeeded } from "./split";

type RetentionMeaning = "returns" | "recency";

export type MemoryStatus =
  | {
      kind: "prior";
      entries: number;
      needed: number;
      retentionMeaning: "recency";
      message: string;
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
      message: string;
    };

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function memoryStatus(model: MemoryModel, currentEntries: number = model.entriesUsed): MemoryStatus {
  if (model.kind === "prior" || !model.metrics) {
    const needed = entriesNeeded(currentEntries);
    const fade = `your memory fades by ${percent(PRIOR_ALPHA)} per entry, so "held" means "recent"`;
    return {
      kind: "prior",
      entries: currentEntries,
      needed,
      retentionMeaning: "recency",
      message:
        needed > 0
          ? `Needs ${needed} more ${needed === 1 ? "entry" : "entries"} to learn from; until then ${fade}.`
          : `Enough entries to learn from; until training finishes ${fade}.`,
    };
  }
  const m = model.metrics;
  const p = m.prediction;
  const verdict = p.vsEma.verdict;
  const aboveChance = m.retention.modelAboveChance.verdict === "better";
  const retentionMeaning: RetentionMeaning = aboveChance ? "returns" : "recency";
  const words: string[] = [];
  if (verdict === "better") {
    const overRepeat = p.vsRepeatLast.verdict === "better" ? " and than repeating your last entry" : "";
    words.push(
      `Predicts your newest entries ${percent(p.improvementOverEma)} better than an average of your past entries${overRepeat} (entries it did not learn from).`,
    );
  } else {
    words.push("Predicts your next entry no better than an average of your past entries.");
  }
  if (aboveChance) {
    const auc = m.retention.auc.model ?? 0.5;
    const sim = m.retention.auc.similarity;
    words.push(
      `What it holds longer tends to come back: among entries of the same age it ranks those whose topic returned above the others ${percent(auc)} of the time` +
        (sim !== null ? ` (similarity to the last two weeks alone: ${percent(sim)}).` : "."),
    );
  } else {
    words.push(
      `Its retention tells what comes back no better than constant gates would, so "held" here means "recent".`,
    );
  }
  if (m.refitEpochs === 0) {
    words.push(
      `Until it learns something, your memory is kept as that average: each entry fades by ${percent(model.head.alpha)} per later entry.`,
    );
  }
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
    message: words.join(" "),
  };
}
