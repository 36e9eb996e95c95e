// The panel's three lists (design §4), from theme readings (theme-reading.ts) and what lib/text read of each
// sentence. Every item is a theme; a theme seen on one day only is an entry that stands alone.
//
// Evidence, per sentence, from the learned sentence reader (lib/text/learned, 0..1):
//   lesson  P(lesson): a first-person statement of something learned or resolved
//   worry   P(rumination): self-blame, replaying, counterfactual dwelling, with or without a stock phrase
// and per theme: lesson = the strongest lesson sentence; worry = the mean over its sentences (how consistently
// it is a worry, not one bad line); tone = the mean valence of its sentences, with the user's mood on those
// days when given (half absolute, half relative to their own mean mood).
//
// Lists, in this order so that no theme appears twice:
//   Keep            themes the user pinned; then lesson themes, not let go, ranked by lesson × held
//   Let go          worry themes (worry ≥ WORRY, tone < NEGATIVE_TONE), came back on at least
//                   MIN_WORRY_DAYS days and were seen in the last ACTIVE_DAYS: the rumination loop, still
//                   running. Ranked by worry × held × log(1 + days). A theme the user let go of is listed here
//                   again when it came back since (and says so).
//   Already let go  themes the user let go of (and that have not come back); then, once the memory has
//                   trained, worries not seen for more than ACTIVE_DAYS whose retention fell below
//                   FADED_RETENTION: "no longer held, and not returning". A worry seen in the last ACTIVE_DAYS is
//                   never here, and neither is one last seen more than FADED_WITHIN_DAYS ago: what faded this
//                   year is news, a worry of seven years ago is not (on a ten-year diary the same few old worries
//                   headed this list on every day).
// held = retention^¼ (retention = share of what the theme wrote still held, theme-reading.ts): the trained
// cell's say in the ranking. The "cues only" ablation sets it to 1, so only the words and returns decide.
import type { ThemeReading } from "./theme-reading";
import { dayNumber } from "./features";

export const SURFACE = {
  cap: 5,
  /** Below this many entries there is nothing to be relative to yet: every list is empty. */
  minEntries: 7,
  worry: 0.25,
  /**
   * A lesson theme's strongest sentence, as read: the same bar as a lesson sentence (themes.ts), so every lesson
   * theme may be kept. At 0.4, the reader refitted on 22 journals (more regularised) left one journal with no Keep
   * item and one with one; at 0.3 Keep precision was 0.81 (from 0.78) with 4.5 items shown on average.
   */
  lesson: 0.3,
  negativeTone: 0,
  plainWorry: 0.75,
  minWorryDays: 2,
  activeDays: 21,
  fadedRetention: 0.5,
  fadedWithinDays: 365,
} as const;

export type SurfaceOptions = {
  retention?: "model" | "ignore";
  /**
   * Whether the memory can tell what faded (default true). Not for the prior (below the minimum entries): its
   * gates are constant, so "no longer held" would only say "not recent", and a few weeks of journal cannot yet
   * say a worry stopped coming back. Then only what the user let go of is listed as already let go.
   */
  fading?: boolean;
};

/** `SurfaceOptions.fading` for a model: only a trained memory can tell what faded (see there). */
export function tellsFading(model: { kind: string }): boolean {
  return model.kind === "trained";
}

export type ThemeEvidence = {
  lesson: number;
  worry: number;
  tone: number;
  /** Mean mood of the theme's days (1..5), when any was given. */
  mood: number | null;
  lessonCues: string[];
  ruminationCues: string[];
};

export type SurfaceItem = {
  list: "keep" | "letGo" | "alreadyLetGo";
  theme: ThemeReading;
  reason: "pinned" | "released" | "signals";
  score: number;
  evidence: ThemeEvidence;
  /** Its newest sentence, and the one that carries the evidence most strongly (may be the same). */
  quotes: { newest: ThemeReading["occurrences"][number]; strongest: ThemeReading["occurrences"][number] };
};

export type Surface = { keep: SurfaceItem[]; letGo: SurfaceItem[]; alreadyLetGo: SurfaceItem[] };

type Occurrence = ThemeReading["occurrences"][number];

/** The theme's evidence from its sentences and the user's moods (by day; `meanMood` is the user's own mean). */
export function evidenceOf(
  theme: ThemeReading,
  moodOn: (date: string) => number | null,
  meanMood: number | null,
): ThemeEvidence {
  const os = theme.occurrences;
  const lesson = Math.max(0, ...os.map((o) => o.lesson));
  const worry = os.reduce((s, o) => s + o.rumination, 0) / os.length;
  const valence = os.reduce((s, o) => s + o.valence, 0) / os.length;
  const moods = theme.days.map(moodOn).filter((m): m is number => m !== null);
  const mood = moods.length > 0 ? moods.reduce((a, b) => a + b, 0) / moods.length : null;
  const moodTone = mood === null ? null : Math.max(-1, Math.min(1, (mood - 3 + (mood - (meanMood ?? 3))) / 4));
  const tone = moodTone === null ? valence : (valence + moodTone) / 2;
  const cues = (kind: "lesson" | "rumination") => [
    ...new Set(
      os.filter((o) => (kind === "lesson" ? o.lesson : o.rumination) >= SURFACE.lesson).flatMap((o) => o.cues),
    ),
  ];
  return { lesson, worry, tone, mood, lessonCues: cues("lesson"), ruminationCues: cues("rumination") };
}

/**
 * A worry: not a lesson, consistently worried or self-blaming in its words, and negative: in tone, or so plainly
 * a worry (P(rumination) ≥ SURFACE.plainWorry on average) that its tone need not say so. Valence lexicons read
 * two thirds of the labelled rumination sentences as neutral or positive ("I keep replaying the meeting").
 */
export function isWorry(t: ThemeReading, e: ThemeEvidence): boolean {
  return (
    t.kind === "worry" && e.worry >= SURFACE.worry && (e.tone < SURFACE.negativeTone || e.worry >= SURFACE.plainWorry)
  );
}

const byScore = (a: { score: number; theme: ThemeReading }, b: { score: number; theme: ThemeReading }) =>
  b.score - a.score || (a.theme.lastDate < b.theme.lastDate ? 1 : a.theme.lastDate > b.theme.lastDate ? -1 : 0);

export function surfaceThemes(
  themes: readonly ThemeReading[],
  today: string,
  entries: number,
  evidence: (theme: ThemeReading) => ThemeEvidence,
  options: SurfaceOptions = {},
): Surface {
  const empty: Surface = { keep: [], letGo: [], alreadyLetGo: [] };
  if (entries < SURFACE.minEntries) return empty;
  const day = dayNumber(today);
  const held = (t: ThemeReading) => (options.retention === "ignore" ? 1 : Math.exp(t.logRetention / 4));
  const quiet = (t: ThemeReading) => day - dayNumber(t.lastDate) > SURFACE.activeDays;
  const item = (theme: ThemeReading, list: SurfaceItem["list"], reason: SurfaceItem["reason"], score: number) => {
    const e = evidence(theme);
    const strength = (o: Occurrence) => (list === "keep" ? o.lesson : o.rumination) + 1e-3 * o.share;
    const strongest = theme.occurrences.reduce((best, o) => (strength(o) > strength(best) ? o : best));
    return { list, theme, reason, score, evidence: e, quotes: { newest: theme.occurrences.at(-1)!, strongest } };
  };
  const taken = new Set<string>();
  const pick = (candidates: SurfaceItem[], cap: number) => {
    const chosen = candidates.sort(byScore).slice(0, Math.max(0, cap));
    chosen.forEach((c) => taken.add(c.theme.id));
    return chosen;
  };

  const pinned = pick(
    themes.filter((t) => t.pinned && !t.letGo).map((t) => item(t, "keep", "pinned", evidence(t).lesson * held(t))),
    Infinity,
  );
  const loopDays = (t: ThemeReading) => (t.letGo ? t.letGo.returnsSince : t.days.length);
  const letGo = pick(
    themes
      .filter((t) => !taken.has(t.id) && !quiet(t) && loopDays(t) >= (t.letGo ? 1 : SURFACE.minWorryDays))
      .filter((t) => isWorry(t, evidence(t)))
      .map((t) => item(t, "letGo", "signals", evidence(t).worry * held(t) * Math.log1p(t.days.length))),
    SURFACE.cap,
  );
  const keep = pick(
    themes
      .filter((t) => !taken.has(t.id) && !t.letGo && t.kind === "lesson" && evidence(t).lesson >= SURFACE.lesson)
      .map((t) => item(t, "keep", "signals", evidence(t).lesson * held(t) * (1 + 0.25 * t.returns))),
    SURFACE.cap - pinned.length,
  );
  const released = pick(
    themes.filter((t) => !taken.has(t.id) && t.letGo).map((t) => item(t, "alreadyLetGo", "released", t.days.length)),
    Infinity,
  );
  const faded = pick(
    themes
      .filter(
        (t) =>
          options.fading !== false &&
          !taken.has(t.id) &&
          quiet(t) &&
          day - dayNumber(t.lastDate) <= SURFACE.fadedWithinDays &&
          Math.exp(t.logRetention) <= SURFACE.fadedRetention,
      )
      .filter((t) => isWorry(t, evidence(t)))
      .map((t) =>
        item(t, "alreadyLetGo", "signals", evidence(t).worry * (1 - Math.exp(t.logRetention)) * t.days.length),
      ),
    SURFACE.cap - released.length,
  );
  return { keep: [...pinned, ...keep], letGo, alreadyLetGo: [...released, ...faded] };
}
