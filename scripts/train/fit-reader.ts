// One fit of the sentence reader's two heads on labelled sentences: the weights file's content.
import { FEATURE_NAMES } from "../../lib/text/learned/features";
import { fitLogistic } from "../../lib/text/learned/logistic";
import type { ReaderWeights } from "../../lib/text/learned/reader";
import type { LabelledSentence } from "./sentence-data";

export function fitReader(
  rows: readonly LabelledSentence[],
  l2: number,
  crossValidated: Record<string, number> = {},
): ReaderWeights {
  const head = (label: "lesson" | "rumination") =>
    Array.from(
      fitLogistic(
        rows.map((r) => r.x),
        rows.map((r) => (r.label === label ? 1 : 0)),
        l2,
      ),
      (v) => Number(v.toFixed(6)),
    );
  return {
    features: [...FEATURE_NAMES],
    l2,
    trainedOn: [...new Set(rows.map((r) => r.journal))],
    sentences: rows.length,
    crossValidated,
    lesson: head("lesson"),
    rumination: head("rumination"),
  };
}
