// `npm run eval:themes [-- --only id,id] [--threshold 0.25] [--verbose]`: how well sentences are grouped into themes, on the labelled journals. Each tune journal
// is read as the app reads it (sentencesOf, the local embedder, the learned reader fitted on the other tune
// journals for each sentence's kind) and grouped by lib/memory/themes.ts in date order. Printed per journal:
// pairwise precision and recall over labelled lesson and rumination sentences (a pair is "same" when both carry
// one labelled theme), and how many themes each labelled worry or lesson was split into.
import { parseArgs } from "node:util";
import { LocalEmbedder } from "../lib/embedding/local";
import { JOIN_THRESHOLD, sentenceKind, ThemeBook, type ThemeSentence } from "../lib/memory/themes";
import { readSentences } from "../lib/text/learned/read-sentences";
import { useReaderWeights } from "../lib/text/learned/reader";
import shipped from "../lib/text/learned/weights.json";
import { sentencesOf } from "../lib/text/sentences";
import { bodyOf, labelOf, loadJournals, type Journal } from "./eval/fixtures";
import { fitReader } from "./train/fit-reader";
import { labelledSentences } from "./train/sentence-data";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    threshold: { type: "string" },
    worry: { type: "string" },
    verbose: { type: "boolean" },
  },
});

type Grouped = { label: string; theme: string | null; kind: string; group: string; text: string; date: string };

function groupJournal(journal: Journal, embedder: LocalEmbedder): Grouped[] {
  let next = 0;
  const book = new ThemeBook(
    () => `t${next++}`,
    [],
    (w) => embedder.wordRarity(w),
    {
      ...JOIN_THRESHOLD,
      ...(values.threshold === undefined ? {} : { lesson: Number(values.threshold), other: Number(values.threshold) }),
      ...(values.worry === undefined ? {} : { worry: Number(values.worry) }),
    },
  );
  const out: Grouped[] = [];
  for (const entry of journal.entries) {
    const body = bodyOf(journal, entry);
    const parsed = sentencesOf(body);
    const { sentences } = embedder.embedEntry(body, parsed);
    readSentences(parsed, (k) => sentences[k]!.meaning!).sentences.forEach((read, k) => {
      const { cues } = read;
      const s: ThemeSentence = {
        date: entry.date,
        vector: sentences[k]!.vector,
        tokens: sentences[k]!.tokens ?? [],
        kind: sentenceKind(read.lesson, read.rumination),
      };
      if (s.tokens.length === 0) return;
      const group = book.add(s);
      const found = labelOf(journal, entry.date, cues.text);
      if (found) out.push({ ...found, kind: s.kind, group, text: cues.text, date: entry.date });
    });
  }
  return out;
}

function pairwise(rows: readonly Grouped[], label?: string) {
  const labelled = rows.filter((r) => r.label !== "neutral" && r.theme && (!label || r.label === label));
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (let a = 0; a < labelled.length; a++) {
    for (let b = a + 1; b < labelled.length; b++) {
      if (labelled[a]!.date === labelled[b]!.date) continue;
      const same = labelled[a]!.theme === labelled[b]!.theme;
      const together = labelled[a]!.group === labelled[b]!.group;
      if (same) actual++;
      if (together) predicted++;
      if (same && together) tp++;
    }
  }
  return { tp, predicted, actual };
}

async function main() {
  const embedder = new LocalEmbedder();
  const journals = loadJournals(["tune"]).filter((j) => !values.only || values.only.split(",").includes(j.id));
  const all = labelledSentences(loadJournals(["tune"]), embedder);
  let sum = { tp: 0, predicted: 0, actual: 0 };
  let worries = { tp: 0, predicted: 0, actual: 0 };
  for (const journal of journals) {
    useReaderWeights(
      fitReader(
        all.filter((r) => r.journal !== journal.id),
        shipped.l2,
      ),
    );
    const rows = groupJournal(journal, embedder);
    const p = pairwise(rows);
    sum = { tp: sum.tp + p.tp, predicted: sum.predicted + p.predicted, actual: sum.actual + p.actual };
    const w = pairwise(rows, "rumination");
    worries = { tp: worries.tp + w.tp, predicted: worries.predicted + w.predicted, actual: worries.actual + w.actual };
    const split = Object.entries(journal.themes)
      .filter(([, t]) => t.kind !== "neutral")
      .map(([id, t]) => {
        const groups = rows.filter(
          (r) => r.theme === id && r.label === (t.kind === "lesson" ? "lesson" : "rumination"),
        );
        return `${id}(${t.kind[0]}) ${groups.length}→${new Set(groups.map((g) => g.group)).size}`;
      });
    console.log(
      `${journal.id.padEnd(26)} P ${(p.tp / Math.max(1, p.predicted)).toFixed(2)} R ${(p.tp / Math.max(1, p.actual)).toFixed(2)}  ${split.join("  ")}`,
    );
    if (values.verbose) {
      for (const g of [...new Set(rows.map((r) => r.group))]) {
        const members = rows.filter((r) => r.group === g && r.label !== "neutral");
        if (members.length > 1)
          console.log(`  ${g}: ${members.map((m) => `[${m.theme}] ${m.text.slice(0, 60)}`).join(" | ")}`);
      }
    }
  }
  useReaderWeights(null);
  console.log(
    `ALL                        P ${(sum.tp / Math.max(1, sum.predicted)).toFixed(2)} R ${(sum.tp / Math.max(1, sum.actual)).toFixed(2)}`,
  );
  console.log(
    `rumination pairs           P ${(worries.tp / Math.max(1, worries.predicted)).toFixed(2)} R ${(worries.tp / Math.max(1, worries.actual)).toFixed(2)}`,
  );
}

void main();
