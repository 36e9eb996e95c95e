// Entry save: what PUT /api/journal/[date] does on the server once the request is parsed and the user known,
// called exactly as the route calls it: saveEntry (the entry, its mood and tags stored) then afterEntrySaved
// (the entry read for the memory: embedding, valence, cues, sentences, links to similar entries; retraining
// queued). The user has 3,000 entries and a trained model. Each round types a new newest entry the way the
// editor autosaves it: the text grows with every save. After each save the panel is read again, as the
// editor's refresh does, which brings the memory's kept pass up to date by one step.
import { addDays } from "../../lib/dates";
import { saveEntry } from "../../lib/journal/entries";
import { afterEntrySaved } from "../../lib/journal/memory-hooks";
import { readMemoryPanel } from "../../lib/journal/memory-panel";
import { generateJournal } from "../../tests/fixtures/synthetic-journal/journal";
import type { BenchContext } from "./context";
import type { Figure, SectionResult } from "./figures";
import { journalRecords } from "./journals";
import { quantile, since } from "./stats";
import { ensureLargeUser, LARGE_JOURNAL } from "./users";

export const SAVE_ROUNDS = 3;
export const SAVES_PER_ROUND = 40;

/** Long entries to type, one per round plus one for warming up; none of them is in the user's journal. */
export function textsToType(count: number): string[] {
  return generateJournal({ entries: 40, seed: 777 })
    .records.map((r) => r.body)
    .sort((a, b) => b.length - a.length)
    .slice(0, count);
}

/** The entry as the k-th autosave sends it: the first (k + 1)/n of the text, cut wherever typing was. */
export function typedSoFar(text: string, k: number, saves: number): string {
  return text.slice(0, Math.ceil((text.length * (k + 1)) / saves));
}

let newestDay: string | undefined;

/** `offset` days after the large journal's newest entry: each round writes a new newest entry. */
export function newDay(offset: number): string {
  newestDay ??= journalRecords(LARGE_JOURNAL).at(-1)!.date;
  return addDays(newestDay, offset);
}

type Round = { handler: number[]; store: number[]; memory: number[]; panel: number[] };

async function typeEntry(userId: string, day: string, text: string): Promise<Round> {
  const round: Round = { handler: [], store: [], memory: [], panel: [] };
  for (let k = 0; k < SAVES_PER_ROUND; k++) {
    const input = { body: typedSoFar(text, k, SAVES_PER_ROUND), mood: k >= SAVES_PER_ROUND / 2 ? 4 : null };
    const started = performance.now();
    const entry = await saveEntry(userId, day, input);
    const stored = since(started);
    await afterEntrySaved(userId, entry);
    const handled = since(started);
    const panelStarted = performance.now();
    await readMemoryPanel(userId, day);
    round.panel.push(since(panelStarted));
    round.handler.push(handled);
    round.store.push(stored);
    round.memory.push(handled - stored);
  }
  return round;
}

export async function benchSave(context: BenchContext): Promise<SectionResult> {
  const user = await ensureLargeUser(context);
  const texts = textsToType(SAVE_ROUNDS + 1);
  // Warm-up round (not counted): the first panel read runs the whole 3,000-entry pass once and keeps it.
  await typeEntry(user.id, newDay(1), texts[0]!);
  const rounds: Round[] = [];
  for (let r = 1; r <= SAVE_ROUNDS; r++) rounds.push(await typeEntry(user.id, newDay(r + 1), texts[r]!));
  const per = (pick: (round: Round) => number[], q: number) => rounds.map((round) => quantile(pick(round), q));
  const detail = `${SAVE_ROUNDS} rounds of ${SAVES_PER_ROUND} autosaves, in process`;
  const figures: Figure[] = [
    {
      key: "save.handler.p50",
      section: "save",
      label: "save (route's work) p50",
      unit: "ms",
      runs: per((r) => r.handler, 0.5),
      detail,
    },
    {
      key: "save.handler.p95",
      section: "save",
      label: "save (route's work) p95",
      unit: "ms",
      runs: per((r) => r.handler, 0.95),
    },
    {
      key: "save.store.p95",
      section: "save",
      label: "  stored: saveEntry p95",
      unit: "ms",
      runs: per((r) => r.store, 0.95),
    },
    {
      key: "save.memory.p95",
      section: "save",
      label: "  read for the memory: afterEntrySaved p95",
      unit: "ms",
      runs: per((r) => r.memory, 0.95),
      detail: "embedding, valence, cues, links, retrain queued",
    },
    {
      key: "save.panel.p50",
      section: "save",
      label: "panel re-read after a save p50",
      unit: "ms",
      runs: per((r) => r.panel, 0.5),
      detail: "the editor's refresh: kept pass + one step, panel recomputed",
    },
    {
      key: "save.panel.p95",
      section: "save",
      label: "panel re-read after a save p95",
      unit: "ms",
      runs: per((r) => r.panel, 0.95),
    },
  ];
  return {
    figures,
    notes: [
      `Each round writes a new newest entry (the days after the journal's last, ${newDay(0)}) in ${SAVES_PER_ROUND} saves of growing text; p50/p95 per round.`,
    ],
  };
}
