// `npm run train:sentences`: fits the learned sentence reader (lib/text/learned) on the labelled journals of
// tests/fixtures/journals/tune and writes lib/text/learned/weights.json. First, for each ridge strength of a
// small grid, every journal is scored by a fit on the others (leave one journal out: a writer the reader has
// not seen); the strength with the best mean AUC is kept, and the final fit uses every tune journal. The
// held-out journals are never read here.
import fs from "node:fs";
import path from "node:path";
import { fitLogistic, predict } from "../lib/text/learned/logistic";
import { loadJournals } from "./eval/fixtures";
import { fitReader } from "./train/fit-reader";
import { labelledSentences, type LabelledSentence } from "./train/sentence-data";

const L2_GRID = [0.0001, 0.0003, 0.001];
const HEADS = ["lesson", "rumination"] as const;

/** Probability that a random positive scores above a random negative (ties count half). */
function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((s, k) => [s, positive[k]] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let pos = 0;
  for (let k = 0; k < order.length;) {
    let end = k;
    while (end < order.length && order[end]![0] === order[k]![0]) end++;
    const meanRank = (k + end + 1) / 2;
    for (let m = k; m < end; m++) {
      if (order[m]![1]) {
        rankSum += meanRank;
        pos++;
      }
    }
    k = end;
  }
  const neg = order.length - pos;
  return pos === 0 || neg === 0 ? 0.5 : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Precision and recall of "score ≥ t" at a few thresholds t. */
function precisionRecall(scores: readonly number[], positive: readonly boolean[]): string {
  const all = positive.filter(Boolean).length;
  return [0.2, 0.3, 0.4, 0.5, 0.6]
    .map((t) => {
      const chosen = scores.map((s, k) => [s >= t, positive[k]] as const).filter(([c]) => c);
      const hits = chosen.filter(([, p]) => p).length;
      return `≥${t} P ${(hits / Math.max(1, chosen.length)).toFixed(2)} R ${(hits / Math.max(1, all)).toFixed(2)}`;
    })
    .join(", ");
}

function crossValidate(rows: readonly LabelledSentence[], head: (typeof HEADS)[number], l2: number): number[] {
  const scores = new Array<number>(rows.length);
  for (const journal of new Set(rows.map((r) => r.journal))) {
    const train = rows.filter((r) => r.journal !== journal);
    const w = fitLogistic(
      train.map((r) => r.x),
      train.map((r) => (r.label === head ? 1 : 0)),
      l2,
    );
    rows.forEach((r, k) => {
      if (r.journal === journal) scores[k] = predict(w, r.x);
    });
  }
  return scores;
}

function main() {
  const journals = loadJournals(["tune"]);
  const rows = labelledSentences(journals);
  console.log(`${rows.length} labelled sentences from ${journals.length} journals`);
  const crossValidated: Record<string, number> = {};
  let best = { l2: L2_GRID[0]!, auc: -1 };
  for (const l2 of L2_GRID) {
    const scores = HEADS.map((head) => crossValidate(rows, head, l2));
    const aucs = HEADS.map((head, k) =>
      auc(
        scores[k]!,
        rows.map((r) => r.label === head),
      ),
    );
    console.log(`l2 ${l2}: leave-one-journal-out AUC lesson ${aucs[0]!.toFixed(3)}, rumination ${aucs[1]!.toFixed(3)}`);
    HEADS.forEach((head, k) =>
      console.log(
        `  ${head}: ${precisionRecall(
          scores[k]!,
          rows.map((r) => r.label === head),
        )}`,
      ),
    );
    for (const lang of ["en", "zh"]) {
      const of = rows.map((r) => r.journal.startsWith(`${lang}-`));
      const part = (k: number) => scores[k]!.filter((_, n) => of[n]);
      const labels = (head: string) => rows.filter((_, n) => of[n]).map((r) => r.label === head);
      console.log(
        `  ${lang}: AUC lesson ${auc(part(0), labels("lesson")).toFixed(3)}, rumination ${auc(part(1), labels("rumination")).toFixed(3)}`,
      );
    }
    const mean = (aucs[0]! + aucs[1]!) / 2;
    if (mean > best.auc) {
      best = { l2, auc: mean };
      HEADS.forEach((head, k) => (crossValidated[head] = Number(aucs[k]!.toFixed(4))));
    }
  }
  crossValidated.lessonCues = Number(
    auc(
      rows.map((r) => r.lessonCue),
      rows.map((r) => r.label === "lesson"),
    ).toFixed(4),
  );
  crossValidated.ruminationCues = Number(
    auc(
      rows.map((r) => r.worryCue),
      rows.map((r) => r.label === "rumination"),
    ).toFixed(4),
  );
  console.log(
    `chosen l2 ${best.l2}; the rule scores alone: lesson ${crossValidated.lessonCues}, rumination ${crossValidated.ruminationCues}`,
  );

  const weights = fitReader(rows, best.l2, crossValidated);
  const out = path.join(__dirname, "..", "lib", "text", "learned", "weights.json");
  fs.writeFileSync(out, JSON.stringify(weights) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main();
