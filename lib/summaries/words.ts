// The sentences of a weekly summary, from its numbers: one place for the wording, so the page, the Markdown
// export and the e-mail say the same thing. Plain and warm; every number said here is one of the content's.
import { formatDay } from "@/lib/dates";
import { MIN_ENTRIES_TO_TRAIN } from "@/lib/memory/split";
import { SURFACE } from "@/lib/memory/surface";
import { MOOD_BASELINE_WEEKS } from "./week-stats";
import type { NewLesson, SummaryItem, WeeklySummaryContent } from "./types";

export type SummaryList = "kept" | "letGo" | "newLessons" | "rumination";

/** Below this many entries in a week, it is too thin to say what faded during it. */
const THIN_WEEK = 3;

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven"];

function times(n: number): string {
  if (n === 1) return "once";
  if (n === 2) return "twice";
  return `${COUNT_WORDS[n] ?? n} times`;
}

export function percent(value: number): string {
  return `${Math.round(100 * value)}%`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function opening(s: WeeklySummaryContent): string {
  const w = s.writing;
  if (w.entries === 0) {
    return "You didn't write this week. That's all right: your memory holds what it held, and nothing new was added or let go.";
  }
  if (w.entries < THIN_WEEK) return `You wrote ${times(w.entries)} this week.`;
  let text = w.entries === 7 ? "You wrote every day this week" : `You wrote on ${w.entries} of 7 days this week`;
  if (w.bestRun >= 2 && w.bestRun < 7) text += `, ${w.bestRun} days in a row at best`;
  text += ".";
  if (w.streakAtEnd >= 7) text += ` You ended the week on a ${w.streakAtEnd}-day streak.`;
  return text;
}

export function keptIntro(s: WeeklySummaryContent): string {
  if (!s.memoryReady) {
    return `Your memory needs about a week of entries (${SURFACE.minEntries}) before it can tell lessons from passing thoughts; it has read ${plural(s.entriesSoFar, "entry", "entries")} so far.`;
  }
  if (s.kept.length === 0) {
    return 'No lesson stood out as kept at the week\'s end. Lessons show up here when you name them ("I learned…", "next time I\'ll…") and your memory holds on to them.';
  }
  return "What your memory was still holding at the week's end, lessons you pinned first.";
}

export function letGoIntro(s: WeeklySummaryContent): string {
  if (s.writing.entries === 0) return "Nothing was let go: your memory only changes on the days you write.";
  if (s.writing.entries < THIN_WEEK) {
    return `You wrote ${times(s.writing.entries)} this week; not enough to say what was let go.`;
  }
  if (!s.memoryReady) return "Too early to say what was let go: your memory is still getting to know your journal.";
  if (s.letGo.length === 0) return "Nothing faded this week, and you released nothing.";
  return "What faded from your memory this week, or what you chose to let go.";
}

function newLessonsIntro(s: WeeklySummaryContent): string {
  if (s.writing.entries === 0) return "No new entries, so no new lessons.";
  if (s.newLessons.length === 0) return "No new lesson stood out this week.";
  return "Lessons you wrote down this week, with how much the input gate took in of the entry that held them.";
}

function ruminationIntro(s: WeeklySummaryContent): string {
  if (!s.memoryReady) return "Too early to say what keeps coming back.";
  if (s.rumination.length === 0) return "No worry came back this week, as far as your journal says.";
  return "Worries that came back this week and keep coming back. Noticing the loop is the first step; you can let them go.";
}

function returnsText(returns: number): string {
  return returns === 0 ? "" : `came back ${times(returns)}`;
}

/** What is said of an item besides its day and retention, in the order it is said. */
export function itemFacts(item: SummaryItem | NewLesson, list: SummaryList): string[] {
  return [
    returnsText(item.returns),
    item.pinned ? "pinned by you" : "",
    item.released ? "let go by you" : list === "letGo" ? "faded" : "",
    ...("inputGate" in item ? [`input gate ${percent(item.inputGate)}`] : []),
  ].filter(Boolean);
}

export function gatesText(s: WeeklySummaryContent): string {
  const m = s.gates.mean;
  if (!m) return "No gate readings this week: the gates only move on the days you write.";
  if (s.model.kind === "prior") {
    return (
      `Your memory is still on its starting settings, so its gates were the same every day: ` +
      `it kept ${percent(m.f)} of what it carried, took in ${percent(m.i)} of what was new and brought ${percent(m.o)} into the day. ` +
      `Once it has trained on ${MIN_ENTRIES_TO_TRAIN} entries, they follow what you write.`
    );
  }
  return (
    `On the days you wrote, the forget gate kept ${percent(m.f)} of what your memory carried, ` +
    `the input gate took in ${percent(m.i)} of what was new, ` +
    `and the output gate brought ${percent(m.o)} of it into the day (means over the days and the memory's units).`
  );
}

export function moodText(s: WeeklySummaryContent): string {
  const { mean, previousMean, days } = s.mood;
  if (mean === null) return s.writing.entries === 0 ? "No mood this week." : "You didn't rate your mood this week.";
  let text = `Your mood averaged ${mean.toFixed(1)} out of 5 over ${plural(days.length, "day")}`;
  if (previousMean !== null) {
    const diff = mean - previousMean;
    const comparison =
      Math.abs(diff) < 0.25
        ? "about the same as"
        : diff > 0
          ? diff >= 0.75
            ? "clearly higher than"
            : "a little higher than"
          : diff <= -0.75
            ? "clearly lower than"
            : "a little lower than";
    text += `, ${comparison} the ${MOOD_BASELINE_WEEKS} weeks before (${previousMean.toFixed(1)})`;
  }
  return `${text}.`;
}

export function modelText(s: WeeklySummaryContent): string {
  const read = `${plural(s.entriesSoFar, "entry", "entries")} read up to ${formatDay(s.end)}`;
  if (s.model.kind === "prior") {
    return `Your memory is still on its starting settings (it trains once you have ${MIN_ENTRIES_TO_TRAIN} entries), so what it keeps is mostly what is recent; ${read}.`;
  }
  return `Read from your memory model v${s.model.version}, trained on ${plural(s.model.trainedOn, "entry", "entries")}; ${read}.`;
}

export function summaryTitle(s: WeeklySummaryContent): string {
  return `Lessons kept, week of ${formatDay(s.start)}`;
}

/** The summary's four lists, in the order every rendering shows them, with their headings and introductions. */
export const LIST_SECTIONS: { list: SummaryList; heading: string; intro: (s: WeeklySummaryContent) => string }[] = [
  { list: "kept", heading: "Lessons kept", intro: keptIntro },
  { list: "letGo", heading: "Let go this week", intro: letGoIntro },
  { list: "newLessons", heading: "New lessons", intro: newLessonsIntro },
  { list: "rumination", heading: "Still on your mind", intro: ruminationIntro },
];

export const GATES_HEADING = "Your gates, day by day";
export const MOOD_HEADING = "Mood";
