// Choosing the epoch on the validation part. Every epoch (epoch 0 = the start) is scored in exact arithmetic
// on the plain-TS pass: next-entry loss, mood MSE, and (variant "memory") the softplus ranking loss and the
// age-matched AUC of retention for returns. Kept: among the epochs whose next-entry loss is within
// NEXT_TOLERANCE (1%) of the lowest seen, the one with the highest AUC (the earliest on ties; the plain
// baseline: the lowest loss). The validation softplus ranking loss is reported but not used: it punishes
// confident ranks so hard that it rises while the AUC still improves.
//
// Stopping: after `patience` epochs that improve neither the lowest loss (by `minRelativeImprovement`) nor the
// best AUC (by AUC_PROGRESS).

import { ageMatchedAuc, aucIndex } from "./auc";
import { mean, targetsIn } from "./baselines";
import type { SequenceRun } from "./cell";
import { headLosses, moodErrors, type PredictionHead } from "./prediction-head";
import { rankSet } from "./rank-batches";
import { exactRankingLoss, itemLogRetentions } from "./retention-scores";
import type { TrainingData } from "./training-data";

/** Validation scores of an epoch: next-entry loss, mood MSE, ranking loss and age-matched AUC (null: none). */
export type ValidationLosses = { next: number; mood: number | null; rank: number | null; auc: number | null };

/** Epochs whose validation next-entry loss is within this share of the lowest may be chosen for their AUC. */
const NEXT_TOLERANCE = 0.01;
/** An AUC this much above the best seen counts as progress. */
const AUC_PROGRESS = 0.005;

/** What the validation scores read: the targets [fitEnd, validationEnd) and the ranking items of that part. */
type ValidationSet = {
  targets: number[];
  rank: ReturnType<typeof rankSet> | null;
  /** Whether the fit has the EMA skip and a mood head (variant "memory"). */
  memory: boolean;
  moodWeight: number;
};

/** `ranked`: score the ranking head (variant "memory" with a ranking weight); labels from before validationEnd. */
export function validationSet(
  data: TrainingData,
  fitEnd: number,
  validationEnd: number,
  threshold: number | null,
  memory: boolean,
  moodWeight: number,
  ranked: boolean,
): ValidationSet {
  return {
    targets: targetsIn(data.readable, fitEnd, validationEnd),
    rank: ranked ? rankSet(data, fitEnd, validationEnd - 1, validationEnd, threshold) : null,
    memory,
    moodWeight,
  };
}

export function scoreEpoch(
  data: TrainingData,
  val: ValidationSet,
  run: SequenceRun,
  head: PredictionHead,
): ValidationLosses {
  const next = mean(headLosses(head, run, data.embeddings, val.targets, val.memory ? data.ema : null));
  const errors =
    val.memory && val.moodWeight > 0 ? moodErrors(head, run, data.moods, val.targets) : new Float64Array(0);
  const mood = errors.length > 0 ? mean(errors) : null;
  const logR = val.rank ? itemLogRetentions(run, val.rank.items) : null;
  const rank = val.rank && logR ? exactRankingLoss(logR, val.rank.pairs) : null;
  const auc = val.rank && logR ? ageMatchedAuc(aucIndex(val.rank.items, logR)) : NaN;
  return { next, mood, rank, auc: Number.isFinite(auc) ? auc : null };
}

/**
 * The kept epoch: the lowest validation next-entry loss, or with `byAuc` the highest AUC among the epochs within
 * NEXT_TOLERANCE of it (earliest on ties).
 */
export function choose<T extends { epoch: number; losses: ValidationLosses | null }>(
  seen: readonly T[],
  byAuc: boolean,
): T {
  const next = (e: T) => (Number.isFinite(e.losses!.next) ? e.losses!.next : Infinity);
  const lowest = Math.min(...seen.map(next));
  if (lowest === Infinity) return seen[0]!; // no readable validation target: keep the start
  if (!byAuc) return seen.find((e) => next(e) === lowest)!;
  let best: T | null = null;
  for (const e of seen) {
    // Added, not multiplied: a loss that is zero but for rounding (-4e-16, seen on a journal of near-identical
    // entries) times 1.01 is below itself, and no epoch at all was within the tolerance.
    if (!(next(e) <= lowest + Math.abs(lowest) * NEXT_TOLERANCE)) continue;
    if (best === null || (e.losses!.auc ?? 0.5) > (best.losses!.auc ?? 0.5)) best = e;
  }
  return best!;
}

/** The patience rule: `seen(epoch, losses)` is true once `patience` epochs have passed without progress. */
export function patienceRule(patience: number, minRelativeImprovement: number) {
  let progress = { epoch: 0, next: Infinity, auc: -Infinity };
  return (epoch: number, losses: ValidationLosses): boolean => {
    const auc = losses.auc ?? 0.5;
    if (losses.next < progress.next * (1 - minRelativeImprovement) || auc > progress.auc + AUC_PROGRESS) {
      progress = { epoch, next: Math.min(progress.next, losses.next), auc: Math.max(progress.auc, auc) };
    }
    return epoch - progress.epoch >= patience;
  };
}
