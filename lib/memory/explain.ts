// The plain-words "why" of a surfaced theme, built only from the numbers it was chosen by, e.g.
// "On 5 days, 3 October – 20 November; last 4 days ago. Negative in tone. It holds 8% of today's memory, about
// as much as an entry from 3 days ago." As phrases (./phrase.ts), said in the reader's language by the interface.
// Pure and deterministic.
import { SHAPE_LABELS } from "@/lib/text/lesson-shape";
import { ZH_SHAPE_LABELS } from "@/lib/text/zh/lesson-shape";
import { dayNumber } from "./features";
import { phrase, type Phrase } from "./phrase";
import type { SurfaceItem } from "./surface";

/** A share of today's memory: "8%", "under 1%", never "0%" for something that holds a little. */
function share(value: number): Phrase {
  if (!Number.isFinite(value) || value <= 0) return phrase("share.none");
  if (value < 0.005) return phrase("share.under1");
  return phrase("share.percent", { share: Math.min(1, value) });
}

/** How long: "4 days", "3 weeks", "2 months", "about a year" (under `ago.` the same "… ago", "today", "yesterday"). */
function span(days: number, set: "ago" | "span"): Phrase {
  if (days <= 0) return phrase(`${set}.today`);
  if (days === 1) return phrase(`${set}.yesterday`);
  if (days < 14) return phrase(`${set}.days`, { n: days });
  if (days < 60) return phrase(`${set}.weeks`, { n: Math.round(days / 7) });
  if (days < 365) return phrase(`${set}.months`, { n: Math.round(days / 30.4) });
  return days < 730 ? phrase(`${set}.aboutYear`) : phrase(`${set}.years`, { n: Math.round(days / 365) });
}

// A lesson read from its shape names the frame (lib/text's labels, in the language of the entry): said by name, so
// that a reader of either language reads it in theirs.
const SHAPES = new Map<string, Phrase>([
  ...Object.entries(SHAPE_LABELS).map(([name, label]): [string, Phrase] => [label, phrase(`shapes.${name}`)]),
  ...Object.entries(ZH_SHAPE_LABELS).map(([name, label]): [string, Phrase] => [label, phrase(`shapesZh.${name}`)]),
]);

function tone(toneValue: number, mood: number | null): Phrase | null {
  if (toneValue <= -0.05) return mood === null ? phrase("tone.negative") : phrase("tone.negativeMood", { mood });
  if (toneValue >= 0.2) return mood === null ? phrase("tone.positive") : phrase("tone.positiveMood", { mood });
  return mood === null ? null : phrase("tone.mood", { mood });
}

/** How much of it the memory holds, in terms a person can check. */
function held(item: SurfaceItem, retentionMeansRecent: boolean): Phrase {
  const t = item.theme;
  // Two numbers, said apart: its share of today's state (a projection, so "none" when it points away from it),
  // and how well what it wrote is still held (retention, as an age). Run together ("holds 1%, about as much as an
  // entry from 3 months ago") the second read as a comparison of the first.
  const part = share(t.memoryShare);
  if (t.heldLikeAgeDays === null || !Number.isFinite(t.logRetention)) return phrase("held.share", { share: part });
  const age = span(t.heldLikeAgeDays, "ago");
  return phrase(retentionMeansRecent ? "held.likeRecent" : "held.like", { share: part, age });
}

export function explainItem(item: SurfaceItem, today: string, options: { retentionMeansRecent: boolean }): Phrase[] {
  const t = item.theme;
  const first = t.days[0]!;
  const when =
    t.days.length === 1
      ? phrase("when.once", { first: { day: first } })
      : phrase("when.days", { count: t.days.length, first: { day: first }, last: { day: t.lastDate } });
  const since = dayNumber(today) - dayNumber(t.lastDate);
  const last = t.days.length > 1 || since > 0 ? phrase("lastSeen", { age: span(since, "ago") }) : null;
  // A cue is either the writer's own words ("learned") or the shape a lesson without a stock phrase was read
  // from ("a rule you drew: when … then …"); only the first are quoted as theirs.
  const shapes = item.evidence.lessonCues.filter((c) => c.includes("…"));
  const words = item.evidence.lessonCues.filter((c) => !c.includes("…"));
  const lessons = [
    words.length > 0 ? phrase("inYourWords", { quotes: { quotes: words.slice(0, 3) } }) : null,
    shapes.length > 0 ? phrase("readsAs", { shape: SHAPES.get(shapes[0]!) ?? shapes[0]! }) : null,
  ];
  const worries =
    item.evidence.ruminationCues.length > 0
      ? phrase("inYourWords", { quotes: { quotes: item.evidence.ruminationCues.slice(0, 3) } })
      : null;
  const feel = tone(item.evidence.tone, item.evidence.mood);
  const hold = held(item, options.retentionMeansRecent);
  const parts: (Phrase | null)[] = [];
  if (item.list === "keep") {
    parts.push(item.reason === "pinned" ? phrase("pinned") : null, when, last, hold, ...lessons);
  } else if (item.list === "letGo") {
    const back = t.letGo ? phrase("letGoBack", { day: { day: t.letGo.date }, returns: t.letGo.returnsSince }) : null;
    parts.push(back, when, last, feel, hold, worries);
  } else if (item.reason === "released") {
    parts.push(phrase("released", { day: { day: t.letGo!.date } }), when);
  } else {
    parts.push(when, phrase("notSeen", { span: span(since, "span") }), hold, feel);
  }
  return parts.filter((p): p is Phrase => p !== null);
}
