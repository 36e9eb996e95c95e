// The plain-words "why" of a surfaced memory item, built only from the numbers it was chosen by, e.g.
// "Written strongly on 3 March, 71% still held, came back in 5 entries since (last on 20 March)."
// Pure and deterministic: dates are formatted in UTC with a fixed locale, never the server's.

export type ExplainedList = "keep" | "letGo" | "alreadyLetGo";

export type ExplainInput = {
  list: ExplainedList;
  reason: "pinned" | "released" | "signals";
  date: string;
  /** The year of the journal's newest entry: dates in that year are written without it. */
  referenceYear: string;
  written: { strong: boolean };
  retention: number;
  /** Share of the user's entries with lower retention, 0..1. */
  retentionPercentile: number;
  tone: number;
  mood: number | null;
  moodContribution: number | null;
  lessonCues: string[];
  ruminationCues: string[];
  returns: { count: number; lastDate: string | null };
};

const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "3 March", or "3 March 2024" outside the reference year. Falls back to the raw text for a bad date. */
export function formatShortDay(day: string, referenceYear: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return (day.slice(0, 4) === referenceYear ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
}

export function formatPercent(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return "0%";
  if (share < 0.005) return "under 1%";
  return `${Math.round(Math.min(1, share) * 100)}%`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quoted(cues: string[], max = 3): string {
  return cues
    .slice(0, max)
    .map((cue) => `\u201c${cue}\u201d`)
    .join(", ");
}

function sentence(parts: (string | null | false)[]): string | null {
  const kept = parts.filter((p): p is string => typeof p === "string" && p.length > 0);
  if (kept.length === 0) return null;
  const text = kept.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function toneWords(tone: number, mood: number | null): string | null {
  const moodText = mood === null ? null : `mood ${mood}/5`;
  if (tone <= -0.05) return moodText ? `negative in tone (${moodText})` : "negative in tone";
  if (tone >= 0.2) return moodText ? `positive in tone (${moodText})` : "positive in tone";
  return moodText ? `neutral in tone (${moodText})` : null;
}

function moodWords(contribution: number | null): string | null {
  if (contribution === null || contribution === 0 || !Number.isFinite(contribution)) return null;
  return contribution > 0 ? "it lifts your predicted mood" : "it weighs on your predicted mood";
}

// " (better held than 80% of your entries)", from the retention percentile among the user's entries.
function comparedWith(share: number): string {
  if (!Number.isFinite(share) || share < 0.5) return "";
  if (share >= 0.995) return " (better held than any other entry)";
  return ` (better held than ${Math.round(share * 100)}% of your entries)`;
}

export function explain(input: ExplainInput): string {
  const day = formatShortDay(input.date, input.referenceYear);
  const written = `${input.written.strong ? "written strongly" : "written"} on ${day}`;
  const held = formatPercent(input.retention);
  const returns =
    input.returns.count > 0
      ? `came back in ${plural(input.returns.count, "entry", "entries")} since` +
        (input.returns.lastDate ? ` (last on ${formatShortDay(input.returns.lastDate, input.referenceYear)})` : "")
      : null;
  const tone = toneWords(input.tone, input.mood);
  const mood = moodWords(input.moodContribution);
  const toneSentence = sentence([tone, mood]);
  const lessons = input.lessonCues.length > 0 ? `Lesson language: ${quoted(input.lessonCues)}.` : null;
  const rumination = input.ruminationCues.length > 0 ? `Ruminative language: ${quoted(input.ruminationCues)}.` : null;

  const sentences: (string | null)[] = [];
  if (input.list === "keep") {
    sentences.push(input.reason === "pinned" ? "You chose to keep this." : null);
    const compared = input.reason === "signals" ? comparedWith(input.retentionPercentile) : "";
    sentences.push(sentence([written, `${held} still held${compared}`, returns]));
    sentences.push(lessons, toneSentence);
  } else if (input.list === "letGo") {
    sentences.push(sentence([written, `${held} still held`, returns]), rumination, toneSentence);
  } else if (input.reason === "released") {
    sentences.push(
      "You let this go: its part in today's memory was removed (the entry itself is kept, and you can undo this).",
      sentence([written, returns]),
    );
  } else {
    sentences.push(
      sentence([written, `now ${held} held: your memory has let it go`]),
      returns ? sentence([`it ${returns}, then faded`]) : null,
      rumination,
      toneSentence,
    );
  }
  return sentences.filter((s): s is string => s !== null).join(" ");
}
