// The plain-words "why" of a surfaced theme, built only from the numbers it was chosen by, e.g.
// "On 5 days, 3 October – 20 November; last 4 days ago. Negative in tone. It holds 8% of today's memory, about
// as much as an entry from 3 days ago."
// Pure and deterministic: dates are formatted in UTC with a fixed locale, never the server's.
import { dayNumber } from "./features";
import type { SurfaceItem } from "./surface";

const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "3 March", or "3 March 2024" outside the reference year. Falls back to the raw text for a bad date. */
function formatShortDay(day: string, referenceYear: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return (day.slice(0, 4) === referenceYear ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A share of today's memory: "8%", "under 1%", never "0%" for something that holds a little. */
function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return "none";
  if (share < 0.005) return "under 1%";
  return `${Math.round(Math.min(1, share) * 100)}%`;
}

/** "today", "yesterday", "4 days ago", "3 weeks ago", "2 months ago", "over a year ago". */
function formatAge(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 365) return `${Math.round(days / 30.4)} months ago`;
  return days < 730 ? "about a year ago" : `about ${Math.round(days / 365)} years ago`;
}

function quoted(cues: readonly string[], max = 3): string {
  return cues
    .slice(0, max)
    .map((cue) => `\u201c${cue}\u201d`)
    .join(", ");
}

function toneWords(tone: number, mood: number | null): string | null {
  const moodText = mood === null ? "" : `, your mood those days ${mood.toFixed(1)}/5`;
  if (tone <= -0.05) return `Negative in tone${moodText}.`;
  if (tone >= 0.2) return `Positive in tone${moodText}.`;
  return mood === null ? null : `Your mood those days: ${mood.toFixed(1)}/5.`;
}

/** How much of it the memory holds, in terms a person can check. */
function heldWords(item: SurfaceItem, retentionMeansRecent: boolean): string {
  const t = item.theme;
  // Two numbers, said apart: its share of today's state (a projection, so "none" when it points away from it),
  // and how well what it wrote is still held (retention, as an age). Run together ("holds 1%, about as much as an
  // entry from 3 months ago") the second read as a comparison of the first.
  const share = `It holds ${formatShare(t.memoryShare)} of today's memory`;
  if (t.heldLikeAgeDays === null || !Number.isFinite(t.logRetention)) return `${share}.`;
  const like = `what it wrote is held about as well as an entry from ${formatAge(t.heldLikeAgeDays)}`;
  return `${share}; ${like}${retentionMeansRecent ? " (your memory holds by recency so far)" : ""}.`;
}

export function explainItem(item: SurfaceItem, today: string, options: { retentionMeansRecent: boolean }): string {
  const t = item.theme;
  const year = today.slice(0, 4);
  const first = t.days[0]!;
  const when =
    t.days.length === 1
      ? `Written on ${formatShortDay(first, year)}, once.`
      : `On ${plural(t.days.length, "day", "days")}, ${formatShortDay(first, year)} – ${formatShortDay(t.lastDate, year)}.`;
  const since = dayNumber(today) - dayNumber(t.lastDate);
  const last = t.days.length > 1 || since > 0 ? `Last seen ${formatAge(since)}.` : null;
  // A cue is either the writer's own words ("learned") or the shape a lesson without a stock phrase was read
  // from ("a rule you drew: when … then …"); only the first are quoted as theirs.
  const shapes = item.evidence.lessonCues.filter((c) => c.includes("…"));
  const words = item.evidence.lessonCues.filter((c) => !c.includes("…"));
  const lessons =
    [words.length > 0 ? `In your words: ${quoted(words)}.` : "", shapes.length > 0 ? `It reads as ${shapes[0]}.` : ""]
      .filter(Boolean)
      .join(" ") || null;
  const worries =
    item.evidence.ruminationCues.length > 0 ? `In your words: ${quoted(item.evidence.ruminationCues)}.` : null;
  const tone = toneWords(item.evidence.tone, item.evidence.mood);
  const held = heldWords(item, options.retentionMeansRecent);
  const parts: (string | null)[] = [];
  if (item.list === "keep") {
    parts.push(item.reason === "pinned" ? "You chose to keep this." : null, when, last, held, lessons);
  } else if (item.list === "letGo") {
    const back = t.letGo
      ? `You let this go on ${formatShortDay(t.letGo.date, year)}; it came back ${
          t.letGo.returnsSince === 1 ? "once" : t.letGo.returnsSince === 2 ? "twice" : `${t.letGo.returnsSince} times`
        } since.`
      : null;
    parts.push(back, when, last, tone, held, worries);
  } else if (item.reason === "released") {
    parts.push(
      `You let this go on ${formatShortDay(t.letGo!.date, year)}: its part in your memory was removed (the entries stay, and you can undo this).`,
      when,
    );
  } else {
    parts.push(when, `Not seen for ${formatAge(since).replace(/ ago$/, "")}: your memory has let it fade.`, held, tone);
  }
  return parts.filter((p): p is string => p !== null).join(" ");
}
