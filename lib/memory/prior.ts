// The documented prior: the model used until a user has MIN_ENTRIES_TO_TRAIN entries (split.ts).
//
// It is the EMA-equivalent cell training would start from (initial-weights.ts): constant gates i = α, f = 1 − α,
// o = ½ with α = PRIOR_ALPHA, and g = tanh of a fixed, seeded projection of the entry. So gates, retention and
// contributions are defined and honest from the first entry: "your memory fades by 10% per entry (an entry's
// share halves in about 6.6 entries) until there is enough to learn from". Its prediction is the plain moving
// average with the same α, and its mood head predicts a neutral 3.

import { EXTRA_FEATURE_COUNT } from "./features";
import { emaEquivalentWeights } from "./initial-weights";
import type { LstmWeights } from "./cell";
import { emaHead, type PredictionHead } from "./prediction-head";

/** Share of the memory each new entry takes: retention after n later entries is 0.9^n. */
export const PRIOR_ALPHA = 0.1;
/** Fixed seed of the prior's candidate projection (same for every user, so the prior is reproducible). */
const PRIOR_SEED = 20_240_101;
export const DEFAULT_UNITS = 32;

export function priorModel(
  embeddingDimension: number,
  units = DEFAULT_UNITS,
): { weights: LstmWeights; head: PredictionHead } {
  const inputDim = embeddingDimension + EXTRA_FEATURE_COUNT;
  return {
    weights: emaEquivalentWeights(inputDim, units, PRIOR_ALPHA, PRIOR_SEED),
    head: emaHead(PRIOR_ALPHA, units, embeddingDimension, 0),
  };
}
