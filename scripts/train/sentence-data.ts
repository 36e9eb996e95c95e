// The labelled sentences of some journals (tests/fixtures/journals), read as the app reads an entry: the
// entry's body split by sentencesOf, each sentence with lib/text's readings and its English meaning, and its
// label found by text (scripts/eval/fixtures.ts).
import { LocalEmbedder } from "../../lib/embedding/local";
import { sentenceFeatures } from "../../lib/text/learned/features";
import { sentencesOf } from "../../lib/text/sentences";
import { textSignals } from "../../lib/text/valence";
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
      const signals = textSignals(parsed);
      parsed.forEach((sentence, k) => {
        const found = labelOf(journal, entry.date, sentence.text);
        const cues = signals.sentences[k];
        if (!found || !cues) return;
        const valence = signals.sentenceValences[k]?.valence ?? 0;
        out.push({
          journal: journal.id,
          text: sentence.text,
          label: found.label,
          x: sentenceFeatures(sentence, cues, valence, embedder.meaningOf(sentence)),
          lessonCue: cues.lessonScore,
          worryCue: Math.max(cues.ruminationScore, cues.selfFocus ? cues.distress : 0),
        });
      });
    }
  }
  return out;
}
