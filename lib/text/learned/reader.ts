// The learned sentence reader: two logistic regressions over features.ts, one for "a lesson" (a first-person
// statement of something learned or resolved) and one for "rumination" (self-blame, replaying, counterfactual
// dwelling). Their weights (weights.json) are fitted by `npm run train:sentences` on the labelled journals of
// tests/fixtures/journals/tune, written for it by hand; the journals of held-out/ are never seen. The file
// records what the fit measured, leaving one journal out at a time.
import { z } from "zod";
import { FEATURE_NAMES } from "./features";
import { predict } from "./logistic";
import shipped from "./weights.json";

const weightsSchema = z.object({
  features: z.array(z.string()),
  l2: z.number(),
  trainedOn: z.array(z.string()),
  sentences: z.number().int(),
  /** Leave-one-journal-out AUC of each head and of the rule score it replaces. */
  crossValidated: z.record(z.string(), z.number()),
  lesson: z.array(z.number()),
  rumination: z.array(z.number()),
});

export type ReaderWeights = z.infer<typeof weightsSchema>;

export function parseReaderWeights(raw: unknown): ReaderWeights {
  const weights = weightsSchema.parse(raw);
  const same =
    weights.features.length === FEATURE_NAMES.length && weights.features.every((f, k) => f === FEATURE_NAMES[k]);
  if (!same || weights.lesson.length !== FEATURE_NAMES.length || weights.rumination.length !== FEATURE_NAMES.length)
    throw new Error("The sentence reader's weights do not match its features: run `npm run train:sentences`.");
  return weights;
}

let loaded: ReaderWeights | undefined;

function weights(): ReaderWeights {
  return (loaded ??= parseReaderWeights(shipped));
}

/** P(lesson) and P(rumination) of a sentence, from its features (features.ts). */
export function readSentence(features: ArrayLike<number>): { lesson: number; rumination: number } {
  const w = weights();
  return { lesson: predict(w.lesson, features), rumination: predict(w.rumination, features) };
}

/**
 * Read with other weights from now on (null: the shipped ones again). For `npm run eval:memory`, which scores
 * each tune journal with weights fitted on the other journals, so that no journal is read by a reader that
 * learned from it.
 */
export function useReaderWeights(other: ReaderWeights | null): void {
  loaded = other ? parseReaderWeights(other) : undefined;
}
