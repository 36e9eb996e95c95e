// The honest report of a fit on the test part (the newest 15%, never used to fit or choose anything):
// next-entry loss against the baselines, the mood head, and the age-matched AUC of retention for "comes back",
// each with a moving-block bootstrap verdict (bootstrap.ts). train.ts calls these with weights fitted on
// train + validation.

import { ageMatchedAuc, aucIndex } from "./auc";
import { mean, predictionLosses, repeatLastLosses, targetsIn } from "./baselines";
import { blockBootstrap, compareLosses, type BootstrapOptions } from "./bootstrap";
import { runSequence, type LstmWeights, type SequenceRun } from "./cell";
import { recentSimilarityIndex } from "./features";
import { finiteOrNull, maybeVerdict, type TrainingMetrics } from "./metrics";
import { headLosses, moodErrors, type PredictionHead } from "./prediction-head";
import { evaluationPoints, rankItems, type RankItems } from "./rank-items";
import { itemLogRetentions } from "./retention-scores";
import { lastReturns } from "./returns";
import type { Split } from "./split";
import type { TrainingData } from "./training-data";

type Fitted = { weights: LstmWeights; head: PredictionHead };

/** Next-entry and mood report on the test targets; `run` is the model's pass over every entry. */
export function predictionReport(
  data: TrainingData,
  split: Split,
  run: SequenceRun,
  head: PredictionHead,
  plain: (Fitted & { epochs: number }) | null,
  options: BootstrapOptions = {},
): Pick<TrainingMetrics, "prediction" | "mood"> {
  const targets = targetsIn(data.readable, split.validationEnd, data.T);
  const model = headLosses(head, run, data.embeddings, targets, data.ema);
  const ema = predictionLosses(data.ema, data.embeddings, targets);
  const repeat = repeatLastLosses(data.embeddings, data.readable, targets);
  let plainLosses: Float64Array | null = null;
  if (plain) {
    const plainRun = runSequence(plain.weights, data.xs);
    plainLosses = headLosses(plain.head, plainRun, data.embeddings, targets, null);
  }
  const emaLoss = mean(ema);
  const modelLoss = mean(model);
  const fitted = data.moods.slice(1, split.validationEnd).filter((m): m is number => m !== null);
  const moodMean = fitted.length > 0 ? fitted.reduce((a, b) => a + b, 0) / fitted.length : null;
  const errors = moodErrors(head, run, data.moods, targets);
  const testMoods = targets.map((t) => data.moods[t]).filter((m): m is number => m !== null && m !== undefined);
  return {
    prediction: {
      targets: targets.length,
      model: finiteOrNull(modelLoss) ?? 1,
      repeatLast: finiteOrNull(mean(repeat)) ?? 1,
      ema: { alpha: data.alpha, loss: finiteOrNull(emaLoss) ?? 1 },
      constantGates: finiteOrNull(emaLoss) ?? 1,
      plainLstm: plain && plainLosses ? { loss: finiteOrNull(mean(plainLosses)) ?? 1, epochs: plain.epochs } : null,
      improvementOverEma: emaLoss > 0 && Number.isFinite(modelLoss) ? (emaLoss - modelLoss) / emaLoss : 0,
      vsRepeatLast: maybeVerdict(compareLosses(model, repeat, options)),
      vsEma: maybeVerdict(compareLosses(model, ema, options)),
      vsPlainLstm: plainLosses ? maybeVerdict(compareLosses(model, plainLosses, options)) : null,
    },
    mood: {
      testMse: errors.length > 0 ? mean(errors) : null,
      meanBaselineMse:
        moodMean !== null && testMoods.length > 0 ? mean(testMoods.map((m) => (m - moodMean) ** 2)) : null,
    },
  };
}

/**
 * Per-unit constant gates at their time averages over the fitted steps (ī_u and mean ln f_u), with each
 * entry's own candidate g_j: ln r_{j,T′} = ½ LSE_u 2(ln|ī_u g_{j,u}| + a·mean ln f_u) − ½ LSE_u 2 ln|ī_u g_{j,u}|.
 * An ablation (README): if it keeps the AUC, the memory tells returns apart by where it writes (routing), not
 * by varying its forget gates from entry to entry.
 */
function averagedGateScores(run: SequenceRun, fittedSteps: number, items: RankItems): Float64Array {
  const H = run.units;
  const meanI = new Float64Array(H);
  const meanLogF = new Float64Array(H);
  for (let t = 0; t < fittedSteps; t++) {
    for (let u = 0; u < H; u++) {
      meanI[u] = meanI[u]! + run.i[t * H + u]! / fittedSteps;
      meanLogF[u] = meanLogF[u]! + Math.log(run.f[t * H + u]!) / fittedSteps;
    }
  }
  const lse = (v: Float64Array) => {
    let max = -Infinity;
    for (const x of v) max = Math.max(max, x);
    if (max === -Infinity) return -Infinity;
    let s = 0;
    for (const x of v) s += Math.exp(x - max);
    return max + Math.log(s);
  };
  const written = new Float64Array(H);
  const kept = new Float64Array(H);
  return Float64Array.from({ length: items.count }, (_, n) => {
    const j = items.entry[n]!;
    for (let u = 0; u < H; u++) {
      const w = Math.log(Math.abs(meanI[u]! * run.g[j * H + u]!));
      written[u] = 2 * w;
      kept[u] = 2 * (w + items.age[n]! * meanLogF[u]!);
    }
    return (lse(kept) - lse(written)) / 2;
  });
}

/**
 * The AUC report: evaluation points T′ from the last fitted entry through the test part every 5 entries,
 * items = readable entries of the 60 days before T′, label = a return (returns.ts) after T′ among all entries,
 * θ from the fitted data. Scores: the model's ln r_{j,T′} from `run`, similarity = max cosine to the previous
 * 14 days (the entry's recentSimilarity feature), age only (0.5 by construction), averaged gates.
 */
export function retentionReport(
  data: TrainingData,
  split: Split,
  run: SequenceRun,
  threshold: number | null,
  options: BootstrapOptions = {},
): TrainingMetrics["retention"] {
  const lastReturn = lastReturns(data.candidates, data.T, threshold);
  const items = rankItems(data.days, data.readable, evaluationPoints(split.validationEnd - 1, data.T - 2), lastReturn);
  const simIndex = recentSimilarityIndex(data.D);
  const scores = {
    model: itemLogRetentions(run, items),
    similarity: Float64Array.from(items.entry, (j) => data.xs[j]![simIndex]!),
    age: new Float64Array(items.count),
    averagedGates: averagedGateScores(run, split.validationEnd, items),
  };
  const index = {
    model: aucIndex(items, scores.model),
    similarity: aucIndex(items, scores.similarity),
    age: aucIndex(items, scores.age),
    averagedGates: aucIndex(items, scores.averagedGates),
  };
  // Bootstrap over entries (blocks of 7 consecutive entries): an item weighs as often as its entry was drawn.
  const entries = [...new Set(items.entry)].sort((a, b) => a - b);
  const position = new Map(entries.map((j, p) => [j, p]));
  const itemPosition = Int32Array.from(items.entry, (j) => position.get(j)!);
  const weighted = (w: Float64Array) => (item: number) => w[itemPosition[item]!]!;
  const points = new Set(items.point).size;
  let returning = 0;
  for (let n = 0; n < items.count; n++) returning += items.label[n]!;
  return {
    labels: data.candidates.mode,
    threshold: finiteOrNull(threshold),
    points,
    items: items.count,
    returning,
    auc: {
      model: finiteOrNull(ageMatchedAuc(index.model)),
      similarity: finiteOrNull(ageMatchedAuc(index.similarity)),
      age: finiteOrNull(ageMatchedAuc(index.age)),
      averagedGates: finiteOrNull(ageMatchedAuc(index.averagedGates)),
    },
    modelAboveChance: maybeVerdict(
      blockBootstrap(entries.length, (w) => ageMatchedAuc(index.model, weighted(w)), 0.5, options),
    ),
    modelVsSimilarity: maybeVerdict(
      blockBootstrap(
        entries.length,
        (w) => ageMatchedAuc(index.model, weighted(w)) - ageMatchedAuc(index.similarity, weighted(w)),
        0,
        options,
      ),
    ),
  };
}
