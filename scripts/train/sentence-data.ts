// The labelled sentences of some journals (tests/fixtures/journals), read as the app reads an entry: the
// entry's body split by sentencesOf, each sentence with lib/text's readings and its English meaning, and its
// label found by text (scripts/eval/fixtures.ts).
import { LocalEmbedder } from "../../lib/embedding/local";
import { readSentences } from "../../lib/text/learned/read-sentences";
import { sentencesOf } from "../../lib/text/sentences";
import { bodyOf, labelOf, type Journal, type Label } from "../eval/fixtures";

export type LabelledSentence = {
  journal: string;
  text: string;
  label: Label;
  x: Float64Array;
  lessonCue: number;
  worryCue: number;
};

export function labelledSentences(journals: readonly Journal[], embedder = new LocalEmbedder()): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const journal of journals) {
    for (const entry of journal.entries) {
      const parsed = sentencesOf(bodyOf(journal, entry));
      for (const { sentence, cues, features } of readSentences(parsed, (k) => embedder.meaningOf(parsed[k]!))
        .sentences) {
        const found = labelOf(journal, entry.date, sentence.text);
        if (!found) continue;
        out.push({
          journal: journal.id,
          text: sentence.text,
          label: found.label,
          x: features,
          lessonCue: cues.lessonScore,
          worryCue: Math.max(cues.ruminationScore, cues.selfFocus ? cues.distress : 0),
        });
      }
    }
  }
  return out;
}
